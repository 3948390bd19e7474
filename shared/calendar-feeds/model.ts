/**
 * Calendar feeds: iCalendar (RFC 5545) subscriptions to a cohort's, a network's or a
 * municipality's calendar, for calendar clients that cannot send a bearer token. Each subscriber
 * creates its own feed; its URL carries a random secret, of which only the SHA-256 is stored
 * (as with the confirmation codes and unsubscribe tokens). The owner lists, rotates and deletes
 * its feeds. A feed shows nothing its owner could not read through the API: at every read the
 * owner's login is resolved again (the access directory) and the scope checked against it, so a
 * deactivated person's or a moved advisor's feed stops answering at once.
 *
 * Entity types and pure rules; no AWS.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Principal } from '../platform/auth/principal.ts';
import { mayActFor, PROJECT_READERS } from '../platform/auth/principal.ts';

export const FEED_SCOPES = ['cohort', 'network', 'municipality'] as const;
export type FeedScope = (typeof FEED_SCOPES)[number];

/** One subscriber's feed, as stored (never its secret). */
export interface CalendarFeed {
  readonly id: string;
  readonly scope: FeedScope;
  /** The cohort's id, the network's id or the municipality's number. */
  readonly scopeId: string;
  /** A network's cohort (networks live in their cohort's partition); absent for the other scopes. */
  readonly cohortId?: string | undefined;
  /** What the calendar is called in the client: the cohort's, network's or municipality's name. */
  readonly name: string;
  /** The owner's login subject: what the access directory resolves at every read. */
  readonly ownerSubject: string;
  readonly ownerPersonId: string;
  /** SHA-256 (hex) of the live secret. */
  readonly secretHash: string;
  readonly createdAt: string;
  /** When the secret was last replaced (absent: never). */
  readonly rotatedAt?: string | undefined;
}

/** At most this many feeds per person: a feed is cheap, but each one is a standing read. */
export const MAX_FEEDS_PER_OWNER = 20;

/** A feed secret: 32 random bytes, base64url (43 characters). */
export const newFeedSecret = (): string => randomBytes(32).toString('base64url');
export const FEED_SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The secret's SHA-256: what the store keeps and looks feeds up by. */
export const feedSecretHash = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** The path of a feed's calendar: `/calendar/<secret>.ics`. */
export const calendarPath = (secret: string): string => `/calendar/${secret}.ics`;

/** The roles that may hold a feed: whoever reads a calendar through the API (a figures uploader alone does not; machine clients do not). */
export const FEED_HOLDERS = ['secretariat', 'advisor', 'evaluator', ...PROJECT_READERS] as const;

/** What the store knows about a scope, for the access rule (read by the caller; absent when it does not exist). */
export interface ScopeFacts {
  /** A cohort: the advisors of its networks (their person ids); whether the principal's municipality participates. */
  readonly cohort?: { readonly advisorIds: readonly string[]; readonly participates: boolean };
  /** A network: its advisor and members. */
  readonly network?: { readonly advisorId: string; readonly members: readonly string[] };
  /** A municipality: that it is in the register. */
  readonly municipality?: { readonly number: string };
}

/**
 * Whether the principal may read the scope's calendar, as the API lets it:
 * - a cohort: the secretariat and evaluators (GET /gatherings shows them every calendar), the
 *   advisor of one of its networks, the people of a participating municipality;
 * - a network: the secretariat and evaluators, its advisor, the people of a member municipality;
 * - a municipality: its own people, the advisor of a network it is in, the secretariat (its
 *   report due dates are one municipality's data: never an evaluator's).
 * Narrower than GET /gatherings (which any project reader may call for any cohort): a feed is
 * a standing subscription, so it is kept to the calendars that are the subscriber's own.
 * A person must hold a role that reads the municipality's project (FEED_HOLDERS); a machine
 * client never holds a feed.
 */
export function mayReadScope(principal: Principal, scope: FeedScope, facts: ScopeFacts): boolean {
  if (principal.kind === 'machine') return false;
  if (principal.kind === 'person' && !principal.roles.some((role) => (FEED_HOLDERS as readonly string[]).includes(role))) return false;
  const staff = principal.kind === 'staff' ? principal.role : undefined;
  if (scope === 'cohort') {
    if (!facts.cohort) return false;
    if (staff === 'secretariat' || staff === 'evaluator') return true;
    if (staff === 'advisor') return principal.personId !== undefined && facts.cohort.advisorIds.includes(principal.personId);
    return facts.cohort.participates;
  }
  if (scope === 'network') {
    if (!facts.network) return false;
    if (staff === 'secretariat' || staff === 'evaluator') return true;
    if (staff === 'advisor') return principal.personId === facts.network.advisorId;
    if (staff) return false;
    return principal.kind === 'person' && facts.network.members.includes(principal.municipalityNumber);
  }
  if (!facts.municipality) return false;
  return mayActFor(principal, facts.municipality.number);
}

/**
 * The SEQUENCE of a report's due date in a feed: how often its due date was moved. The reports
 * model keeps it already: every move is a history entry with the new `dueDate` (the first entry,
 * the scheduling, names the first due date and is not a move), so it grows with each move and a
 * client replaces its copy.
 */
export function reportSequence(report: { readonly history: readonly { readonly dueDate?: string | undefined }[] }): number {
  return report.history.slice(1).filter((entry) => entry.dueDate !== undefined).length;
}
