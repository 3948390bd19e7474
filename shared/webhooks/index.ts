/** Webhooks, the public runtime entry: what the handlers use (declarations: routes.ts). */
export * from './model.ts';
export * from './commands.ts';
export { WebhooksRepository, webhooksRepository, withoutSecret } from './repository.ts';
export { WEBHOOK_SOURCES, webhookSourceOf, type WebhookSource } from './event-types.ts';
export { provisionDelivery, removeDelivery } from './provisioning.ts';
export { deliveryRetry, DeliveryRetry } from './delivery-retry.ts';
export { receiveFailedDeliveries, deleteFailedDelivery } from './dead-letters.ts';
export { signDelivery } from './signing.ts';
export { requireManaged } from './access.ts';
