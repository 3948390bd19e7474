/**
 * The audit log as the secretariat reads it: entries found by resource, by person (or the
 * subject of a machine client or bootstrap account) or by time. The entries themselves are the
 * platform's (shared/platform/audit/): every capability writes them through the table; this
 * capability only reads.
 */
export type { AuditActor, AuditEntry } from '../platform/audit/entry.ts';

/** A query by time reads one day partition per day, so its range is bounded; larger ranges are asked for in parts. */
export const MAX_AUDIT_RANGE_DAYS = 31;

const DAY_MS = 24 * 3600 * 1000;

/** What to read: exactly one of a resource, a person or a subject, or none (by time, within `from`..`to`). */
export type AuditSelection = { readonly by: 'resource'; readonly resource: string } | { readonly by: 'actor'; readonly actor: string } | { readonly by: 'time' };

/** An instant range [from, to): ISO 8601 in UTC, milliseconds, as entries' `at`. */
export interface AuditRange {
  readonly from: string;
  readonly to: string;
}

/** A day given alone means the whole day: `from` its start, `to` the end (the next day's start). */
export function rangeBound(value: string, side: 'from' | 'to'): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(Date.parse(`${value}T00:00:00Z`) + (side === 'to' ? DAY_MS : 0)).toISOString();
  return new Date(value).toISOString();
}

/** The days (yyyy-mm-dd, UTC) a range touches, in order. */
export function daysOf(range: AuditRange): string[] {
  const days: string[] = [];
  const end = Date.parse(range.to);
  for (let day = Date.parse(range.from.slice(0, 10) + 'T00:00:00Z'); day < end; day += DAY_MS) days.push(new Date(day).toISOString().slice(0, 10));
  return days;
}

/** True when the range spans more than the limit. */
export function tooLong(range: AuditRange, maxDays = MAX_AUDIT_RANGE_DAYS): boolean {
  return Date.parse(range.to) - Date.parse(range.from) > maxDays * DAY_MS;
}

/** The query's range as read: for a query by time without bounds, the day up to now; a resource or actor query is bounded only where asked. */
export function effectiveRange(query: { readonly from?: string | undefined; readonly to?: string | undefined }, byTime: boolean, now: Date): Partial<AuditRange> {
  const to = query.to ? rangeBound(query.to, 'to') : byTime ? now.toISOString() : undefined;
  const from = query.from ? rangeBound(query.from, 'from') : byTime ? new Date(Date.parse(to!) - DAY_MS).toISOString() : undefined;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
