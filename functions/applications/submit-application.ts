import { randomUUID } from 'node:crypto';
import { callerKind } from '#shared/platform/auth/principal.ts';
import { applicationsRepository, submit } from '#shared/applications/index.ts';
import { cohortsRepository } from '#shared/cohorts/index.ts';
import { notInRegisterAtStart } from '#shared/cohorts/model.ts';
import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { callingMunicipality } from '#shared/platform/http/access.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { emailConfirmationsRepository, enteredAddress } from '#shared/email-confirmations/index.ts';
import { submitApplication } from '#shared/applications/routes.ts';

/** POST /applications: the calling municipality applies to an open cohort in one go. */
export const handler = idempotentHttpHandler(submitApplication, async ({ body, principal, correlationId }) => {
  const number = callingMunicipality(principal);
  // The cohort is read beside the municipality for its start date; its status is checked in the write.
  const [municipality, cohort] = await Promise.all([municipalitiesRepository().get(number), cohortsRepository().get(body.cohortId)]);
  if (!municipality) throw problems.unknownMunicipality(number);
  const absent = cohort && notInRegisterAtStart(municipality, cohort.value);
  if (absent) throw problems.outsideRegister([{ pointer: '/cohortId', detail: absent }], absent);

  const now = new Date();
  const { state: application, events } = submit(body, { id: randomUUID(), municipality, correlationId, now });
  // The project leader's address is typed by the municipality: it must be confirmed before the receipt goes out.
  const leader = enteredAddress({ address: body.projectLeader.email, by: callerKind(principal!), municipalityNumber: number, typedIn: 'application' }, { correlationId, now });
  await applicationsRepository().insert(application, [...events, ...leader.events], [emailConfirmationsRepository().enteredAddressStep(leader.state, now)]);
  return json(201, application, { location: `/applications/${application.id}` });
});
