import { getEmailAddress } from '#shared/adapters/dynamodb/email-addresses-repository.ts';
import { releaseNotification, getNotification } from '#shared/adapters/dynamodb/notifications-repository.ts';
import { config } from '#shared/config.ts';
import { eventHandler } from '#shared/events/event-handler.ts';
import { newEvent } from '#shared/events/outbox.ts';
import { logger } from '#shared/observability/logger.ts';

/**
 * On EmailAddressConfirmed: queue again every notification held for the address, each with a
 * new NotificationQueued event, so deliverNotification sends it once. A redelivery finds none
 * still held and queues nothing.
 */
export const handler = eventHandler('releaseHeldNotifications', 'EmailAddressConfirmed', async ({ data, metadata }) => {
  const tableName = config.tableName();
  const record = await getEmailAddress(tableName, data.address);
  let released = 0;
  for (const id of record?.held ?? []) {
    const notification = await getNotification(tableName, id);
    if (!notification) continue;
    const now = new Date();
    const event = newEvent('NotificationQueued', { notificationId: id, template: notification.template }, { correlationId: notification.correlationId ?? metadata.correlationId, now });
    if (await releaseNotification(tableName, id, data.address, event, now)) released++;
  }
  logger.info('Released held notifications', { released });
});
