import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { deleteWebhook as remove, webhooksRepository, withoutSecret, requireManaged } from '#shared/webhooks/index.ts';
import { deleteWebhook } from '#shared/webhooks/routes.ts';


/** DELETE /webhooks/{id}: the registration goes, with WebhookDeleted (its delivery on the bus is removed). */
export const handler = httpHandler(deleteWebhook, async ({ params, principal, correlationId }) => {
  const registration = await requireManaged(params.id, principal);
  await webhooksRepository().delete(registration, remove(registration.value, { correlationId, now: new Date() }));
  return json(200, withoutSecret(registration.value));
});
