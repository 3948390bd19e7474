import { saveApplication, visibleApplication } from '#shared/applications/repository.ts';
import { requireCohort } from '#shared/cohorts/repository.ts';
import { getMunicipality } from '#shared/municipalities/repository.ts';
import { admitParticipant } from '#shared/applications/participants-repository.ts';
import { config } from '#shared/platform/config.ts';
import { decide } from '#shared/applications/commands.ts';
import { acceptsDecisions, notInRegisterAtStart } from '#shared/cohorts/model.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { decisionEvents, participantOf } from '#shared/applications/events.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { decideApplication } from '#shared/applications/routes.ts';

/**
 * POST /applications/{id}/decision: the secretariat records the steering group's decision.
 * Admission makes the municipality a participant of the cohort in the same transaction.
 */
export const handler = idempotentHttpHandler(decideApplication, async ({ params, body, principal, correlationId }) => {
  const tableName = config.tableName();
  const current = await visibleApplication(tableName, principal, params.id);
  // Both reads need only the application: they go together; the refusals keep their order.
  const [cohort, municipality] = await Promise.all([requireCohort(tableName, current.value.cohortId), getMunicipality(tableName, current.value.municipalityNumber)]);
  if (!acceptsDecisions(cohort.value.status)) throw refuse.conflict(`The cohort is ${cohort.value.status}: decisions are recorded while it is open, closed or started`);
  if (!municipality) throw problems.unknownMunicipality(current.value.municipalityNumber);
  // A rejection closes any application; only an admission needs the municipality to exist when the cohort starts.
  const absent = body.outcome === 'admitted' ? notInRegisterAtStart(municipality, cohort.value) : undefined;
  if (absent) throw problems.outsideRegister([{ pointer: '/outcome', detail: `${absent}: it cannot be admitted` }], absent);

  const now = new Date();
  const decided = decide(current.value, { ...body, decidedBy: principal!.subject }, now);
  const participant = body.outcome === 'admitted' ? participantOf(decided, cohort.value, municipality) : undefined;
  const events = decisionEvents(decided, cohort.value, municipality, participant, { correlationId, now });
  await saveApplication(tableName, { value: decided, version: current.version }, events, participant ? [admitParticipant(tableName, participant)] : []);
  return json(200, decided);
});
