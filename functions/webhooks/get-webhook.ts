import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { withoutSecret, requireManaged } from '#shared/webhooks/index.ts';
import { getWebhook } from '#shared/webhooks/routes.ts';


/** GET /webhooks/{id}: one registration its caller may manage (else 404), without its secret. */
export const handler = httpHandler(getWebhook, async ({ params, principal }) => {
  const registration = await requireManaged(params.id, principal);
  return json(200, withoutSecret(registration.value));
});
