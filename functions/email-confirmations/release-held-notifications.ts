import { getEmailAddress } from '#shared/email-confirmations/repository.ts';
import { releaseNotification, getNotification } from '#shared/notifications/repository.ts';
import { config } from '#shared/platform/config.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { newEvent } from '#shared/platform/outbox/new-event.ts';
import { logger } from '#shared/platform/logger.ts';
import { releaseHeldNotifications } from '#shared/email-confirmations/routes.ts';

/**
 * On EmailAddressConfirmed: queue again every notification held for the address, each with a
 * new NotificationQueued event, so deliverNotification sends it once. A redelivery finds none
 * still held and queues nothing.
 */
export const handler = eventHandler(releaseHeldNotifications, async ({ data, metadata }) => {
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
