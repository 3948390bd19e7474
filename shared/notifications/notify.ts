/**
 * The one way to send an email: store it as a notification (once per cause and recipient) and
 * let `deliverNotification` send it. Handlers that react to an event call this instead of SES.
 */
import { createHash } from 'node:crypto';
import { insertNotification } from './repository.ts';
import type { EventEnvelope, EventMetadata } from '../event-catalogue.ts';
import type { Notification } from './contract.ts';
import { newEvent } from '../platform/outbox/new-event.ts';
import type { EmailMessage, Recipient } from '../platform/mail/email-message.ts';

/** How many notifications a fan-out (invitations, gathering notices) queues at once. */
export const NOTIFY_CONCURRENCY = 8;

/**
 * Queues one email per recipient of the message. `cause` is the event being handled: the same
 * event, template and recipient always give the same notification, so redeliveries and retries
 * after a partial failure queue nothing twice. Resolves to how many were newly queued.
 * Every notification carries a correlation id (the message's, else the cause's, else the cause's
 * event id for a schedule), so every email has its `X-Correlation-Id`.
 */
export async function notify(tableName: string, message: EmailMessage, cause: NotificationCause, now = new Date()): Promise<number> {
  return store(tableName, message, cause, now);
}

/**
 * Records an email that a cap holds back, as a `coalesced` notification (never sent, no
 * NotificationQueued): the secretariat sees what was held back, and nothing is lost silently.
 * The same cause and recipient give the same notification, so a redelivery records nothing twice.
 */
export async function recordCoalesced(tableName: string, message: EmailMessage, cause: NotificationCause, reason: string, now = new Date()): Promise<number> {
  return store(tableName, message, cause, now, reason);
}

/** Queued (with its NotificationQueued event) or, held back for `coalescedFor`, stored as coalesced without one. */
async function store(tableName: string, message: EmailMessage, cause: NotificationCause, now: Date, coalescedFor?: string): Promise<number> {
  let queued = 0;
  for (const recipient of message.to) {
    const { notification, event } = queuedNotification(message, recipient, cause, now);
    const stored = coalescedFor === undefined
      ? await insertNotification(tableName, notification, event)
      : await insertNotification(tableName, { ...notification, status: 'coalesced', heldBack: coalescedFor }, undefined);
    if (stored) queued++;
  }
  return queued;
}

/** The event a notification is queued for; its correlation id is the fallback for the message's. */
export type NotificationCause = Pick<EventMetadata, 'eventId' | 'eventType'> & { readonly correlationId?: string };

/** The notification of one recipient of the message, with its NotificationQueued event (id from cause, template, address). */
export function queuedNotification(message: EmailMessage, recipient: Recipient, cause: NotificationCause, now: Date): { notification: Notification; event: EventEnvelope<'NotificationQueued'> } {
  const id = createHash('sha256').update(`${cause.eventId}|${message.template}|${recipient.address.toLowerCase()}`).digest('hex').slice(0, 32);
  const at = now.toISOString();
  const correlationId = message.correlationId ?? cause.correlationId ?? cause.eventId;
  return {
    notification: {
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
    event: newEvent('NotificationQueued', { notificationId: id, template: message.template }, { correlationId, now }),
  };
}
