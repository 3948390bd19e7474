import { describe, expect, it } from 'vitest';
import { checkUpload, type UploadRow } from '../../../shared/absence/commands.ts';
import type { AbsenceFigure } from '../../../shared/absence/model.ts';
import { parseWarningId, plausibilityWarnings, PLAUSIBILITY_RULES, warningId, type PlausibilityRule } from '../../../shared/absence/plausibility.ts';

const UPLOAD = '2007-10-15T10:15:00.000Z#3f2a9c1b0d4e';
const row = (period: string, lostDays: number, agreedDays: number, extra: Partial<UploadRow> = {}): UploadRow => ({ municipalityNumber: '1721', period, lostDays, agreedDays, ...extra });
const stored = (period: string, scope: AbsenceFigure['scope'], lostDays: number, agreedDays: number, headcount?: number): AbsenceFigure => ({
  period,
  scope,
  lostDays,
  agreedDays,
  ...(headcount !== undefined ? { headcount } : {}),
});
const warn = (rows: UploadRow[], before: AbsenceFigure[] = []) => plausibilityWarnings(UPLOAD, checkUpload(rows), new Map([['1721', before]]));
const rules = (rows: UploadRow[], before: AbsenceFigure[] = [], rule?: PlausibilityRule) => warn(rows, before).filter((w) => !rule || w.rule === rule);

describe('a percentage over 25', () => {
  it('exactly 25 % is no warning, 25.01 % is', () => {
    expect(rules([row('2007Q1', 2500, 10_000)], [], 'percentage-over-limit')).toEqual([]);
    const [w] = rules([row('2007Q1', 2501, 10_000)], [], 'percentage-over-limit');
    expect(w).toMatchObject({ rule: 'percentage-over-limit', municipalityNumber: '1721', period: '2007Q1', scope: 'total', row: 1, column: 'lostDays', pointer: '/rows/0/lostDays', status: 'open' });
    expect(w!.detail).toContain('25.01 %');
  });

  it('checks every row, a sector and a unit as well as the total, naming its row', () => {
    const found = rules([row('2007Q1', 100, 10_000), row('2007Q1', 300, 1_000, { sector: 'care' }), row('2007Q1', 40, 100, { unit: 'Sjukeheimen', headcount: 2 })], [], 'percentage-over-limit');
    expect(found.map((w) => [w.row, w.scope])).toEqual([
      [2, 'sector:care'],
      [3, 'unit:Sjukeheimen'],
    ]);
  });
});

describe('a change from the same quarter a year earlier', () => {
  // 2006Q1 stored at 8 %; 2007Q1 uploaded.
  const before = [stored('2006Q1', 'total', 800, 10_000)];
  it('3.00 points is no warning, 3.01 is', () => {
    expect(rules([row('2007Q1', 1100, 10_000)], before, 'year-over-year-change')).toEqual([]);
    const [w] = rules([row('2007Q1', 1101, 10_000)], before, 'year-over-year-change');
    expect(w).toMatchObject({ row: 1, period: '2007Q1', column: 'lostDays' });
    expect(w!.detail).toBe('2007Q1 has 11.01 % against 8 % in 2006Q1: a change of 3.01 percentage points, more than 3.');
  });

  it('a fall counts as a rise does', () => {
    expect(rules([row('2007Q1', 499, 10_000)], before, 'year-over-year-change')).toHaveLength(1);
    expect(rules([row('2007Q1', 500, 10_000)], before, 'year-over-year-change')).toHaveLength(0);
  });

  it('compares quarterly totals from summed days: months of the upload against a stored sum of sectors', () => {
    const sectors = [stored('2006Q1', 'sector:care', 400, 5_000), stored('2006Q1', 'sector:school', 400, 5_000)];
    const months = ['2007-01', '2007-02', '2007-03'].map((m) => row(m, 400, 3_000, { headcount: 60 }));
    // 1200 / 9000 = 13.33 % against 8 %: 5.33 points.
    const [w] = rules(months, sectors, 'year-over-year-change');
    expect(w).toMatchObject({ row: 1, period: '2007-01' });
    expect(w!.detail).toContain('5.33 percentage points');
  });

  it('an upload of the earlier year is compared with the stored later one; both in one upload, once', () => {
    expect(rules([row('2006Q1', 800, 10_000)], [stored('2007Q1', 'total', 1200, 10_000)], 'year-over-year-change')).toMatchObject([{ row: 1, period: '2006Q1' }]);
    expect(rules([row('2006Q1', 800, 10_000), row('2007Q1', 1200, 10_000)], [], 'year-over-year-change')).toMatchObject([{ row: 2, period: '2007Q1' }]);
  });

  it('uses the upload’s figure where it replaces a stored one', () => {
    expect(rules([row('2006Q1', 1000, 10_000), row('2007Q1', 1200, 10_000)], before, 'year-over-year-change')).toEqual([]);
  });

  it('a unit alone changes no total: no warning about the totals stored', () => {
    expect(rules([row('2007Q1', 1, 100, { unit: 'Skolen', headcount: 2 })], [...before, stored('2007Q1', 'total', 1500, 10_000)], 'year-over-year-change')).toEqual([]);
  });
});

describe('agreed days per person', () => {
  it('40 and 70 a quarter are plausible; 39.99 and 70.01 are not', () => {
    expect(rules([row('2007Q1', 10, 4_000, { headcount: 100 }), row('2007Q2', 10, 7_000, { headcount: 100 })], [], 'agreed-days-per-person')).toEqual([]);
    const found = rules([row('2007Q1', 10, 3_999, { headcount: 100 }), row('2007Q2', 10, 7_001, { headcount: 100 })], [], 'agreed-days-per-person');
    expect(found.map((w) => [w.row, w.column])).toEqual([
      [1, 'agreedDays'],
      [2, 'agreedDays'],
    ]);
    expect(found[0]!.detail).toBe('3999 agreed days for 100 persons is 40 per person; a full-time person has 40-70 in a quarter.');
  });

  it('a month holds a third: 13.33-23.33', () => {
    const month = (agreedDays: number) => rules([row('2007-01', 1, agreedDays, { headcount: 300 })], [], 'agreed-days-per-person');
    expect(month(4_000)).toEqual([]); // 13.33
    expect(month(7_000)).toEqual([]); // 23.33
    expect(month(3_999)).toHaveLength(1);
    expect(month(7_001)).toHaveLength(1);
  });

  it('without a headcount, nothing to check', () => {
    expect(rules([row('2007Q1', 10, 100)], [], 'agreed-days-per-person')).toEqual([]);
  });
});

describe('sectors against the total', () => {
  const four = (care: number) => [
    row('2007Q1', 100, care, { sector: 'care' }),
    row('2007Q1', 100, 2_500, { sector: 'kindergarten' }),
    row('2007Q1', 100, 2_500, { sector: 'school' }),
    row('2007Q1', 100, 2_500, { sector: 'other' }),
  ];
  it('1 % off is no warning; more than 1 % is, on the total’s row and the column that differs', () => {
    // total 10,000 agreed; sectors sum to 10,100 (1 %) or 10,101 (1.01 %).
    expect(rules([row('2007Q1', 400, 10_000), ...four(2_600)], [], 'sectors-differ-from-total')).toEqual([]);
    const [w] = rules([row('2007Q1', 400, 10_000), ...four(2_601)], [], 'sectors-differ-from-total');
    expect(w).toMatchObject({ row: 1, scope: 'total', column: 'agreedDays' });
    expect(w!.detail).toBe("The four sectors of 2007Q1 sum to 10101 agreed days against the total's 10000: 1.01 % over it, more than 1 %.");
    // Under as well as over.
    expect(rules([row('2007Q1', 400, 10_000), ...four(2_399)], [], 'sectors-differ-from-total')).toHaveLength(1);
    expect(rules([row('2007Q1', 400, 10_000), ...four(2_400)], [], 'sectors-differ-from-total')).toHaveLength(0);
  });

  it('some sectors only may sum to less than the total, never to more', () => {
    expect(rules([row('2007Q1', 400, 10_000), row('2007Q1', 100, 5_000, { sector: 'care' })], [], 'sectors-differ-from-total')).toEqual([]);
    expect(rules([row('2007Q1', 400, 10_000), row('2007Q1', 404, 10_101, { sector: 'care' })], [], 'sectors-differ-from-total')).toMatchObject([{ row: 1 }]);
  });

  it('sectors uploaded against a stored total: on the first sector’s row', () => {
    expect(rules(four(2_601).slice(0), [stored('2007Q1', 'total', 400, 10_000)], 'sectors-differ-from-total')).toMatchObject([{ row: 1, scope: 'sector:care' }]);
  });

  it('a stored mismatch the upload does not touch is not this upload’s warning', () => {
    const before = [stored('2006Q1', 'total', 400, 10_000), stored('2006Q1', 'sector:care', 400, 20_000)];
    expect(rules([row('2006Q2', 400, 10_000)], before, 'sectors-differ-from-total')).toEqual([]);
  });
});

describe('a gap of missing quarters', () => {
  it('no quarter missing: none; one quarter missing: a warning on the row after it', () => {
    expect(rules([row('2007Q2', 400, 10_000)], [stored('2007Q1', 'total', 400, 10_000)], 'quarter-gap')).toEqual([]);
    const [w] = rules([row('2007Q3', 400, 10_000)], [stored('2007Q1', 'total', 400, 10_000)], 'quarter-gap');
    expect(w).toMatchObject({ row: 1, column: 'period', period: '2007Q3', pointer: '/rows/0/period' });
    expect(w!.detail).toBe('No figures for 2007Q2, between 2007Q1 and 2007Q3.');
  });

  it('across a year, and within the upload itself', () => {
    const [w] = rules([row('2006Q4', 400, 10_000), row('2007Q3', 400, 10_000)], [], 'quarter-gap');
    expect(w).toMatchObject({ row: 2 });
    expect(w!.detail).toBe('No figures for 2007Q1-2007Q2 (2 quarters), between 2006Q4 and 2007Q3.');
  });

  it('an upload before a stored quarter with a gap between them; both gaps of one row are one warning', () => {
    const before = [stored('2007Q1', 'total', 400, 10_000), stored('2008Q1', 'total', 400, 10_000)];
    const found = rules([row('2007Q3', 400, 10_000)], before, 'quarter-gap');
    expect(found).toHaveLength(1);
    expect(found[0]!.detail).toBe('No figures for 2007Q2, between 2007Q1 and 2007Q3. No figures for 2007Q4, between 2007Q3 and 2008Q1.');
  });

  it('an old gap between stored quarters is not this upload’s', () => {
    expect(rules([row('2008Q2', 400, 10_000)], [stored('2007Q1', 'total', 400, 10_000), stored('2008Q1', 'total', 400, 10_000)], 'quarter-gap')).toEqual([]);
  });
});

describe('warnings', () => {
  it('plausible figures give none', () => {
    expect(warn([row('2007Q1', 800, 10_000, { headcount: 180 }), row('2007Q2', 780, 10_100, { headcount: 180 })], ['2006Q1', '2006Q2', '2006Q3', '2006Q4'].map((q) => stored(q, 'total', 820, 10_000)))).toEqual([]);
  });

  it('are per municipality in a bulk upload, each against its own stored figures', () => {
    const rows = [row('2007Q1', 1100, 10_000), { ...row('2007Q1', 1100, 10_000), municipalityNumber: '1719' }];
    const found = plausibilityWarnings(UPLOAD, checkUpload(rows), new Map([['1721', [stored('2006Q1', 'total', 800, 10_000)]], ['1719', [stored('2006Q1', 'total', 700, 10_000)]]]));
    expect(found.filter((w) => w.rule === 'year-over-year-change').map((w) => [w.municipalityNumber, w.row])).toEqual([['1719', 2]]);
  });

  it('have stable ids from upload, municipality, row and rule, which parse back', () => {
    const rows = [row('2007Q1', 3000, 10_000)];
    const [a] = warn(rows);
    const [b] = warn(rows);
    expect(a!.id).toBe(b!.id);
    expect(a!.id).toBe('20071015T101500000Z-3f2a9c1b0d4e-1721-1-percentage-over-limit');
    expect(parseWarningId(a!.id)).toEqual({ uploadId: UPLOAD, municipalityNumber: '1721', row: 1, rule: 'percentage-over-limit' });
    expect(warningId(UPLOAD, '1721', 1, 'quarter-gap')).not.toBe(a!.id);
    expect(parseWarningId('20071015T101500000Z-3f2a9c1b0d4e-1721-1-no-such-rule')).toBeUndefined();
    expect(parseWarningId('../../etc')).toBeUndefined();
  });

  it('keep their limits in one place', () => {
    expect(PLAUSIBILITY_RULES).toEqual({ maxPercentage: 25, maxYearOverYearPoints: 3, agreedDaysPerPersonPerQuarter: { min: 40, max: 70 }, maxSectorSumDifferencePercent: 1 });
  });
});
