import { scheduledHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { deleteFailedDelivery, failDelivery, receiveFailedDeliveries, webhooksRepository } from '#shared/webhooks/index.ts';
import { webhookDeadLetterSchedule } from '#shared/webhooks/routes.ts';

/** Batches per run: at most 10 messages each, well inside the timeout. */
const MAX_BATCHES = 50;

/**
 * Every five minutes: each dead letter of the webhooks' queue marks its delivery failed (the
 * attempts and the endpoint's status EventBridge reports), then leaves the queue. A delivery
 * replayed since (newer than the letter) is marked all the same: the replay's own letter, if it
 * fails, comes later. A letter for a deleted registration or an unknown delivery is dropped with a log line.
 */
export const handler = scheduledHandler(webhookDeadLetterSchedule, async () => {
  const repository = webhooksRepository();
  let recorded = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const letters = await receiveFailedDeliveries();
    if (letters.length === 0) break;
    for (const letter of letters) {
      const delivery = letter.registrationId && letter.deliveryId ? await repository.getDelivery(letter.registrationId, letter.deliveryId) : undefined;
      if (delivery) {
        await repository.saveDelivery({ value: failDelivery(delivery.value, letter, new Date()), version: delivery.version });
        recorded++;
      } else {
        logger.warn('A webhook dead letter names no delivery', { registrationId: letter.registrationId, deliveryId: letter.deliveryId, error: letter.error });
      }
      await deleteFailedDelivery(letter.receiptHandle);
    }
  }
  logger.info('Webhook dead letters recorded', { recorded });
});
