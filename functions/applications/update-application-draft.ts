import { applicationsRepository, updateDraft } from '#shared/applications/index.ts';
import { config } from '#shared/platform/config.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { enteredAddress } from '#shared/email-confirmations/confirmation.ts';
import { updateApplicationDraft } from '#shared/applications/routes.ts';

/** PATCH /applications/{id}: the parts sent replace those of the draft. */
export const handler = httpHandler(updateApplicationDraft, async ({ params, body, principal, correlationId }) => {
  const applications = applicationsRepository();
  const current = await applications.visibleTo(principal, params.id);
  const now = new Date();
  const { state, events } = updateDraft(current.value, body, { correlationId, now });
  const leader = body.projectLeader
    ? enteredAddress(config.tableName(), { address: body.projectLeader.email, by: principal!.role, municipalityNumber: current.value.municipalityNumber, typedIn: 'application' }, { correlationId, now })
    : { steps: [], events: [] };
  await applications.save({ value: state, version: current.version }, [...events, ...leader.events], leader.steps);
  return json(200, state);
});
