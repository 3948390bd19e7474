import { randomUUID } from 'node:crypto';
import { callerKind } from '#shared/platform/auth/principal.ts';
import { applicationsRepository, saveDraft } from '#shared/applications/index.ts';
import { cohortsRepository } from '#shared/cohorts/index.ts';
import { notInRegisterAtStart } from '#shared/cohorts/model.ts';
import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { callingMunicipality } from '#shared/platform/http/access.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { emailConfirmationsRepository, enteredAddress } from '#shared/email-confirmations/index.ts';
import { saveApplicationDraft } from '#shared/applications/routes.ts';

/** POST /applications/drafts: a draft holds the municipality's place in the cohort (one per cohort). */
export const handler = idempotentHttpHandler(saveApplicationDraft, async ({ body, principal, correlationId }) => {
  const number = callingMunicipality(principal);
  // The cohort is read beside the municipality for its start date; its status is checked in the write.
  const [municipality, cohort] = await Promise.all([municipalitiesRepository().get(number), cohortsRepository().get(body.cohortId)]);
  if (!municipality) throw problems.unknownMunicipality(number);
  const absent = cohort && notInRegisterAtStart(municipality, cohort.value);
  if (absent) throw problems.outsideRegister([{ pointer: '/cohortId', detail: absent }], absent);

  const now = new Date();
  const { state: draft, events } = saveDraft(body, { id: randomUUID(), municipality, correlationId, now });
  const leader = body.projectLeader
    ? enteredAddress({ address: body.projectLeader.email, by: callerKind(principal!), municipalityNumber: number, typedIn: 'application' }, { correlationId, now })
    : undefined;
  await applicationsRepository().insert(draft, [...events, ...(leader?.events ?? [])], leader ? [emailConfirmationsRepository().enteredAddressStep(leader.state, now)] : []);
  return json(201, draft, { location: `/applications/${draft.id}` });
});
