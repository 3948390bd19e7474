/**
 * Plausibility checks end to end: a CSV with implausible rows commits all the same, its receipt
 * lists each warning by row and column, a repeat answers the same ones, the secretariat finds
 * them in GET /absence-figures/warnings once the upload's event is handled, and checks one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiClient } from '../support/api-client.ts';
import { eventually } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const tokens: Record<string, string> = {};

beforeAll(async () => {
  stack = testStack();
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  tokens.verdal = await personToken(stack, { municipality: '1721', roles: ['figures-uploader'] });
});

// Data rows (1 = the first after the header):
// 1 plausible; 2 26 % (over 25); 3 after a missing 2006Q3; 4 12 % against 8 % a year earlier, and
// its care sector alone is more than the total; 5 that sector; 6 100 agreed days per person in a
// quarter, and 8 % against 26 % a year earlier.
const csv = [
  'period,sector,lostDays,agreedDays,headcount',
  '2006Q1,,800,10000,180',
  '2006Q2,,2600,10000,',
  '2006Q4,,800,10000,',
  '2007Q1,,1200,10000,',
  '2007Q1,care,100,10200,',
  '2007Q2,,800,10000,100',
].join('\n');

const expected = [
  { row: 2, rule: 'percentage-over-limit', column: 'lostDays', period: '2006Q2' },
  { row: 3, rule: 'quarter-gap', column: 'period', period: '2006Q4' },
  { row: 4, rule: 'sectors-differ-from-total', column: 'agreedDays', period: '2007Q1' },
  { row: 4, rule: 'year-over-year-change', column: 'lostDays', period: '2007Q1' },
  { row: 6, rule: 'agreed-days-per-person', column: 'agreedDays', period: '2007Q2' },
  // 8 % against 26 % a year earlier.
  { row: 6, rule: 'year-over-year-change', column: 'lostDays', period: '2007Q2' },
];

type Warning = { id: string; row: number; rule: string; status: string; checkedBy?: string; checkedAt?: string; note?: string };
const listed = async (query: string) => {
  const response = await api(`/absence-figures/warnings?${query}`, { token: tokens.secretariat });
  expect(response.status).toBe(200);
  return response.json.warnings as Warning[];
};

describe('plausibility warnings', () => {
  let warnings: Warning[];

  it('are in the receipt, each with its row and column, and the upload commits all the same', async () => {
    const upload = await api('/municipalities/1721/absence-figures', { method: 'POST', token: tokens.verdal, body: csv, headers: { 'content-type': 'text/csv' } });
    expect(upload.status).toBe(201);
    expect(upload.json).toMatchObject({ rows: 6, duplicate: false, warningCount: 6 });
    warnings = upload.json.warnings;
    expect((warnings as (Warning & { column: string; period: string })[]).map(({ row, rule, column, period }) => ({ row, rule, column, period }))).toEqual(expected);
    expect(warnings[0]).toMatchObject({ municipalityNumber: '1721', scope: 'total', pointer: '/rows/1/lostDays', status: 'open', detail: '26 % sick leave (2600 of 10000 agreed days) is over 25 %.' });
    await stack.settled();
    const figures = await api('/municipalities/1721/absence-figures', { token: tokens.secretariat });
    expect(figures.status).toBe(200);
    expect(JSON.stringify(figures.json)).toContain('2006Q2');
  });

  it('a repeat answers the same warnings', async () => {
    const again = await api('/municipalities/1721/absence-figures', { method: 'POST', token: tokens.verdal, body: csv, headers: { 'content-type': 'text/csv' } });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ duplicate: true, warningCount: 6, warnings });
  });

  it('the secretariat lists the open ones (all, and one municipality’s), paged', async () => {
    const open = await eventually(async () => {
      const found = await listed('status=open&municipalityNumber=1721');
      return found.length === 6 ? found : undefined;
    }, 30_000, 'the warnings listed');
    expect(open.map((w) => w.id)).toEqual(warnings.map((w) => w.id));
    expect((await listed('')).map((w) => w.id)).toEqual(warnings.map((w) => w.id));
    const first = await api('/absence-figures/warnings?limit=2', { token: tokens.secretariat });
    expect(first.json.warnings).toHaveLength(2);
    const second = await api(`/absence-figures/warnings?limit=10&cursor=${first.json.nextCursor}`, { token: tokens.secretariat });
    expect([...first.json.warnings, ...second.json.warnings].map((w: Warning) => w.id)).toEqual(warnings.map((w) => w.id));
    expect(second.json.nextCursor).toBeUndefined();
    expect((await api('/absence-figures/warnings?cursor=bm9wZQ', { token: tokens.secretariat })).status).toBe(422);
    expect((await listed('municipalityNumber=1719'))).toEqual([]);
  });

  it('and checks one: who and when recorded, once, and it leaves the open list', async () => {
    const id = warnings[0]!.id;
    const checked = await api(`/absence-figures/warnings/${id}/check`, { method: 'POST', token: tokens.secretariat, body: { note: 'Spurt kommunen: riktig tall' } });
    expect(checked.status).toBe(200);
    expect(checked.json).toMatchObject({ id, status: 'checked', note: 'Spurt kommunen: riktig tall', checkedBy: expect.any(String), checkedAt: expect.any(String) });
    const again = await api(`/absence-figures/warnings/${id}/check`, { method: 'POST', token: tokens.secretariat, body: {} });
    expect(again.status).toBe(200);
    expect(again.json).toEqual(checked.json);
    expect((await listed('status=open')).map((w) => w.id)).not.toContain(id);
    expect((await listed('status=checked')).map((w) => w.id)).toEqual([id]);
  });

  it('refuses an unknown warning and a malformed id (404, as every path parameter), and anyone but the secretariat', async () => {
    expect((await api('/absence-figures/warnings/20070101T000000000Z-000000000000-1721-1-quarter-gap/check', { method: 'POST', token: tokens.secretariat, body: {} })).status).toBe(404);
    expect((await api('/absence-figures/warnings/nope/check', { method: 'POST', token: tokens.secretariat, body: {} })).status).toBe(404);
    expect((await api('/absence-figures/warnings', { token: tokens.verdal })).status).toBe(403);
    expect((await api(`/absence-figures/warnings/${warnings[1]!.id}/check`, { method: 'POST', token: tokens.verdal, body: {} })).status).toBe(403);
  });
});

describe('a warning about a figure of fewer than five persons', () => {
  it('quotes the numbers to the municipality, and not in the secretariat’s list', async () => {
    const levanger = await personToken(stack, { municipality: '1719', roles: ['figures-uploader'] });
    const csv = ['period,unit,lostDays,agreedDays,headcount', '2008Q1,Skogn helsetun,60,200,4', '2008Q1,Levanger sykehjem,60,2000,40'].join('\n');
    const upload = await api('/municipalities/1719/absence-figures', { method: 'POST', token: levanger, body: csv, headers: { 'content-type': 'text/csv' } });
    expect(upload.status).toBe(201);
    const own = (upload.json.warnings as { rule: string; detail: string; row: number }[]).find((w) => w.row === 1 && w.rule === 'percentage-over-limit');
    expect(own?.detail).toContain('30 %');
    const listedWarning = await eventually(async () => (await listed('municipalityNumber=1719')).find((w) => w.row === 1 && w.rule === 'percentage-over-limit') as (Warning & { detail: string }) | undefined, 30_000, 'the small unit’s warning listed');
    expect(listedWarning.detail).toBe('A percentage over the limit: the figure is about fewer than 5 persons, so its numbers are shown only to the municipality');
    expect(JSON.stringify(await listed('municipalityNumber=1719'))).not.toMatch(/\b(60|200) /);
  });
});
