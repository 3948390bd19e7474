import {
  awaitsDelivery,
  deliveryRule,
  mailFooter,
  mailPreferencesRepository,
  newUnsubscribeToken,
  notificationsRepository,
  OPTIONAL_MAIL_PER_RECIPIENT_PER_DAY,
  suppressionsRepository,
  unsubscribeHeaders,
  unsubscribePath,
  unsubscribeScopeOf,
} from '#shared/notifications/index.ts';
import { norwegianDay } from '#shared/platform/dates.ts';
import { emailConfirmationsRepository, normaliseAddress } from '#shared/email-confirmations/index.ts';
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
 * Then the recipient's mail preferences (shared/notifications/mail-preferences.ts): mandatory mail
 * goes out with a line saying it is mandatory; optional mail whose category is off is not sent
 * (`unsubscribed`), one for the digest or over the recipient's daily quota is held for the digest
 * (`digest-held`), and the rest goes out with its one-click List-Unsubscribe link.
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
  const preferences = mailPreferencesRepository();
  const now = new Date();
  const address = notification.recipient.address;
  const chosen = deliveryRule(notification.template, await preferences.of(address));
  let rule = chosen;
  if (rule === 'off') {
    await notifications.settleUnsent(notification.id, 'unsubscribed', 'Not sent: the recipient turned this kind of mail off', now);
    return;
  }
  const scope = unsubscribeScopeOf(notification.template);
  const cap = config.optionalMailCap() ?? OPTIONAL_MAIL_PER_RECIPIENT_PER_DAY;
  // The cap is a person's: the secretariat's own mailbox is its work queue, never capped; the digest is the cap's outlet.
  const capped = rule === 'immediate' && scope !== 'all' && normaliseAddress(address) !== normaliseAddress(config.secretariatEmail());
  if (capped && !(await preferences.claimQuota(address, norwegianDay(now), notification.id, cap, now))) rule = 'digest';
  if (rule === 'digest') {
    await notifications.settleUnsent(notification.id, 'digest-held', chosen === 'digest' ? 'Held for the daily digest: the recipient chose it' : `Held for the daily digest: the recipient had its ${cap} optional mails of the day`, now);
    return;
  }
  let footer: string[];
  let headers: { name: string; value: string }[] = [];
  if (rule === 'mandatory' || !scope) footer = mailFooter(notification.language, { mandatory: true });
  else {
    // A new token per sent mail, stored by its hash only; the link is the one in the headers and the text.
    const { token, tokenHash } = newUnsubscribeToken();
    await preferences.issueToken(tokenHash, { address, scope, notificationId: notification.id, createdAt: now.toISOString() }, now);
    const url = `${config.publicApiUrl()}${unsubscribePath(token)}`;
    footer = mailFooter(notification.language, { mandatory: false, scope, unsubscribeUrl: url });
    headers = unsubscribeHeaders(url);
  }
  try {
    const messageId = await sendEmail(
      {
        template: notification.template,
        to: [notification.recipient],
        subject: notification.subject,
        text: [notification.text, ...footer].join('\n'),
        language: notification.language,
        ...(notification.correlationId ? { correlationId: notification.correlationId } : {}),
        headers,
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
