/**
 * Which email addresses the programme may write to at once, and which must first prove that
 * their owner wants the mail. An address a municipality types (a project leader, its own
 * contact address) could be anyone's: until the owner confirms it, it receives nothing but one
 * confirmation message, so the programme's letters cannot be turned against a stranger.
 *
 * The rule, once:
 * - the secretariat's own address (configuration) is trusted;
 * - an address the secretariat enters (a municipality's contact address set by the
 *   secretariat, a network's advisor) is trusted: it is the municipality's registered address;
 * - an address that came with the register (the seed) is trusted;
 * - an address a municipality enters itself (an application's project leader, its contact
 *   address through PATCH /municipalities/{number}) is typed: it awaits confirmation until the
 *   owner confirms it, unless it was trusted already (trust is never taken back by typing).
 * An address nobody typed has no record and is trusted: every typed address gets its record in
 * the same write that stores it (or before), never after.
 */
import { createHash } from 'node:crypto';

/** Who put an address into the system. */
export type AddressSource = 'secretariat-config' | 'register' | 'secretariat' | 'municipality';

/** What the confirmation store holds about an address. */
export type AddressStatus = 'pending' | 'confirmed' | 'trusted';

/** How long a confirmation code is valid: a victim's mailbox gets at most one per this period and address. */
export const CONFIRMATION_TOKEN_HOURS = 72;

/** Addresses are compared and stored lower-case, without surrounding blanks. */
export function normaliseAddress(address: string): string {
  return address.trim().toLowerCase();
}

/** Whether an address from this source may be written to at once. */
export function trustOf(source: AddressSource): 'trusted' | 'typed' {
  return source === 'municipality' ? 'typed' : 'trusted';
}

/** The source of an address entered through the API, from the caller's role. */
export function sourceOfCaller(role: string): AddressSource {
  return role === 'municipality' ? 'municipality' : 'secretariat';
}

/**
 * Whether mail to `address` must wait for its owner's confirmation: only a typed address
 * still pending, and never the secretariat's own.
 */
export function awaitsConfirmation(address: string, record: { readonly status: AddressStatus } | undefined, secretariatAddress: string): boolean {
  if (normaliseAddress(address) === normaliseAddress(secretariatAddress)) return false;
  return record?.status === 'pending';
}

/** When a confirmation code issued at `issuedAt` stops working. */
export function confirmationExpiry(issuedAt: Date, hours = CONFIRMATION_TOKEN_HOURS): string {
  return new Date(issuedAt.getTime() + hours * 3_600_000).toISOString();
}

/** What a confirmation code presented at `now` is: still valid, already used, or expired. */
export function tokenState(token: { readonly expiresAt: string; readonly usedAt?: string | undefined }, now: Date): 'valid' | 'used' | 'expired' {
  if (token.usedAt) return 'used';
  return now.getTime() < Date.parse(token.expiresAt) ? 'valid' : 'expired';
}

/**
 * Whether a new confirmation message may go to a pending address: only when none is live, so
 * typing the same address again and again sends one message per code lifetime, not a flood.
 */
export function mayRequestConfirmation(record: { readonly status: AddressStatus; readonly tokenExpiresAt?: string | undefined } | undefined, now: Date): boolean {
  if (record?.status !== 'pending') return false;
  return !record.tokenExpiresAt || Date.parse(record.tokenExpiresAt) <= now.getTime();
}

/** What the confirmation store holds about an address. */
export interface EmailAddressRecord {
  readonly address: string;
  readonly status: AddressStatus;
  readonly tokenHash?: string;
  readonly tokenExpiresAt?: string;
  /** How many confirmation messages were issued to it. */
  readonly requests?: number;
  readonly confirmedAt?: string;
  /** Ids of the notifications held until it is confirmed. */
  readonly held?: ReadonlySet<string>;
  readonly updatedAt: string;
}

/** A confirmation code as stored (by its hash: the code itself is never stored). */
export interface ConfirmationToken {
  readonly address: string;
  readonly expiresAt: string;
  readonly usedAt?: string;
}

/** The code's SHA-256: what the store keeps and looks codes up by. */
export const tokenHashOf = (token: string) => createHash('sha256').update(token).digest('hex');
