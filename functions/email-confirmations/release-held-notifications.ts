import { emailConfirmationsRepository } from '#shared/email-confirmations/index.ts';
import { released } from '#shared/notifications/index.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { releaseHeldNotifications } from '#shared/email-confirmations/routes.ts';

/**
 * On EmailAddressConfirmed: queue again every notification held for the address, each with a
 * new NotificationQueued event, so deliverNotification sends it once. A redelivery finds none
 * still held and queues nothing.
 */
export const handler = eventHandler(releaseHeldNotifications, async ({ data, metadata }) => {
  const confirmations = emailConfirmationsRepository();
  const record = await confirmations.address(data.address);
  let count = 0;
  for (const id of record?.held ?? []) {
    const notification = await confirmations.notifications.get(id);
    if (!notification) continue;
    const now = new Date();
    if (await confirmations.release(released(notification, { correlationId: metadata.correlationId, now }), data.address, now)) count++;
  }
  logger.info('Released held notifications', { released: count });
});
