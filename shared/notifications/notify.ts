/**
 * The one way to send an email: store it as a notification (once per cause and recipient) and
 * let `deliverNotification` send it. Handlers that react to an event call this instead of SES.
 */
import { createHash } from 'node:crypto';
import { insertNotification } from '../adapters/dynamodb/notifications-repository.ts';
import type { EventMetadata } from '../contracts/events.ts';
import { newEvent } from '../events/outbox.ts';
import type { EmailMessage } from './email-message.ts';

/** How many notifications a fan-out (invitations, gathering notices) queues at once. */
export const NOTIFY_CONCURRENCY = 8;

/**
 * Queues one email per recipient of the message. `cause` is the event being handled: the same
 * event, template and recipient always give the same notification, so redeliveries and retries
 * after a partial failure queue nothing twice. Resolves to how many were newly queued.
 * Every notification carries a correlation id (the message's, else the cause's, else the cause's
 * event id for a schedule), so every email has its `X-Correlation-Id`.
 */
export async function notify(
  tableName: string,
  message: EmailMessage,
  cause: Pick<EventMetadata, 'eventId' | 'eventType'> & { readonly correlationId?: string },
  now = new Date(),
): Promise<number> {
  const correlationId = message.correlationId ?? cause.correlationId ?? cause.eventId;
  let queued = 0;
  for (const recipient of message.to) {
    const id = createHash('sha256').update(`${cause.eventId}|${message.template}|${recipient.address.toLowerCase()}`).digest('hex').slice(0, 32);
    const at = now.toISOString();
    const stored = await insertNotification(
      tableName,
      {
        id,
        template: message.template,
        language: message.language,
        recipient: { ...(recipient.name ? { name: recipient.name } : {}), address: recipient.address },
        subject: message.subject,
        text: message.text,
        status: 'queued',
        attempts: 0,
        correlationId,
        cause: { eventId: cause.eventId, eventType: cause.eventType },
        createdAt: at,
        updatedAt: at,
      },
      newEvent('NotificationQueued', { notificationId: id, template: message.template }, { correlationId, now }),
    );
    if (stored) queued++;
  }
  return queued;
}
