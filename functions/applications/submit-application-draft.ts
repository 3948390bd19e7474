import { saveApplication } from '#shared/adapters/dynamodb/applications-repository.ts';
import { requireCohort } from '#shared/adapters/dynamodb/cohorts-repository.ts';
import { getMunicipality } from '#shared/adapters/dynamodb/municipalities-repository.ts';
import { config } from '#shared/config.ts';
import { ApplicationIdParams } from '#shared/contracts/applications.ts';
import { submitDraft } from '#shared/domain/application.ts';
import { acceptsApplications, notInRegisterAtStart } from '#shared/domain/cohort.ts';
import { refuse } from '#shared/domain/refusal.ts';
import { applicationSubmitted } from '#shared/events/application-events.ts';
import { visibleApplication } from '#shared/http/access.ts';
import { json } from '#shared/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/http/idempotent-http-handler.ts';
import { problems } from '#shared/http/problems.ts';

/** POST /applications/{id}/submission: a complete draft becomes a submitted application. */
export const handler = idempotentHttpHandler('submitApplicationDraft', { params: ApplicationIdParams }, async ({ params, principal, correlationId }) => {
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
