/** The audit route's query: one selection, a bounded range by time (422 naming the field and the limit), cursors the API gave. */
import { describe, expect, it } from 'vitest';
import { decodeAuditCursor, encodeAuditCursor, ListAuditEntriesQuery } from '../../../shared/audit/contract.ts';
import { daysOf, effectiveRange, MAX_AUDIT_RANGE_DAYS, rangeBound } from '../../../shared/audit/model.ts';

const issues = (query: Record<string, string>) => {
  const parsed = ListAuditEntriesQuery.safeParse(query);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('GET /audit-entries query', () => {
  it('takes a resource, a person or a subject, with or without a range', () => {
    expect(issues({ resource: 'municipality:1721' })).toEqual([]);
    expect(issues({ personId: 'p-1', from: '2026-01-01', to: '2026-12-31' })).toEqual([]);
    expect(issues({ subject: 'function:sendDecisionLetter' })).toEqual([]);
  });

  it('takes a range by time of at most the limit, and refuses a longer one naming `to` and the limit', () => {
    expect(issues({ from: '2026-12-01', to: '2026-12-31' })).toEqual([]);
    expect(issues({ from: '2026-11-01T00:00:00Z', to: '2026-12-02T00:00:00Z' })).toEqual([]);
    expect(issues({ from: '2026-11-01', to: '2026-12-02' })).toEqual([{ path: 'to', message: `A query by time spans at most ${MAX_AUDIT_RANGE_DAYS} days; ask for a longer range in parts` }]);
  });

  it('reads the last day by time when no range is given, refuses an open range reaching further back, and takes one selection only', () => {
    expect(issues({})).toEqual([]);
    expect(issues({ from: '2020-01-01' }).map((i) => i.path)).toEqual(['from']);
    expect(effectiveRange({}, true, new Date('2026-12-02T06:00:00.000Z'))).toEqual({ from: '2026-12-01T06:00:00.000Z', to: '2026-12-02T06:00:00.000Z' });
    expect(effectiveRange({}, false, new Date())).toEqual({});
    expect(issues({ resource: 'application:a', personId: 'p' })).toEqual([{ path: 'personId', message: 'Give one of resource, personId or subject, not resource and personId' }]);
  });

  it('refuses a range that ends before it starts, and a malformed instant alone', () => {
    expect(issues({ from: '2026-12-02', to: '2026-12-01' })).toEqual([{ path: 'to', message: 'to must be after from' }]);
    expect(issues({ from: '2026-13-01', to: '2026-12-01' }).map((i) => i.path)).toEqual(['from']);
  });

  it('refuses a resource not shaped <kind>:<id> and a cursor it did not give', () => {
    expect(issues({ resource: 'Application abc' }).map((i) => i.path)).toEqual(['resource']);
    expect(issues({ resource: 'application:a', cursor: 'bzEw' }).map((i) => i.path)).toEqual(['cursor']);
    const key = '2026-12-02T05:50:12.345Z#6f1c2d3e-0000-4000-8000-000000000001';
    expect(decodeAuditCursor(encodeAuditCursor(key))).toBe(key);
    expect(issues({ resource: 'application:a', cursor: encodeAuditCursor(key) })).toEqual([]);
  });
});

describe('ranges', () => {
  it('read a day given alone as the whole day', () => {
    expect(rangeBound('2026-12-02', 'from')).toBe('2026-12-02T00:00:00.000Z');
    expect(rangeBound('2026-12-02', 'to')).toBe('2026-12-03T00:00:00.000Z');
    expect(rangeBound('2026-12-02T07:00:00+01:00', 'to')).toBe('2026-12-02T06:00:00.000Z');
  });

  it('touch the days from the start to the (exclusive) end', () => {
    expect(daysOf({ from: '2026-11-30T23:00:00.000Z', to: '2026-12-02T00:00:00.000Z' })).toEqual(['2026-11-30', '2026-12-01']);
    expect(daysOf({ from: '2026-12-01T00:00:00.000Z', to: '2026-12-01T00:00:01.000Z' })).toEqual(['2026-12-01']);
  });
});
