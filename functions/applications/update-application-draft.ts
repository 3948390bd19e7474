import { saveApplication, visibleApplication } from '#shared/applications/repository.ts';
import { config } from '#shared/platform/config.ts';
import { updateDraft } from '#shared/applications/commands.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { enteredAddress } from '#shared/email-confirmations/confirmation.ts';
import { updateApplicationDraft } from '#shared/applications/routes.ts';

/** PATCH /applications/{id}: the parts sent replace those of the draft. */
export const handler = httpHandler(updateApplicationDraft, async ({ params, body, principal, correlationId }) => {
  const tableName = config.tableName();
  const current = await visibleApplication(tableName, principal, params.id);
  const now = new Date();
  const updated = updateDraft(current.value, body, now);
  const leader = body.projectLeader
    ? enteredAddress(tableName, { address: body.projectLeader.email, by: principal!.role, municipalityNumber: current.value.municipalityNumber, typedIn: 'application' }, { correlationId, now })
    : { steps: [], events: [] };
  await saveApplication(tableName, { value: updated, version: current.version }, leader.events, leader.steps);
  return json(200, updated);
});
