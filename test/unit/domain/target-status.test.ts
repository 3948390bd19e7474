import { describe, expect, it } from 'vitest';
import type { Days } from '../../../shared/absence/model.ts';
import { AT_RISK_MARGIN, assessTarget, disclosedAssessment, trajectory, type SickLeaveTarget } from '../../../shared/target-status/model.ts';

// Baseline 10 % in 2006; target 8 % by 2008-12-31: the line falls 1 point a year.
const target: SickLeaveTarget = { baselineYear: 2006, baselinePercentage: 10, targetPercentage: 8, targetDate: '2008-12-31' };

/** Four quarters ending with `last`, each at `pct` % (1000 agreed days each). */
function rolling(last: string, pct: number): Map<string, Days> {
  const [year, q] = [Number(last.slice(0, 4)), Number(last.slice(5))];
  const quarters = [0, 1, 2, 3].map((n) => {
    const index = year * 4 + q - 1 - n;
    return `${Math.floor(index / 4)}Q${(index % 4) + 1}`;
  });
  return new Map(quarters.map((quarter) => [quarter, { lostDays: pct * 10, agreedDays: 1000 }]));
}

describe('trajectory', () => {
  it('runs straight from the baseline at the end of the baseline year to the target on its date', () => {
    expect(trajectory(target, '2006-12-31')).toBe(10);
    expect(trajectory(target, '2008-12-31')).toBe(8);
    expect(trajectory(target, '2009-06-30')).toBe(8);
    expect(trajectory(target, '2005-06-30')).toBe(10);
    expect(trajectory(target, '2007-12-31')).toBeCloseTo(9.0, 2);
  });
});

describe('assessTarget', () => {
  it('is no-data without figures after the baseline year', () => {
    expect(assessTarget(target, new Map()).status).toBe('no-data');
    expect(assessTarget(target, rolling('2006Q4', 9)).status).toBe('no-data');
  });

  it('is no-data when the latest quarter has neither four quarters nor the baseline year’s same quarter', () => {
    const only = new Map([['2007Q3', { lostDays: 70, agreedDays: 1000 }]]);
    const assessment = assessTarget(target, only);
    expect(assessment.status).toBe('no-data');
    expect(assessment.explanation).toContain('2007Q3');
  });

  // At 2007Q4 the trajectory expects 9.0 % (one year of two).
  it.each([
    [8.0, 'achieved'], // at the target
    [7.5, 'achieved'],
    [8.01, 'on-track'],
    [9.0, 'on-track'], // exactly on the line
    [9.01, 'at-risk'],
    [9.0 + AT_RISK_MARGIN, 'at-risk'], // the margin's edge
    [9.51, 'off-track'],
    [10.5, 'off-track'], // worse than the baseline
  ])('with a rolling figure of %f %% at 2007Q4 is %s', (pct, status) => {
    const assessment = assessTarget(target, rolling('2007Q4', pct));
    expect(assessment.status).toBe(status);
    expect(assessment.latest).toMatchObject({ quarter: '2007Q4', basis: 'rolling-four-quarters', percentage: pct });
    expect(assessment.expectedPercentage).toBe(9);
  });

  it('is off-track once the target date has passed above the target, however close', () => {
    expect(assessTarget(target, rolling('2008Q4', 8.2)).status).toBe('off-track');
    expect(assessTarget(target, rolling('2009Q2', 8.0)).status).toBe('achieved');
  });

  it('compares a lone quarter with the same quarter of the baseline year (seasonality), never with another quarter', () => {
    // Q1 2006 was 12 % (winter); Q1 2007 is 10.8 %: 10 % lower than a year before → 10 % × 0.9 = 9.0 %.
    const totals = new Map([
      ['2006Q1', { lostDays: 120, agreedDays: 1000 }],
      ['2006Q3', { lostDays: 60, agreedDays: 1000 }],
      ['2007Q1', { lostDays: 108, agreedDays: 1000 }],
    ]);
    const assessment = assessTarget(target, totals);
    expect(assessment.latest).toMatchObject({ quarter: '2007Q1', basis: 'same-quarters-of-baseline-year', quarters: ['2007Q1'], percentage: 9 });
    // The trajectory expects 9.75 % at the end of March 2007: 9 % is on track.
    expect(assessment.expectedPercentage).toBe(9.75);
    expect(assessment.status).toBe('on-track');
    // Compared naively with the summer quarter (6 %) the same 10.8 % would look far off track.
  });

  it('uses every comparable quarter of the last four, from summed days, so a low summer cannot hide a rising winter', () => {
    // Q1 rose 4 % on 2006Q1 (12 → 12.48 %), Q3 fell 2.5 % on 2006Q3 (6 → 5.85 %); no Q2 or Q4 yet.
    const slow: SickLeaveTarget = { baselineYear: 2006, baselinePercentage: 10, targetPercentage: 9.5, targetDate: '2009-12-31' };
    const totals = new Map([
      ['2006Q1', { lostDays: 120, agreedDays: 1000 }],
      ['2006Q3', { lostDays: 60, agreedDays: 1000 }],
      ['2007Q1', { lostDays: 124.8, agreedDays: 1000 }],
      ['2007Q3', { lostDays: 58.5, agreedDays: 1000 }],
    ]);
    const assessment = assessTarget(slow, totals);
    // (124.8 + 58.5) / 2000 = 9.165 % against (120 + 60) / 2000 = 9 %: 10 % × 1.01833 = 10.18 %.
    expect(assessment.latest).toMatchObject({ quarter: '2007Q3', basis: 'same-quarters-of-baseline-year', quarters: ['2007Q1', '2007Q3'], percentage: 10.18, lostDays: 183.3, agreedDays: 2000 });
    // Q3 alone (10 % × 0.975 = 9.75 %) would be under the 9.88 % the line expects: on track. Both quarters are not.
    expect(assessment.expectedPercentage).toBe(9.88);
    expect(assessment.status).toBe('at-risk');
    expect(assessment.explanation).toContain('2007Q1, 2007Q3 against the same quarters of 2006');
  });

  it('skips a quarter of the last four without its baseline quarter, and one inside the baseline year', () => {
    const totals = new Map([
      ['2006Q3', { lostDays: 60, agreedDays: 1000 }],
      ['2006Q4', { lostDays: 80, agreedDays: 1000 }], // in the last four (2006Q4-2007Q3) but the baseline year itself
      ['2007Q2', { lostDays: 90, agreedDays: 1000 }], // no 2006Q2 to compare with
      ['2007Q3', { lostDays: 54, agreedDays: 1000 }],
    ]);
    const assessment = assessTarget(target, totals);
    expect(assessment.latest).toMatchObject({ basis: 'same-quarters-of-baseline-year', quarters: ['2007Q3'], percentage: 9 });
  });

  it('is no-data when none of the last four quarters has its baseline quarter', () => {
    const totals = new Map([
      ['2006Q1', { lostDays: 120, agreedDays: 1000 }],
      ['2007Q3', { lostDays: 54, agreedDays: 1000 }],
      ['2007Q2', { lostDays: 54, agreedDays: 1000 }],
    ]);
    expect(assessTarget(target, totals).status).toBe('no-data');
  });

  it('names the four quarters a rolling figure rests on', () => {
    const assessment = assessTarget(target, rolling('2007Q4', 9));
    expect(assessment.latest?.quarters).toEqual(['2007Q1', '2007Q2', '2007Q3', '2007Q4']);
    expect(assessment.explanation).toContain('the four quarters 2007Q1–2007Q4');
  });

  it('shows a latest figure about fewer than five persons to nobody outside the municipality', () => {
    const totals = new Map([...rolling('2007Q4', 9)].map(([q, d]) => [q, { ...d, headcount: 4 }]));
    const assessment = assessTarget(target, totals);
    const outside = disclosedAssessment(assessment, false, { minPersons: 5 });
    expect(outside.latest).toEqual({ quarter: '2007Q4', basis: 'rolling-four-quarters', quarters: ['2007Q1', '2007Q2', '2007Q3', '2007Q4'], suppressed: true });
    expect(outside.explanation).not.toMatch(/\d %/);
    expect(outside.status).toBe(assessment.status);
    expect(disclosedAssessment(assessment, true, { minPersons: 5 })).toBe(assessment);
    const five = assessTarget(target, new Map([...rolling('2007Q4', 9)].map(([q, d]) => [q, { ...d, headcount: q === '2007Q2' ? 5 : 4 }])));
    expect(disclosedAssessment(five, false, { minPersons: 5 }).latest?.percentage).toBe(9);
  });

  it('uses the latest quarter with the most recent data', () => {
    const totals = new Map([...rolling('2007Q4', 9.6), ['2008Q1', { lostDays: 80, agreedDays: 1000 }]]);
    const assessment = assessTarget(target, totals);
    expect(assessment.latest?.quarter).toBe('2008Q1');
    expect(assessment.latest?.basis).toBe('rolling-four-quarters');
    expect(assessment.latest?.percentage).toBe(9.2); // (96×3 + 80) / 4000
  });
});
