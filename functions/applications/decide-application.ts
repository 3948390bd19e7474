import { applicationsRepository, decide, participantsRepository } from '#shared/applications/index.ts';
import { cohortsRepository } from '#shared/cohorts/index.ts';
import { acceptsDecisions, notInRegisterAtStart } from '#shared/cohorts/model.ts';
import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { decideApplication } from '#shared/applications/routes.ts';

/**
 * POST /applications/{id}/decision: the secretariat records the steering group's decision.
 * Admission makes the municipality a participant of the cohort in the same transaction.
 */
export const handler = idempotentHttpHandler(decideApplication, async ({ params, body, principal, correlationId }) => {
  const applications = applicationsRepository();
  const current = await applications.visibleTo(principal, params.id);
  // Both reads need only the application: they go together; the refusals keep their order.
  const [cohort, municipality] = await Promise.all([cohortsRepository().require(current.value.cohortId), municipalitiesRepository().get(current.value.municipalityNumber)]);
  if (!acceptsDecisions(cohort.value.status)) throw refuse.conflict(`The cohort is ${cohort.value.status}: decisions are recorded while it is open, closed or started`);
  if (!municipality) throw problems.unknownMunicipality(current.value.municipalityNumber);
  // A rejection closes any application; only an admission needs the municipality to exist when the cohort starts.
  const absent = body.outcome === 'admitted' ? notInRegisterAtStart(municipality, cohort.value) : undefined;
  if (absent) throw problems.outsideRegister([{ pointer: '/outcome', detail: `${absent}: it cannot be admitted` }], absent);

  const { state, participant, events } = decide(current.value, { ...body, decidedBy: principal!.subject }, { cohort: cohort.value, municipality, correlationId, now: new Date() });
  await applications.save({ value: state, version: current.version }, events, participant ? [participantsRepository().admit(participant)] : []);
  return json(200, state);
});
