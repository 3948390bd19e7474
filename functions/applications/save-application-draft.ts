import { randomUUID } from 'node:crypto';
import { insertApplication } from '#shared/applications/repository.ts';
import { getCohort } from '#shared/cohorts/repository.ts';
import { getMunicipality } from '#shared/municipalities/repository.ts';
import { config } from '#shared/platform/config.ts';
import { newDraft } from '#shared/applications/commands.ts';
import { notInRegisterAtStart } from '#shared/cohorts/model.ts';
import { callingMunicipality } from '#shared/platform/http/access.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { enteredAddress } from '#shared/email-confirmations/confirmation.ts';
import { saveApplicationDraft } from '#shared/applications/routes.ts';

/** POST /applications/drafts: a draft holds the municipality's place in the cohort (one per cohort). */
export const handler = idempotentHttpHandler(saveApplicationDraft, async ({ body, principal, correlationId }) => {
  const tableName = config.tableName();
  const number = callingMunicipality(principal);
  // The cohort is read beside the municipality for its start date; its status is checked in the write.
  const [municipality, cohort] = await Promise.all([getMunicipality(tableName, number), getCohort(tableName, body.cohortId)]);
  if (!municipality) throw problems.unknownMunicipality(number);
  const absent = cohort && notInRegisterAtStart(municipality, cohort.value);
  if (absent) throw problems.outsideRegister([{ pointer: '/cohortId', detail: absent }], absent);

  const now = new Date();
  const draft = newDraft(body, { id: randomUUID(), municipality, now });
  const leader = body.projectLeader
    ? enteredAddress(tableName, { address: body.projectLeader.email, by: principal!.role, municipalityNumber: number, typedIn: 'application' }, { correlationId, now })
    : { steps: [], events: [] };
  await insertApplication(tableName, draft, leader.events, leader.steps);
  return json(201, draft, { location: `/applications/${draft.id}` });
});
