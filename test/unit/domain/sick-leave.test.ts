import { describe, expect, it } from 'vitest';
import {
  monthsOf,
  percentage,
  quarterEnd,
  quarterOf,
  quarterlyTotals,
  rollingFourQuarters,
  round,
  shiftQuarter,
  sumDays,
  type AbsenceFigure,
} from '../../../shared/absence/model.ts';

const q = (period: string, lostDays: number, agreedDays: number, scope: AbsenceFigure['scope'] = 'total'): AbsenceFigure => ({ period, scope, lostDays, agreedDays });

describe('percentage', () => {
  it.each([
    [{ lostDays: 98, agreedDays: 1000 }, 9.8],
    [{ lostDays: 0, agreedDays: 1000 }, 0],
    [{ lostDays: 1, agreedDays: 3 }, 33.3333],
  ])('%j is %f %%', (days, expected) => {
    expect(round(percentage(days)!, 4)).toBe(expected);
  });

  it('is undefined with no agreed days', () => {
    expect(percentage({ lostDays: 0, agreedDays: 0 })).toBeUndefined();
  });
});

describe('aggregation from summed days', () => {
  // Care: 120 of 1000 days lost (12 %); school: 10 of 100 days (10 %).
  const care = { lostDays: 120, agreedDays: 1000 };
  const school = { lostDays: 10, agreedDays: 100 };

  it('is 130 / 1100 = 11.82 %, not the mean of percentages (11 %)', () => {
    const weighted = percentage(sumDays([care, school]))!;
    const meanOfPercentages = (percentage(care)! + percentage(school)!) / 2;
    expect(round(weighted)).toBe(11.82);
    expect(meanOfPercentages).toBe(11);
    expect(round(weighted)).not.toBe(round(meanOfPercentages));
  });

  it('sums a network of municipalities the same way', () => {
    const network = [{ lostDays: 500, agreedDays: 5000 }, { lostDays: 60, agreedDays: 1000 }, { lostDays: 90, agreedDays: 1000 }];
    expect(sumDays(network)).toEqual({ lostDays: 650, agreedDays: 7000 });
    expect(round(percentage(sumDays(network))!)).toBe(9.29);
  });
});

describe('periods', () => {
  it.each([
    ['2008Q1', '2008Q1'],
    ['2008-01', '2008Q1'],
    ['2008-03', '2008Q1'],
    ['2008-04', '2008Q2'],
    ['2008-12', '2008Q4'],
  ])('%s is in %s', (period, quarter) => {
    expect(quarterOf(period)).toBe(quarter);
  });

  it('shifts across years and knows quarter ends', () => {
    expect(shiftQuarter('2008Q1', 1)).toBe('2007Q4');
    expect(shiftQuarter('2008Q1', 4)).toBe('2007Q1');
    expect(shiftQuarter('2007Q4', -1)).toBe('2008Q1');
    expect(quarterEnd('2008Q1')).toBe('2008-03-31');
    expect(quarterEnd('2008Q4')).toBe('2008-12-31');
    expect(monthsOf('2008Q2')).toEqual(['2008-04', '2008-05', '2008-06']);
  });
});

describe('quarterlyTotals', () => {
  it('prefers the quarterly total, else sums the sectors', () => {
    const totals = quarterlyTotals([
      q('2008Q1', 100, 1000),
      q('2008Q1', 70, 600, 'sector:care'),
      q('2008Q2', 50, 500, 'sector:care'),
      q('2008Q2', 20, 400, 'sector:school'),
    ]);
    expect(totals.get('2008Q1')).toEqual({ lostDays: 100, agreedDays: 1000 });
    expect(totals.get('2008Q2')).toEqual({ lostDays: 70, agreedDays: 900 });
  });

  it('builds a quarter from three complete months, never from two', () => {
    const totals = quarterlyTotals([q('2008-01', 30, 300), q('2008-02', 25, 280), q('2008-03', 28, 310), q('2008-04', 20, 300), q('2008-05', 20, 300)]);
    expect(totals.get('2008Q1')).toEqual({ lostDays: 83, agreedDays: 890 });
    expect(totals.has('2008Q2')).toBe(false);
  });

  it('never adds units into the total', () => {
    const totals = quarterlyTotals([q('2008Q1', 50, 500, 'sector:care'), q('2008Q1', 20, 100, 'unit:Verdalsøra sykehjem')]);
    expect(totals.get('2008Q1')).toEqual({ lostDays: 50, agreedDays: 500 });
    expect(quarterlyTotals([q('2008Q1', 20, 100, 'unit:x')]).size).toBe(0);
  });
});

describe('rollingFourQuarters', () => {
  // A seasonal year: Q1 highest, Q3 lowest.
  const year = new Map([
    ['2007Q2', { lostDays: 90, agreedDays: 1000 }],
    ['2007Q3', { lostDays: 70, agreedDays: 1000 }],
    ['2007Q4', { lostDays: 95, agreedDays: 1000 }],
    ['2008Q1', { lostDays: 110, agreedDays: 1000 }],
  ]);

  it('sums the four quarters ending with the given one', () => {
    expect(rollingFourQuarters(year, '2008Q1')).toEqual({ lostDays: 365, agreedDays: 4000 });
    expect(round(percentage(rollingFourQuarters(year, '2008Q1')!)!)).toBe(9.13);
  });

  it('needs all four', () => {
    expect(rollingFourQuarters(year, '2008Q2')).toBeUndefined();
    expect(rollingFourQuarters(year, '2007Q4')).toBeUndefined();
  });
});
