/**
 * Notifications: every email the programme sends, stored before it is sent, with its delivery
 * state. The entity and its statuses; no AWS, no wire schemas (shared/notifications/contract.ts
 * derives those from here).
 */
/**
 * `awaiting-confirmation`: held, never sent, until the recipient confirms a typed address
 * (shared/email-confirmations/model.ts). `bounced`/`complained`: SES reported it back
 * (functions/notifications/record-email-feedback.ts); `suppressed`: not sent, the address bounced or complained
 * before; `coalesced`: not sent, over a cap (a later notice carries the news, see
 * shared/target-status/mail-caps.json). Mail preferences (mail-preferences.ts): `digest-held`: optional mail
 * held for the recipient's daily digest (chosen, or over the per-recipient cap); `digested`: sent
 * inside a digest (`digestId`); `unsubscribed`: not sent, the recipient turned its category off.
 * New statuses are added at the end.
 */
export const NOTIFICATION_STATUSES = ['queued', 'sent', 'failed', 'awaiting-confirmation', 'bounced', 'complained', 'suppressed', 'coalesced', 'digest-held', 'digested', 'unsubscribed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** What SES reported back about a sent email, or why it was suppressed. */
export interface DeliveryFeedback {
  kind: 'bounce' | 'complaint';
  type?: string;
  at: string;
  detail?: string;
}

/** One email, as stored and as the API shows it (the contract's Notification is checked against it). */
export interface Notification {
  id: string;
  template: string;
  language: 'nb' | 'nn';
  recipient: { name?: string; address: string };
  subject: string;
  text: string;
  status: NotificationStatus;
  attempts: number;
  lastError?: string;
  messageId?: string;
  correlationId?: string;
  cause: { eventId: string; eventType: string };
  createdAt: string;
  updatedAt: string;
  sentAt?: string;
  /** Why a coalesced notification was not sent. */
  heldBack?: string;
  feedback?: DeliveryFeedback;
  /** The digest a `digested` notification was sent in. */
  digestId?: string;
}

/** The event a notification is queued for; its correlation id is the fallback for the message's. */
export interface NotificationCause {
  readonly eventId: string;
  readonly eventType: string;
  readonly correlationId?: string;
}

/** How many notifications a fan-out (invitations, gathering notices) queues at once. */
export const NOTIFY_CONCURRENCY = 8;

/** An address that must get no more mail: a permanent bounce or a complaint reported by SES (the first report is kept). */
export interface Suppression {
  readonly address: string;
  readonly reason: 'bounce' | 'complaint';
  readonly messageId: string;
  readonly at: string;
}

/** Only a notification still waiting to be sent (or failed) is delivered; the others are settled. */
export function awaitsDelivery(status: NotificationStatus): boolean {
  return status === 'queued' || status === 'failed';
}

/**
 * The statuses a notification may be marked from: suppressed only before it is sent; bounced
 * after it was sent; complained after it was sent or bounced (a complaint may follow a bounce,
 * never the other way round).
 */
export function markableFrom(status: 'bounced' | 'complained' | 'suppressed'): NotificationStatus[] {
  return status === 'suppressed' ? ['queued', 'failed'] : status === 'bounced' ? ['sent'] : ['sent', 'bounced'];
}
