/** Calendar feeds: the decisions of creating, rotating and deleting a feed. Pure: the handler reads, these decide. */
import type { Principal } from '../platform/auth/principal.ts';
import { refuse } from '../platform/refusal.ts';
import type { CalendarFeedRequest } from './contract.ts';
import { MAX_FEEDS_PER_OWNER, mayReadScope, type CalendarFeed, type ScopeFacts } from './model.ts';

/** What the handler read about the requested scope: its facts for the access rule, its name, a network's cohort. */
export interface ResolvedScope {
  readonly facts: ScopeFacts;
  readonly name: string | undefined;
  readonly cohortId?: string | undefined;
}

const unknownScope = (request: { scope: string; id: string }) => refuse.notFound(`No ${request.scope} ${request.id} whose calendar you may read`);

/**
 * A new feed for the caller, if it may read the scope through the API (otherwise "not found",
 * as the API answers a scope it may not see). Its owner must be a person of the programme: a
 * feed's access is checked against the owner's login at every read, and the operator's
 * bootstrap accounts have none.
 */
export function newFeed(
  request: CalendarFeedRequest,
  scope: ResolvedScope,
  principal: Principal,
  existing: number,
  context: { readonly id: string; readonly now: Date; readonly secretHash: string },
): CalendarFeed {
  if (principal.kind === 'machine' || principal.personId === undefined) {
    throw refuse.invalid('A calendar feed belongs to a person of the programme (its access is checked against the person’s login at every read); this account has no person record', [
      { pointer: '/scope', detail: 'Sign in as a person invited through POST /staff or POST /municipalities/{number}/people' },
    ]);
  }
  if (!scope.name || !mayReadScope(principal, request.scope, scope.facts)) throw unknownScope(request);
  if (existing >= MAX_FEEDS_PER_OWNER) throw refuse.conflict(`You have ${existing} calendar feeds, the most one person may have: delete one first (DELETE /calendar-feeds/{feedId})`);
  return {
    id: context.id,
    scope: request.scope,
    scopeId: request.id,
    ...(scope.cohortId ? { cohortId: scope.cohortId } : {}),
    name: scope.name,
    ownerSubject: principal.subject,
    ownerPersonId: principal.personId,
    secretHash: context.secretHash,
    createdAt: context.now.toISOString(),
  };
}

/** The caller's own feed, or "not found" (another person's feed is not shown to exist). */
export function ownFeed<T extends { readonly value: CalendarFeed }>(feed: T | undefined, principal: Principal, feedId: string): T {
  if (!feed || feed.value.ownerSubject !== principal.subject) throw refuse.notFound(`No calendar feed ${feedId} of yours`);
  return feed;
}

/** The feed with a new secret: the old URL stops working when it is stored. */
export function rotatedFeed(feed: CalendarFeed, secretHash: string, now: Date): CalendarFeed {
  return { ...feed, secretHash, rotatedAt: now.toISOString() };
}
