import { awaitsDelivery, notificationsRepository, suppressionsRepository } from '#shared/notifications/index.ts';
import { emailConfirmationsRepository } from '#shared/email-confirmations/index.ts';
import { sendEmail } from '#shared/platform/mail/ses-mailer.ts';
import { config } from '#shared/platform/config.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { deliverNotification } from '#shared/notifications/routes.ts';

/**
 * On NotificationQueued: send the stored email through SES and record the attempt. A failed
 * send is recorded and rethrown, so EventBridge retries it and, after the last attempt, it waits
 * in the dead-letter queue and in `GET /notifications?status=failed` for the secretariat.
 * Mail to a typed address that awaits confirmation is held, not sent (shared/email-confirmations/model.ts).
 */
export const handler = eventHandler(deliverNotification, async ({ data }) => {
  const notifications = notificationsRepository();
  const notification = await notifications.get(data.notificationId);
  if (!notification) throw new Error(`Notification ${data.notificationId} does not exist`);
  if (!awaitsDelivery(notification.status)) {
    logger.info('Already delivered or settled', { notificationId: notification.id, status: notification.status });
    return;
  }
  // Suppressed addresses: one that bounced permanently or complained gets no more mail.
  const suppression = await suppressionsRepository().of(notification.recipient.address);
  if (suppression) {
    await notifications.mark(notification.id, 'suppressed', { kind: suppression.reason, at: suppression.at, detail: `The address ${suppression.reason === 'bounce' ? 'bounced' : 'complained'} (SES message ${suppression.messageId})` }, new Date());
    logger.info('Not sent: the address is suppressed', { notificationId: notification.id, reason: suppression.reason });
    return;
  }
  if (await emailConfirmationsRepository().heldForConfirmation(notification, config.secretariatEmail(), new Date())) {
    logger.info('Held until its address is confirmed', { notificationId: notification.id });
    return;
  }
  try {
    const messageId = await sendEmail(
      {
        template: notification.template,
        to: [notification.recipient],
        subject: notification.subject,
        text: notification.text,
        language: notification.language,
        ...(notification.correlationId ? { correlationId: notification.correlationId } : {}),
      },
      config.mailFrom(),
      config.sesConfigurationSet(),
    );
    await notifications.recordAttempt(notification.id, { sent: true, messageId }, new Date());
  } catch (error) {
    await notifications.recordAttempt(notification.id, { sent: false, error: `${(error as Error).name}: ${(error as Error).message}` }, new Date());
    throw error;
  }
});
