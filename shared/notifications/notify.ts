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
 */
export async function notify(tableName: string, message: EmailMessage, cause: Pick<EventMetadata, 'eventId' | 'eventType'>, now = new Date()): Promise<number> {
  return store(tableName, message, cause, now, 'queued');
}

/**
 * Records an email that a cap holds back, as a `coalesced` notification (never sent, no
 * NotificationQueued): the secretariat sees what was held back, and nothing is lost silently.
 * The same cause and recipient give the same notification, so a redelivery records nothing twice.
 */
export async function recordCoalesced(tableName: string, message: EmailMessage, cause: Pick<EventMetadata, 'eventId' | 'eventType'>, reason: string, now = new Date()): Promise<number> {
  return store(tableName, message, cause, now, 'coalesced', reason);
}

async function store(tableName: string, message: EmailMessage, cause: Pick<EventMetadata, 'eventId' | 'eventType'>, now: Date, status: 'queued' | 'coalesced', reason?: string): Promise<number> {
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
        status,
        attempts: 0,
        ...(reason ? { heldBack: reason } : {}),
        ...(message.correlationId ? { correlationId: message.correlationId } : {}),
        cause: { eventId: cause.eventId, eventType: cause.eventType },
        createdAt: at,
        updatedAt: at,
      },
      status === 'queued' ? newEvent('NotificationQueued', { notificationId: id, template: message.template }, { correlationId: message.correlationId ?? cause.eventId, now }) : undefined,
    );
    if (stored) queued++;
  }
  return queued;
}
