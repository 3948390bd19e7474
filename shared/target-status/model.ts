/**
 * Target status: is a participant on its way to the sick-leave target it committed to?
 * The rule, in plain words, is in docs/target-status.md. Pure, no AWS.
 */
import { isSmall, type DisclosureRule } from '../absence/disclosure.ts';
import { assessTrajectory, expectedOn, type Trajectory } from '../platform/trajectory.ts';
import { percentage, quarterEnd, rollingFourQuarters, round, shiftQuarter, sumDays, yearOf, type Days, type QuarterTotal } from '../absence/model.ts';

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

export const COMPARISON_BASES = ['rolling-four-quarters', 'same-quarters-of-baseline-year'] as const;
export type ComparisonBasis = (typeof COMPARISON_BASES)[number];

export interface ComparableFigure {
  /** The latest quarter with figures. */
  readonly quarter: string;
  /** Left out (with days and headcount) when the reader may not see it: disclosedAssessment. */
  readonly percentage?: number;
  readonly basis: ComparisonBasis;
  /** The quarters it rests on (of the last four, those with figures and, for the baseline basis, the baseline year's same quarter). */
  readonly quarters: string[];
  /** Summed days of those quarters. */
  readonly lostDays?: number;
  readonly agreedDays?: number;
  /** The largest headcount among those quarters, when every one gave one: what the disclosure rule judges. */
  readonly headcount?: number;
  readonly suppressed?: boolean;
}

export interface TargetAssessment {
  readonly status: TargetStatus;
  readonly baselinePercentage: number;
  readonly targetPercentage: number;
  readonly targetDate: string;
  /** The latest figure comparable with the (annual) baseline. */
  readonly latest?: ComparableFigure;
  /** Where the straight line from baseline to target stands at the latest quarter's end. */
  readonly expectedPercentage?: number;
  readonly explanation: string;
}

export function assessTarget(target: SickLeaveTarget, totals: ReadonlyMap<string, QuarterTotal>): TargetAssessment {
  const base = { baselinePercentage: target.baselinePercentage, targetPercentage: target.targetPercentage, targetDate: target.targetDate };
  const after = [...totals.keys()].filter((q) => yearOf(q) > target.baselineYear).sort();
  const quarter = after.at(-1);
  if (!quarter) return { ...base, status: 'no-data', explanation: `No figures after the baseline year ${target.baselineYear} yet` };

  const latest = comparable(target, totals, quarter);
  if (!latest) {
    return {
      ...base,
      status: 'no-data',
      explanation: `${quarter} cannot be compared fairly yet: it needs the three quarters before it, or figures for the same quarters of ${target.baselineYear}`,
    };
  }

  const end = quarterEnd(quarter);
  const current = round(latest.percentage, 4);
  // The status is the one trajectory rule every indicator shares (lower is better here).
  const judged = assessTrajectory(sickLeaveTrajectory(target), { value: current, date: end }, AT_RISK_MARGIN);
  const expected = judged.expected!;
  const shown = { ...latest, percentage: round(latest.percentage, 2) };
  const at = { ...base, latest: shown, expectedPercentage: round(expected, 2) };
  const on = restsOn(latest, target.baselineYear);
  switch (judged.status) {
    case 'achieved':
      return { ...at, status: 'achieved', explanation: `${round(current)} % is at or below the target ${target.targetPercentage} % (${on})` };
    case 'on-track':
      return { ...at, status: 'on-track', explanation: `${round(current)} % is at or below the ${round(expected)} % the trajectory expects by ${end} (${on})` };
    case 'at-risk':
      return { ...at, status: 'at-risk', explanation: `${round(current)} % is up to ${AT_RISK_MARGIN} points above the ${round(expected)} % expected by ${end} (${on})` };
    default:
      if (end >= target.targetDate) return { ...at, status: 'off-track', explanation: `The target date has passed and ${round(current)} % is above the target ${target.targetPercentage} % (${on})` };
      return { ...at, status: 'off-track', explanation: `${round(current)} % is more than ${AT_RISK_MARGIN} points above the ${round(expected)} % expected by ${end} (${on})` };
  }
}

/** The sick-leave target as a trajectory: from the end of the baseline year to the target date, lower is better. */
function sickLeaveTrajectory(target: SickLeaveTarget): Trajectory {
  return {
    direction: 'lower-is-better',
    baseline: { value: target.baselinePercentage, date: `${target.baselineYear}-12-31` },
    target: { value: target.targetPercentage, date: target.targetDate },
  };
}

/**
 * Absence is seasonal (Q1 highest, Q3 lowest), so a single quarter never meets the annual
 * baseline. The rolling four quarters when all four are there; otherwise every quarter of the
 * last four (after the baseline year) that has figures, each against the same quarter of the
 * baseline year, from summed days: the baseline scaled by (their lost ÷ agreed) ÷ (the baseline
 * quarters' lost ÷ agreed). A low summer quarter cannot hide a rising winter.
 */
function comparable(target: SickLeaveTarget, totals: ReadonlyMap<string, QuarterTotal>, quarter: string): (ComparableFigure & { readonly percentage: number }) | undefined {
  const rolling = rollingFourQuarters(totals, quarter);
  const lastFour = [3, 2, 1, 0].map((n) => shiftQuarter(quarter, n));
  if (rolling) return { quarter, percentage: percentage(rolling)!, basis: 'rolling-four-quarters', quarters: lastFour, ...days(rolling), ...largestHeadcount(lastFour.map((q) => totals.get(q)!)) };
  const paired = lastFour.filter((q) => yearOf(q) > target.baselineYear && totals.has(q) && totals.has(`${target.baselineYear}${q.slice(4)}`));
  if (paired.length === 0) return undefined;
  const now = sumDays(paired.map((q) => totals.get(q)!));
  const then = sumDays(paired.map((q) => totals.get(`${target.baselineYear}${q.slice(4)}`)!));
  const nowPct = percentage(now);
  const thenPct = percentage(then);
  if (nowPct === undefined || thenPct === undefined || thenPct === 0) return undefined;
  return {
    quarter,
    percentage: target.baselinePercentage * (nowPct / thenPct),
    basis: 'same-quarters-of-baseline-year',
    quarters: paired,
    ...days(now),
    ...largestHeadcount(paired.map((q) => totals.get(q)!)),
  };
}

/** Which quarters a figure rests on, in words: the status says it. */
export function restsOn(latest: ComparableFigure, baselineYear: number): string {
  return latest.basis === 'rolling-four-quarters'
    ? `the four quarters ${latest.quarters[0]}–${latest.quarters.at(-1)}`
    : `${latest.quarters.join(', ')} against the same quarters of ${baselineYear}`;
}

function days(d: Days): Days {
  return { lostDays: d.lostDays, agreedDays: d.agreedDays };
}

function largestHeadcount(parts: readonly QuarterTotal[]): { headcount?: number } {
  return parts.every((p) => p.headcount !== undefined) ? { headcount: Math.max(...parts.map((p) => p.headcount!)) } : {};
}

/**
 * The assessment as a reader may see it: to anyone but the municipality's own people, a latest
 * figure about fewer persons than the threshold is suppressed (no days, no percentage, and an
 * explanation without the number). The status itself stays: it is the programme's to know.
 */
export function disclosedAssessment<A extends TargetAssessment>(assessment: A, seesOwnFigures: boolean, rule: DisclosureRule): A {
  const latest = assessment.latest;
  if (seesOwnFigures || !latest || !isSmall(latest.headcount, rule)) return assessment;
  const { percentage: _p, lostDays: _l, agreedDays: _a, headcount: _h, ...identifying } = latest;
  return {
    ...assessment,
    latest: { ...identifying, suppressed: true },
    explanation: `${STATUS_WORDS[assessment.status]}; the figure (${latest.quarters.join(', ')}) is about fewer than ${rule.minPersons} persons and is shown only to the municipality`,
  };
}

const STATUS_WORDS: Record<TargetStatus, string> = { 'no-data': 'No data', 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', achieved: 'Achieved' };

/** Straight line from the baseline (end of the baseline year) to the target on its date. */
export function trajectory(target: SickLeaveTarget, on: string): number {
  return expectedOn(sickLeaveTrajectory(target), on);
}
