import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { rotateSecret, webhooksRepository, withoutSecret, requireManaged } from '#shared/webhooks/index.ts';
import { rotateWebhookSecret } from '#shared/webhooks/routes.ts';


/** POST /webhooks/{id}/secret-rotation: a new secret, answered once; deliveries signed from now on use it. */
export const handler = idempotentHttpHandler(rotateWebhookSecret, async ({ params, principal, correlationId }) => {
  const registration = await requireManaged(params.id, principal);
  const rotated = rotateSecret(registration.value, { correlationId, now: new Date() });
  await webhooksRepository().save({ value: rotated, version: registration.version });
  return json(200, { ...withoutSecret(rotated), secret: rotated.secret });
});
