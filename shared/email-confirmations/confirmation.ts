/**
 * The steps of email confirmation that several functions share: marking an address a
 * municipality typed (with the writes that store it), holding mail for it until its owner
 * confirms, and issuing the one confirmation message. The rule itself is
 * shared/email-confirmations/model.ts.
 */
import { createHash, randomBytes } from 'node:crypto';
import { getEmailAddress, issueConfirmation, trustedAddressStep, typedAddressStep } from './repository.ts';
import { holdNotification } from '../notifications/repository.ts';
import type { EventData, EventEnvelope, EventMetadata } from '../event-catalogue.ts';
import type { Notification } from '../notifications/contract.ts';
import type { TransactionStep } from '../platform/dynamodb/transaction.ts';
import { awaitsConfirmation, confirmationExpiry, mayRequestConfirmation, normaliseAddress, sourceOfCaller, trustOf } from './model.ts';
import type { Language } from '../platform/written-standard.ts';
import { newEvent } from '../platform/outbox/new-event.ts';
import { CONFIRMATION_TEMPLATE, confirmationMessage } from './emails.ts';
import { queuedNotification } from '../notifications/notify.ts';

/** The code's SHA-256: what the store keeps and looks codes up by. */
export const tokenHashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The write and the event that go with an address entered through the API, in the same
 * transaction as the item that stores it: a municipality's address becomes pending (and its
 * owner is asked to confirm it), the secretariat's becomes trusted.
 */
export function enteredAddress(
  tableName: string,
  entered: { address: string; by: string; municipalityNumber: string; typedIn: EventData<'EmailAddressTyped'>['typedIn'] },
  context: { correlationId: string; now: Date },
): { steps: TransactionStep[]; events: EventEnvelope[] } {
  const address = normaliseAddress(entered.address);
  if (trustOf(sourceOfCaller(entered.by)) === 'trusted') return { steps: [trustedAddressStep(tableName, address, context.now)], events: [] };
  return {
    steps: [typedAddressStep(tableName, address, context.now)],
    events: [newEvent('EmailAddressTyped', { address, municipalityNumber: entered.municipalityNumber, typedIn: entered.typedIn }, context)],
  };
}

/**
 * The step of delivery: true when the notification must not be sent now, because its address
 * awaits confirmation (it is then held, `awaiting-confirmation`, until EmailAddressConfirmed).
 * The confirmation message itself is never held.
 */
export async function heldForConfirmation(tableName: string, notification: Notification, secretariatAddress: string, now: Date): Promise<boolean> {
  if (notification.template === CONFIRMATION_TEMPLATE) return false;
  const address = normaliseAddress(notification.recipient.address);
  if (!awaitsConfirmation(address, await getEmailAddress(tableName, address), secretariatAddress)) return false;
  if (notification.status === 'awaiting-confirmation' || (await holdNotification(tableName, notification, address, now))) return true;
  // Not held: the address was confirmed or trusted meanwhile (send), or a concurrent delivery held it (wait).
  return awaitsConfirmation(address, await getEmailAddress(tableName, address), secretariatAddress);
}

/**
 * Sends the owner of a typed address a confirmation code, unless a live one was sent already
 * or the address is no longer pending. The code, its record and its message are one
 * transaction. Resolves to whether a message was queued.
 */
export async function requestConfirmation(
  tableName: string,
  request: { address: string; municipalityName: string; language: Language },
  cause: Pick<EventMetadata, 'eventId' | 'eventType' | 'correlationId'>,
  now: Date,
): Promise<boolean> {
  const address = normaliseAddress(request.address);
  if (!mayRequestConfirmation(await getEmailAddress(tableName, address), now)) return false;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = confirmationExpiry(now);
  const message = confirmationMessage({ address, municipalityName: request.municipalityName, token, expiresAt }, request.language, cause.correlationId);
  const { notification, event } = queuedNotification(message, message.to[0]!, cause, now);
  return issueConfirmation(tableName, { address, tokenHash: tokenHashOf(token), expiresAt }, notification, event, now);
}
