import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { replayDelivery, webhooksRepository, requireManaged } from '#shared/webhooks/index.ts';
import { replayWebhookDelivery } from '#shared/webhooks/routes.ts';


/** POST /webhooks/{id}/deliveries/{deliveryId}/replay: the delivery requested again (same id and body, freshly signed), with WebhookDeliveryRequested. */
export const handler = idempotentHttpHandler(replayWebhookDelivery, async ({ params, principal, correlationId }) => {
  const registration = await requireManaged(params.id, principal);
  const repository = webhooksRepository();
  const delivery = await repository.getDelivery(params.id, params.deliveryId);
  if (!delivery) throw refuse.notFound(`No delivery ${params.deliveryId} of webhook ${params.id}`);
  const { state, events } = replayDelivery(registration.value, delivery.value, { correlationId, now: new Date() });
  await repository.saveDelivery({ value: state, version: delivery.version }, events);
  return json(202, state);
});
