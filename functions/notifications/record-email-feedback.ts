import { notificationsRepository, suppressionsRepository } from '#shared/notifications/index.ts';
import { SesFeedbackDetail } from '#shared/notifications/contract.ts';
import { awsEventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { recordEmailFeedback } from '#shared/notifications/routes.ts';

/**
 * On an SES bounce or complaint (EventBridge, default bus, the stack's configuration set): the
 * address gets no more mail (a permanent bounce or any complaint suppresses it), and the
 * notification SES sent as that message becomes `bounced` or `complained`, for the secretariat
 * in `GET /notifications?status=…`. A message not (yet) recorded as sent fails the invocation:
 * EventBridge retries it, and one that is never found waits in the dead-letter queue.
 */
export const handler = awsEventHandler(recordEmailFeedback, async (event) => {
  const detail = SesFeedbackDetail.parse(event.detail);
  const now = new Date();
  const kind = detail.eventType === 'Bounce' ? 'bounce' : 'complaint';
  const recipients = kind === 'bounce' ? detail.bounce?.bouncedRecipients : detail.complaint?.complainedRecipients;
  if (!recipients) throw new Error(`SES ${detail.eventType} event for ${detail.mail.messageId} names no recipients`);
  // A transient (soft) bounce is recorded, but the address may work again: only permanent ones suppress it.
  const type = kind === 'bounce' ? detail.bounce!.bounceType : (detail.complaint!.complaintFeedbackType ?? 'complaint');
  if (kind === 'complaint' || type === 'Permanent') {
    for (const recipient of recipients) {
      await suppressionsRepository().suppress({ address: recipient.emailAddress, reason: kind, messageId: detail.mail.messageId, at: now.toISOString() });
    }
  }
  const notification = await notificationsRepository().findBySesMessage(detail.mail.messageId);
  if (!notification) throw new Error(`No notification is recorded as sent with SES message id ${detail.mail.messageId}`);
  const diagnostic = recipients.map((r) => r.diagnosticCode).filter(Boolean).join('; ');
  const changed = await notificationsRepository().mark(
    notification.id,
    kind === 'bounce' ? 'bounced' : 'complained',
    { kind, type, at: now.toISOString(), ...(diagnostic ? { detail: diagnostic.slice(0, 1_000) } : {}) },
    now,
  );
  logger.info(changed ? 'Feedback recorded' : 'Feedback already recorded', { notificationId: notification.id, kind, type });
});
