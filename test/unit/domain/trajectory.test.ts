import { describe, expect, it } from 'vitest';
import { TARGET_STATUSES } from '../../../shared/target-status/model.ts';
import { assessTrajectory, expectedOn, goalMargin, TRAJECTORY_STATUSES, type Trajectory } from '../../../shared/platform/trajectory.ts';

// A falling indicator: sick leave 10 % on 2007-01-01 to 8 % on 2009-01-01 (one point a year).
const falling: Trajectory = { direction: 'lower-is-better', baseline: { value: 10, date: '2007-01-01' }, target: { value: 8, date: '2009-01-01' } };
// A rising one: the share of full-time positions 40 % to 60 % over the same two years (ten points a year).
const rising: Trajectory = { direction: 'higher-is-better', baseline: { value: 40, date: '2007-01-01' }, target: { value: 60, date: '2009-01-01' } };
const midway = '2008-01-01'; // 365 of 731 days: the line at ≈ 9.0013 (falling) and ≈ 49.986 (rising)

const status = (t: Trajectory, value: number, date: string, margin: number) => assessTrajectory(t, { value, date }, margin).status;

describe('the trajectory rule, both directions', () => {
  it('speaks the target status’s words', () => {
    expect([...TRAJECTORY_STATUSES]).toEqual([...TARGET_STATUSES]);
  });

  it('is no-data without a measurement', () => {
    expect(assessTrajectory(falling, undefined, 0.5)).toEqual({ status: 'no-data' });
    expect(assessTrajectory(rising, undefined, 2)).toEqual({ status: 'no-data' });
  });

  it('runs straight from baseline to target, flat before and after', () => {
    expect(expectedOn(falling, '2007-01-01')).toBe(10);
    expect(expectedOn(falling, '2009-01-01')).toBe(8);
    expect(expectedOn(falling, '2010-06-30')).toBe(8);
    expect(expectedOn(falling, '2006-06-30')).toBe(10);
    expect(expectedOn(rising, '2009-01-01')).toBe(60);
    expect(expectedOn(rising, '2006-01-01')).toBe(40);
  });

  describe('achieved: reaching the target exactly, or passing it in the better direction', () => {
    it('a falling indicator at its target exactly is achieved; a hair above is not', () => {
      expect(status(falling, 8, midway, 0.5)).toBe('achieved');
      expect(status(falling, 7.9, midway, 0.5)).toBe('achieved');
      expect(status(falling, 8.0001, '2009-01-01', 0.5)).toBe('off-track');
      expect(status(falling, 8.0001, midway, 0.5)).toBe('on-track');
    });
    it('a rising indicator at its target exactly is achieved; a hair below is not', () => {
      expect(status(rising, 60, midway, 2)).toBe('achieved');
      expect(status(rising, 61, midway, 2)).toBe('achieved');
      expect(status(rising, 59.9999, '2009-01-01', 2)).toBe('off-track');
      expect(status(rising, 59.9999, midway, 2)).toBe('on-track');
    });
    it('is not fooled by the direction: a value ≥ target is not achieved for a falling indicator (the OKR tracker’s bug)', () => {
      expect(status(falling, 12, midway, 0.5)).toBe('off-track');
      expect(status(rising, 30, midway, 2)).toBe('off-track');
    });
  });

  describe('the target date', () => {
    it('passed (or reached) without the target is off-track, even close to it', () => {
      expect(status(falling, 8.1, '2009-01-01', 0.5)).toBe('off-track');
      expect(status(falling, 8.1, '2009-06-30', 0.5)).toBe('off-track');
      expect(status(rising, 59.5, '2009-01-01', 2)).toBe('off-track');
      expect(status(rising, 59.5, '2010-01-01', 2)).toBe('off-track');
    });
    it('the day before it, the same value is still judged against the line', () => {
      expect(status(falling, 8.0001, '2008-12-31', 0.5)).toBe('on-track');
      expect(status(rising, 59.99, '2008-12-31', 2)).toBe('on-track');
    });
  });

  describe('on the line, within the margin, beyond it', () => {
    const lineFalling = expectedOn(falling, midway);
    const lineRising = expectedOn(rising, midway);

    it('falling: on the line is on-track, just better too', () => {
      expect(assessTrajectory(falling, { value: lineFalling, date: midway }, 0.5)).toEqual({ status: 'on-track', expected: Math.round(lineFalling * 1e4) / 1e4 });
      expect(status(falling, lineFalling - 0.01, midway, 0.5)).toBe('on-track');
    });
    it('falling: just worse is at-risk, up to the margin exactly; beyond it off-track', () => {
      expect(status(falling, lineFalling + 0.01, midway, 0.5)).toBe('at-risk');
      expect(status(falling, lineFalling + 0.5, midway, 0.5)).toBe('at-risk');
      expect(status(falling, lineFalling + 0.51, midway, 0.5)).toBe('off-track');
    });
    it('rising: on the line is on-track, just better too', () => {
      expect(status(rising, lineRising, midway, 2)).toBe('on-track');
      expect(status(rising, lineRising + 0.01, midway, 2)).toBe('on-track');
    });
    it('rising: just worse (lower) is at-risk, up to the margin exactly; beyond it off-track', () => {
      expect(status(rising, lineRising - 0.01, midway, 2)).toBe('at-risk');
      expect(status(rising, lineRising - 2, midway, 2)).toBe('at-risk');
      expect(status(rising, lineRising - 2.01, midway, 2)).toBe('off-track');
    });
    it('at the baseline date the line is the baseline', () => {
      expect(status(rising, 40, '2007-01-01', 2)).toBe('on-track');
      expect(status(rising, 39, '2007-01-01', 2)).toBe('at-risk');
      expect(status(rising, 37.99, '2007-01-01', 2)).toBe('off-track');
      expect(status(falling, 10, '2007-01-01', 0.5)).toBe('on-track');
      expect(status(falling, 10.5, '2007-01-01', 0.5)).toBe('at-risk');
      expect(status(falling, 10.51, '2007-01-01', 0.5)).toBe('off-track');
    });
  });

  describe('the goal margin', () => {
    it('is 10 % of the distance from baseline to target, whichever the direction', () => {
      expect(goalMargin(falling)).toBeCloseTo(0.2, 10);
      expect(goalMargin(rising)).toBeCloseTo(2, 10);
    });
    it('with it, a goal on the line minus a tenth of its change is at-risk, more is off-track', () => {
      const line = expectedOn(rising, midway);
      expect(status(rising, line - 2, midway, goalMargin(rising))).toBe('at-risk');
      expect(status(rising, line - 2.001, midway, goalMargin(rising))).toBe('off-track');
      const down = expectedOn(falling, midway);
      expect(status(falling, down + 0.2, midway, goalMargin(falling))).toBe('at-risk');
      expect(status(falling, down + 0.201, midway, goalMargin(falling))).toBe('off-track');
    });
  });
});
