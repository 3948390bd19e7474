import { saveApplication } from '#shared/adapters/dynamodb/applications-repository.ts';
import { config } from '#shared/config.ts';
import { ApplicationIdParams, UpdateApplicationDraftRequest } from '#shared/contracts/applications.ts';
import { updateDraft } from '#shared/domain/application.ts';
import { visibleApplication } from '#shared/http/access.ts';
import { httpHandler, json } from '#shared/http/http-handler.ts';

/** PATCH /applications/{id}: the parts sent replace those of the draft. */
export const handler = httpHandler('updateApplicationDraft', { params: ApplicationIdParams, body: UpdateApplicationDraftRequest }, async ({ params, body, principal }) => {
  const tableName = config.tableName();
  const current = await visibleApplication(tableName, principal, params.id);
  const updated = updateDraft(current.value, body, new Date());
  await saveApplication(tableName, { value: updated, version: current.version });
  return json(200, updated);
});
