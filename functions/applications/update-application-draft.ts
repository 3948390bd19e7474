import { applicationsRepository, updateDraft } from '#shared/applications/index.ts';
import { callerKind } from '#shared/platform/auth/principal.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { emailConfirmationsRepository, enteredAddress } from '#shared/email-confirmations/index.ts';
import { updateApplicationDraft } from '#shared/applications/routes.ts';

/** PATCH /applications/{id}: the parts sent replace those of the draft. */
export const handler = httpHandler(updateApplicationDraft, async ({ params, body, principal, correlationId }) => {
  const applications = applicationsRepository();
  const current = await applications.visibleTo(principal, params.id);
  const now = new Date();
  const { state, events } = updateDraft(current.value, body, { correlationId, now });
  const leader = body.projectLeader
    ? enteredAddress({ address: body.projectLeader.email, by: callerKind(principal!), municipalityNumber: current.value.municipalityNumber, typedIn: 'application' }, { correlationId, now })
    : undefined;
  await applications.save({ value: state, version: current.version }, [...events, ...(leader?.events ?? [])], leader ? [emailConfirmationsRepository().enteredAddressStep(leader.state, now)] : []);
  return json(200, state);
});
