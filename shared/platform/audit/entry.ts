/**
 * What an audit entry says, built without I/O: who (the principal of the request, or the
 * function an event or schedule ran), what (the events the write caused, or the operation),
 * which resources (the partitions it wrote), when, and the correlation id. The storage items
 * are built here too (one per resource), so the rule is tested without a table.
 */
import type { Principal } from '../auth/principal.ts';
import { utcDay } from '../dates.ts';
import { auditKeys } from './design.ts';

/**
 * Who did it, as the audit records it: the identifiers the access check used (no name: a
 * person's name lives in the people register, and an entry is kept for years).
 */
export interface AuditActor {
  readonly kind: 'staff' | 'person' | 'machine' | 'system';
  /** The token's subject (a person's Cognito sub, a machine's client_id), or `function:<name>` for the system. */
  readonly subject: string;
  readonly personId?: string;
  /** A person's role(s) or a machine client's scopes, as the access check saw them. */
  readonly roles?: readonly string[];
  readonly municipalityNumber?: string;
  /** A machine client: the organisation its token was issued to, and the vendor acting for it. */
  readonly organisationNumber?: string;
  readonly supplier?: string;
}

/** The ambient facts of one request or event: who, through what, and its correlation id. */
export interface AuditContext {
  readonly actor: AuditActor;
  /** `METHOD /path` of the route, or `function:<name>` of an event, schedule or AWS event function. */
  readonly action: string;
  readonly correlationId: string;
}

export interface AuditEntry extends AuditContext {
  readonly id: string;
  /** ISO 8601, milliseconds, UTC. */
  readonly at: string;
  /** The event types the write caused, in order; or the operation when it caused none (`write`, `read:absence-figures`). */
  readonly what: readonly string[];
  /** `<kind>:<id>` of every partition it wrote (`application:<id>`, `municipality:1721`), first the main one. */
  readonly resources: readonly string[];
}

export function actorOf(principal: Principal): AuditActor {
  switch (principal.kind) {
    case 'staff':
      return defined({ kind: 'staff', subject: principal.subject, personId: principal.personId, roles: [principal.role] });
    case 'person':
      return defined({ kind: 'person', subject: principal.subject, personId: principal.personId, roles: principal.roles, municipalityNumber: principal.municipalityNumber });
    case 'machine':
      return defined({
        kind: 'machine',
        subject: principal.subject,
        roles: principal.scopes,
        municipalityNumber: principal.municipalityNumber,
        organisationNumber: principal.organisationNumber,
        supplier: principal.supplier,
      });
  }
}

/** A function started by an event, a schedule or AWS: the system acting, named by the function. */
export function systemActor(functionName: string): AuditActor {
  return { kind: 'system', subject: `function:${functionName}` };
}

/** A public route (nobody signed in: an address owner confirming with a code). */
export const anonymousActor: AuditActor = { kind: 'system', subject: 'anonymous' };

/**
 * The resource a programme-table key belongs to: its partition, `APPLICATION#<id>` →
 * `application:<id>`, `EMAIL_CONFIRMATION#<hash>` → `email-confirmation:<hash>`. A partition is
 * the aggregate (a cohort's gatherings and guard items are the cohort's; a municipality's target
 * status is the municipality's), so a resource's history is its partition's.
 */
export function resourceOf(pk: string): string {
  const hash = pk.indexOf('#');
  if (hash < 0) return pk.toLowerCase().replaceAll('_', '-');
  return `${pk.slice(0, hash).toLowerCase().replaceAll('_', '-')}:${pk.slice(hash + 1)}`;
}

/** Outbox items are the events (named in `what`), not resources of their own. */
const OUTBOX_PREFIX = 'OUTBOX#';

/** The distinct resources of the changed keys (condition checks change nothing), in order. */
export function resourcesOf(changedPartitions: readonly string[]): string[] {
  return [...new Set(changedPartitions.filter((pk) => !pk.startsWith(OUTBOX_PREFIX)).map(resourceOf))];
}

/** The entry's expiry (DynamoDB TTL, epoch seconds): `years` calendar years after it was written. */
export function expiryOf(at: string, years: number): number {
  const date = new Date(at);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return Math.floor(date.getTime() / 1000);
}

/** The key under which queries by person (or subject, without a person) find an actor's entries. */
export function actorKeyOf(actor: AuditActor): string {
  return auditKeys.actor(actor.personId ?? actor.subject);
}

/**
 * The items that store an entry: one per resource (at most `maxItems`; the first carries the
 * index keys by actor and by day, so those queries see each entry once). Resources past
 * `maxItems` are listed in every item's `resources` but have no partition of their own. An
 * entry of no resource (a refused read) is stored under `none`.
 */
export function auditItems(entry: AuditEntry, retentionYears: number, maxItems: number): Record<string, unknown>[] {
  const resources = entry.resources.length > 0 ? entry.resources : ['none'];
  const sk = auditKeys.at(entry.at, entry.id);
  const body = { ...entry, expiration: expiryOf(entry.at, retentionYears) };
  return resources.slice(0, Math.max(1, maxItems)).map((resource, index) => ({
    pk: auditKeys.resource(resource),
    sk,
    ...body,
    ...(index === 0 ? { actorKey: actorKeyOf(entry.actor), dayKey: auditKeys.day(utcDay(entry.at)), atKey: sk } : {}),
  }));
}

/** Drops undefined fields: DynamoDB's marshaller refuses them, and an entry says only what is known. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
