/**
 * The state changes of a notification, pure: each answers the notification to store with the
 * events that go with it (or a refusal). The events are built here and nowhere else.
 */
import { createHash } from 'node:crypto';
import { newEvent, type EventEnvelope } from '../event-catalogue.ts';
import type { EmailMessage, Recipient } from '../platform/mail/email-message.ts';
import { refuse } from '../platform/refusal.ts';
import type { Notification, NotificationCause } from './model.ts';
import { digestLetter } from './mail-preferences.ts';
import { DIGEST_TEMPLATE } from './message-types.ts';

/** A notification to store and the events stored with it. */
export interface NotificationChange {
  readonly state: Notification;
  readonly events: EventEnvelope<'NotificationQueued'>[];
}

/**
 * The one way to send an email: one queued notification per recipient of the message, each with
 * its NotificationQueued event, for `deliverNotification` to send once stored
 * (`notificationsRepository().insertAll(queuedNotifications(message, cause))`). `cause` is the
 * event being handled (see queuedNotification).
 */
export function queuedNotifications(message: EmailMessage, cause: NotificationCause, now = new Date()): NotificationChange[] {
  return message.to.map((recipient) => queuedNotification(message, recipient, cause, now));
}

/**
 * Emails that a cap holds back, as `coalesced` notifications (never sent, no NotificationQueued):
 * the secretariat sees what was held back, and nothing is lost silently. The same cause and
 * recipient give the same notification, so a redelivery records nothing twice.
 */
export function coalescedNotifications(message: EmailMessage, cause: NotificationCause, reason: string, now = new Date()): { readonly state: Notification; readonly events: [] }[] {
  return message.to.map((recipient) => coalescedNotification(message, recipient, cause, reason, now));
}

/**
 * The notification of one recipient of the message, with its NotificationQueued event. The id
 * comes from the cause, the template and the address: the same event, template and recipient
 * always give the same notification, so redeliveries queue nothing twice. Its correlation id is
 * the message's, else the cause's, else the cause's event id (a schedule), so every email has
 * its `X-Correlation-Id`.
 */
export function queuedNotification(message: EmailMessage, recipient: Recipient, cause: NotificationCause, now: Date): NotificationChange {
  const id = createHash('sha256').update(`${cause.eventId}|${message.template}|${recipient.address.toLowerCase()}`).digest('hex').slice(0, 32);
  const at = now.toISOString();
  const correlationId = message.correlationId ?? cause.correlationId ?? cause.eventId;
  return {
    state: {
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
    events: [newEvent('NotificationQueued', { notificationId: id, template: message.template }, { correlationId, now })],
  };
}

/** One recipient's coalesced notification (see coalescedNotifications). */
export function coalescedNotification(message: EmailMessage, recipient: Recipient, cause: NotificationCause, reason: string, now: Date): { readonly state: Notification; readonly events: [] } {
  const { state } = queuedNotification(message, recipient, cause, now);
  return { state: { ...state, status: 'coalesced', heldBack: reason }, events: [] };
}

/** The secretariat sends a failed email again: queued, with a new NotificationQueued event. */
export function retry(notification: Notification, context: { readonly correlationId: string; readonly now: Date }): NotificationChange {
  if (notification.status !== 'failed') throw refuse.conflict(`Only a failed notification can be retried; this one is ${notification.status}`);
  return { state: { ...notification, status: 'queued' }, events: [queuedAgain(notification, context)] };
}

/**
 * A held notification is released (its address was confirmed): queued again, with a new
 * NotificationQueued event under its own correlation id (else the confirmation's).
 */
export function released(notification: Notification, context: { readonly correlationId: string; readonly now: Date }): NotificationChange {
  return { state: { ...notification, status: 'queued' }, events: [queuedAgain(notification, { correlationId: notification.correlationId ?? context.correlationId, now: context.now })] };
}

function queuedAgain(notification: Notification, context: { readonly correlationId: string; readonly now: Date }): EventEnvelope<'NotificationQueued'> {
  return newEvent('NotificationQueued', { notificationId: notification.id, template: notification.template }, context);
}

/**
 * The day's digest of one address: its held notifications in one letter. The id comes from the
 * address and the day, so however often the schedule runs, one digest per address and day exists.
 */
export function digestNotification(recipient: { readonly name?: string | undefined; readonly address: string }, day: string, held: readonly Notification[], now: Date): NotificationChange {
  const address = recipient.address.toLowerCase();
  const id = createHash('sha256').update(`digest|${address}|${day}`).digest('hex').slice(0, 32);
  const { subject, text, language } = digestLetter(day, held);
  const at = now.toISOString();
  const eventId = `digest#${address}#${day}`;
  const state: Notification = {
    id,
    template: DIGEST_TEMPLATE,
    language,
    recipient: { ...(recipient.name ? { name: recipient.name } : {}), address: recipient.address },
    subject,
    text,
    status: 'queued',
    attempts: 0,
    correlationId: eventId,
    cause: { eventId, eventType: 'Schedule:daily-mail-digest' },
    createdAt: at,
    updatedAt: at,
  };
  return { state, events: [newEvent('NotificationQueued', { notificationId: id, template: DIGEST_TEMPLATE }, { correlationId: eventId, now })] };
}
