import { applicationsRepository, submitDraft } from '#shared/applications/index.ts';
import { cohortsRepository } from '#shared/cohorts/index.ts';
import { acceptsApplications, notInRegisterAtStart } from '#shared/cohorts/model.ts';
import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { submitApplicationDraft } from '#shared/applications/routes.ts';

/** POST /applications/{id}/submission: a complete draft becomes a submitted application. */
export const handler = idempotentHttpHandler(submitApplicationDraft, async ({ params, principal, correlationId }) => {
  const applications = applicationsRepository();
  const current = await applications.visibleTo(principal, params.id);
  // Both reads need only the application: they go together; the refusals keep their order.
  const [cohort, municipality] = await Promise.all([cohortsRepository().require(current.value.cohortId), municipalitiesRepository().get(current.value.municipalityNumber)]);
  if (!acceptsApplications(cohort.value.status)) throw refuse.conflict(`The cohort is ${cohort.value.status}: applications can be submitted only while it is open`);
  if (!municipality) throw problems.unknownMunicipality(current.value.municipalityNumber);
  const absent = notInRegisterAtStart(municipality, cohort.value);
  if (absent) throw problems.outsideRegister([{ pointer: '/cohortId', detail: absent }], absent);

  const { state, events } = submitDraft(current.value, municipality, { correlationId, now: new Date() });
  await applications.save({ value: state, version: current.version }, events);
  return json(200, state);
});
