/**
 * Target status: is a participant on its way to the sick-leave target it committed to?
 * The rule, in plain words, is in docs/target-status.md. Pure, no AWS.
 */
import { percentage, quarterEnd, rollingFourQuarters, round, yearOf, type Days } from '../absence/model.ts';

export const TARGET_STATUSES = ['no-data', 'on-track', 'at-risk', 'off-track', 'achieved'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** How far (percentage points) above the trajectory still counts as at risk rather than off track. */
export const AT_RISK_MARGIN = 0.5;

export interface SickLeaveTarget {
  readonly baselineYear: number;
  readonly baselinePercentage: number;
  readonly targetPercentage: number;
  readonly targetDate: string;
}

export interface TargetAssessment {
  readonly status: TargetStatus;
  readonly baselinePercentage: number;
  readonly targetPercentage: number;
  readonly targetDate: string;
  /** The latest figure comparable with the (annual) baseline. */
  readonly latest?: {
    readonly quarter: string;
    readonly percentage: number;
    readonly basis: 'rolling-four-quarters' | 'same-quarter-as-baseline-year';
    readonly lostDays: number;
    readonly agreedDays: number;
  };
  /** Where the straight line from baseline to target stands at the latest quarter's end. */
  readonly expectedPercentage?: number;
  readonly explanation: string;
}

export function assessTarget(target: SickLeaveTarget, totals: ReadonlyMap<string, Days>): TargetAssessment {
  const base = { baselinePercentage: target.baselinePercentage, targetPercentage: target.targetPercentage, targetDate: target.targetDate };
  const after = [...totals.keys()].filter((q) => yearOf(q) > target.baselineYear).sort();
  const quarter = after.at(-1);
  if (!quarter) return { ...base, status: 'no-data', explanation: `No figures after the baseline year ${target.baselineYear} yet` };

  const latest = comparable(target, totals, quarter);
  if (!latest) {
    return {
      ...base,
      status: 'no-data',
      explanation: `${quarter} cannot be compared fairly yet: it needs the three quarters before it, or the same quarter of ${target.baselineYear}`,
    };
  }

  const end = quarterEnd(quarter);
  const expected = round(trajectory(target, end), 4);
  const current = round(latest.percentage, 4);
  const shown = { ...latest, percentage: round(latest.percentage, 2) };
  const at = { ...base, latest: shown, expectedPercentage: round(expected, 2) };
  if (current <= target.targetPercentage) return { ...at, status: 'achieved', explanation: `${round(current)} % is at or below the target ${target.targetPercentage} %` };
  if (end >= target.targetDate) return { ...at, status: 'off-track', explanation: `The target date has passed and ${round(current)} % is above the target ${target.targetPercentage} %` };
  if (current <= expected) return { ...at, status: 'on-track', explanation: `${round(current)} % is at or below the ${round(expected)} % the trajectory expects by ${end}` };
  if (current <= round(expected + AT_RISK_MARGIN, 4)) {
    return { ...at, status: 'at-risk', explanation: `${round(current)} % is up to ${AT_RISK_MARGIN} points above the ${round(expected)} % expected by ${end}` };
  }
  return { ...at, status: 'off-track', explanation: `${round(current)} % is more than ${AT_RISK_MARGIN} points above the ${round(expected)} % expected by ${end}` };
}

/**
 * Absence is seasonal (Q1 highest, Q3 lowest), so the latest quarter alone never meets the
 * annual baseline: use the rolling four quarters; failing that, scale the baseline by the change
 * from the same quarter of the baseline year.
 */
function comparable(target: SickLeaveTarget, totals: ReadonlyMap<string, Days>, quarter: string): TargetAssessment['latest'] | undefined {
  const rolling = rollingFourQuarters(totals, quarter);
  if (rolling) return { quarter, percentage: percentage(rolling)!, basis: 'rolling-four-quarters', ...rolling };
  const latestDays = totals.get(quarter)!;
  const sameQuarter = totals.get(`${target.baselineYear}${quarter.slice(4)}`);
  const now = percentage(latestDays);
  const then = sameQuarter ? percentage(sameQuarter) : undefined;
  if (now === undefined || then === undefined || then === 0) return undefined;
  return { quarter, percentage: target.baselinePercentage * (now / then), basis: 'same-quarter-as-baseline-year', ...latestDays };
}

/** Straight line from the baseline (end of the baseline year) to the target on its date. */
export function trajectory(target: SickLeaveTarget, on: string): number {
  const start = Date.parse(`${target.baselineYear}-12-31`);
  const end = Date.parse(target.targetDate);
  const fraction = Math.min(1, Math.max(0, (Date.parse(on) - start) / (end - start)));
  return target.baselinePercentage + (target.targetPercentage - target.baselinePercentage) * fraction;
}
