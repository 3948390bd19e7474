/**
 * One trajectory rule for every indicator: a straight line from the baseline (value, date) to
 * the target (value, date), for an indicator where lower is better (sick leave) or higher is
 * better (the share of full-time positions, user satisfaction). Written once: "better" is a
 * sign, so reaching the target is achieved whichever way the indicator moves. Pure.
 */
export const DIRECTIONS = ['lower-is-better', 'higher-is-better'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The same words as the sick-leave target status (shared/target-status/model.ts TARGET_STATUSES). */
export const TRAJECTORY_STATUSES = ['no-data', 'on-track', 'at-risk', 'off-track', 'achieved'] as const;
export type TrajectoryStatus = (typeof TRAJECTORY_STATUSES)[number];

export interface Point {
  readonly value: number;
  /** ISO date (or date-time). */
  readonly date: string;
}

export interface Trajectory {
  readonly direction: Direction;
  readonly baseline: Point;
  readonly target: Point;
}

export interface TrajectoryAssessment {
  readonly status: TrajectoryStatus;
  /** Where the line stands on the measurement's date (absent with no-data). */
  readonly expected?: number;
}

/** +1 when higher is better, −1 when lower is better: (value − reference) × sign > 0 means better. */
export function betterSign(direction: Direction): 1 | -1 {
  return direction === 'higher-is-better' ? 1 : -1;
}

/** Where the straight line from baseline to target stands on a date (flat before and after). */
export function expectedOn(t: Trajectory, on: string): number {
  const start = Date.parse(t.baseline.date);
  const end = Date.parse(t.target.date);
  const fraction = end <= start ? 1 : Math.min(1, Math.max(0, (Date.parse(on) - start) / (end - start)));
  return t.baseline.value + (t.target.value - t.baseline.value) * fraction;
}

/**
 * The status of a measurement (value on a date) against the trajectory:
 * - achieved: the target reached (equal counts) or passed in the better direction;
 * - off-track: the target date reached (the measurement on or after it) without that;
 * - on-track: on the line or better than it;
 * - at-risk: worse than the line by at most `margin` (in the indicator's unit);
 * - off-track: worse by more.
 * `precision` (decimals) rounds value and expected before comparing, so that a value that is
 * on the line is not off it by a floating-point hair.
 */
export function assessTrajectory(
  t: Trajectory,
  measurement: Point | undefined,
  margin: number,
  precision = 4,
): TrajectoryAssessment {
  if (!measurement) return { status: 'no-data' };
  const sign = betterSign(t.direction);
  const r = (x: number) => roundTo(x, precision);
  const value = r(measurement.value);
  const expected = r(expectedOn(t, measurement.date));
  /** How much better than `reference` the value is (negative: worse). */
  const better = (reference: number) => r((value - reference) * sign);
  if (better(t.target.value) >= 0) return { status: 'achieved', expected };
  if (Date.parse(measurement.date) >= Date.parse(t.target.date)) return { status: 'off-track', expected };
  const behind = -better(expected);
  if (behind <= 0) return { status: 'on-track', expected };
  if (behind <= r(margin)) return { status: 'at-risk', expected };
  return { status: 'off-track', expected };
}

/**
 * The margin of a measurable own goal: 10 % of the distance it set out to travel
 * (|target − baseline|). Goals come in every unit (percent, points on a survey scale, counts),
 * so a fixed margin like the sick-leave target's 0.5 points would be meaningless for most;
 * a share of the planned change scales with the goal and its unit.
 */
export function goalMargin(t: Pick<Trajectory, 'baseline' | 'target'>): number {
  return Math.abs(t.target.value - t.baseline.value) * 0.1;
}

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}
