import { describe, expect, it } from 'vitest';
import type { Days } from '../../../shared/absence/model.ts';
import { AT_RISK_MARGIN, assessTarget, trajectory, type SickLeaveTarget } from '../../../shared/target-status/model.ts';

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
    expect(assessment.latest).toMatchObject({ quarter: '2007Q1', basis: 'same-quarter-as-baseline-year', percentage: 9 });
    // The trajectory expects 9.75 % at the end of March 2007: 9 % is on track.
    expect(assessment.expectedPercentage).toBe(9.75);
    expect(assessment.status).toBe('on-track');
    // Compared naively with the summer quarter (6 %) the same 10.8 % would look far off track.
  });

  it('uses the latest quarter with the most recent data', () => {
    const totals = new Map([...rolling('2007Q4', 9.6), ['2008Q1', { lostDays: 80, agreedDays: 1000 }]]);
    const assessment = assessTarget(target, totals);
    expect(assessment.latest?.quarter).toBe('2008Q1');
    expect(assessment.latest?.basis).toBe('rolling-four-quarters');
    expect(assessment.latest?.percentage).toBe(9.2); // (96×3 + 80) / 4000
  });
});
