import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { provisionDelivery, removeDelivery } from '#shared/webhooks/index.ts';
import { provisionWebhookDelivery } from '#shared/webhooks/routes.ts';

/**
 * On WebhookRegistered: the registration's connection, API destination and rule with its target
 * (EventBridge API; idempotent). On WebhookDeleted: removes them. A failure throws: the bus
 * retries, then the function's dead-letter queue holds the event for a redrive.
 */
export const handler = eventHandler(provisionWebhookDelivery, async (event) => {
  if (event.metadata.eventType === 'WebhookRegistered') {
    const data = event.data as { registrationId: string; url: string };
    await provisionDelivery({ registrationId: data.registrationId, url: data.url });
  } else {
    await removeDelivery(event.data.registrationId);
  }
});
