import { saveApplication, visibleApplication } from '#shared/applications/repository.ts';
import { requireCohort } from '#shared/cohorts/repository.ts';
import { getMunicipality } from '#shared/municipalities/repository.ts';
import { config } from '#shared/platform/config.ts';
import { submitDraft } from '#shared/applications/commands.ts';
import { acceptsApplications, notInRegisterAtStart } from '#shared/cohorts/model.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { applicationSubmitted } from '#shared/applications/events.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { submitApplicationDraft } from '#shared/applications/routes.ts';

/** POST /applications/{id}/submission: a complete draft becomes a submitted application. */
export const handler = idempotentHttpHandler(submitApplicationDraft, async ({ params, principal, correlationId }) => {
  const tableName = config.tableName();
  const current = await visibleApplication(tableName, principal, params.id);
  // Both reads need only the application: they go together; the refusals keep their order.
  const [cohort, municipality] = await Promise.all([requireCohort(tableName, current.value.cohortId), getMunicipality(tableName, current.value.municipalityNumber)]);
  if (!acceptsApplications(cohort.value.status)) throw refuse.conflict(`The cohort is ${cohort.value.status}: applications can be submitted only while it is open`);
  if (!municipality) throw problems.unknownMunicipality(current.value.municipalityNumber);
  const absent = notInRegisterAtStart(municipality, cohort.value);
  if (absent) throw problems.outsideRegister([{ pointer: '/cohortId', detail: absent }], absent);

  const now = new Date();
  const submitted = submitDraft(current.value, now);
  await saveApplication(tableName, { value: submitted, version: current.version }, [applicationSubmitted(submitted, municipality, { correlationId, now })]);
  return json(200, submitted);
});
