/**
 * The decisions of email confirmation, pure: what an entered address becomes (and the event
 * that asks its owner to confirm it), whether a confirmation code is issued and with which
 * message, and what a presented code does. The events are built here and nowhere else; the
 * handlers and the repository store what these answer.
 */
import { randomBytes } from 'node:crypto';
import { newEvent, type EventData, type EventEnvelope } from '../event-catalogue.ts';
import {
  confirmationExpiry,
  mayRequestConfirmation,
  normaliseAddress,
  sourceOfCaller,
  tokenHashOf,
  tokenState,
  trustOf,
  type ConfirmationToken,
  type EmailAddressRecord,
} from './model.ts';

/** An address entered through the API, as the store records it: trusted at once, or typed (pending until confirmed). */
export interface EnteredAddress {
  readonly address: string;
  readonly trust: 'trusted' | 'typed';
}

/**
 * An address entered through the API (`by`: the caller's role): a municipality's address is
 * typed (and its owner is asked to confirm it: EmailAddressTyped), the secretariat's is trusted.
 * The store's write goes in the same transaction as the item that holds the address
 * (EmailConfirmationsRepository.enteredAddressStep).
 */
export function enteredAddress(
  entered: { address: string; by: string; municipalityNumber: string; typedIn: EventData<'EmailAddressTyped'>['typedIn'] },
  context: { correlationId: string; now: Date },
): { state: EnteredAddress; events: EventEnvelope<'EmailAddressTyped'>[] } {
  const address = normaliseAddress(entered.address);
  if (trustOf(sourceOfCaller(entered.by)) === 'trusted') return { state: { address, trust: 'trusted' }, events: [] };
  return {
    state: { address, trust: 'typed' },
    events: [newEvent('EmailAddressTyped', { address, municipalityNumber: entered.municipalityNumber, typedIn: entered.typedIn }, context)],
  };
}

/** A confirmation code to issue: its hash and expiry (the code itself is only in the message). */
export interface IssuedCode {
  readonly address: string;
  readonly tokenHash: string;
  readonly expiresAt: string;
}

/**
 * A confirmation code for the owner of a typed address: the code itself (for its message,
 * emails.ts confirmationMessage, and nowhere else) and what the store keeps of it; undefined
 * when none may be sent (the address is not pending, or a live code was sent already). The
 * code, its record and its message are then stored in one transaction.
 */
export function requestConfirmation(record: EmailAddressRecord | undefined, address: string, now: Date): { code: IssuedCode; token: string } | undefined {
  if (!mayRequestConfirmation(record, now)) return undefined;
  const token = randomBytes(32).toString('base64url');
  return { code: { address: normaliseAddress(address), tokenHash: tokenHashOf(token), expiresAt: confirmationExpiry(now) }, token };
}

/**
 * What a presented code does at `now`: a used one answers when it was used; an expired one
 * nothing; a valid one confirms the address, with EmailAddressConfirmed (which releases the mail
 * held for it).
 */
export function confirm(
  token: ConfirmationToken,
  context: { correlationId: string; now: Date },
): { outcome: 'used'; confirmedAt: string } | { outcome: 'expired' } | { outcome: 'confirm'; confirmedAt: string; events: EventEnvelope<'EmailAddressConfirmed'>[] } {
  const state = tokenState(token, context.now);
  if (state === 'used') return { outcome: 'used', confirmedAt: token.usedAt! };
  if (state === 'expired') return { outcome: 'expired' };
  const confirmedAt = context.now.toISOString();
  return { outcome: 'confirm', confirmedAt, events: [newEvent('EmailAddressConfirmed', { address: token.address, confirmedAt }, context)] };
}
