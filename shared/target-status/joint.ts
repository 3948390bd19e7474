/**
 * A joint project's sick-leave status: the same rule as one participant's (assessTarget), on the
 * summed lost and agreed days of its admitted members. Only quarters every member has figures
 * for are summed: a quarter one member has not uploaded yet would otherwise read as the others'
 * alone, a different population from the baseline's. Pure, no AWS.
 */
import { quarterlyTotals, sumDays, type AbsenceFigure, type QuarterTotal } from '../absence/model.ts';
import { assessTarget, type SickLeaveTarget, type TargetAssessment } from './model.ts';

export interface JointMemberFigures {
  readonly municipalityNumber: string;
  readonly figures: readonly AbsenceFigure[];
}

export interface JointAssessment extends TargetAssessment {
  /** The quarters summed over every member (each member's own are its own). */
  readonly quartersSummed: readonly string[];
}

/** Per quarter, the members' summed days: only quarters every member has. */
export function summedTotals(members: readonly JointMemberFigures[]): Map<string, QuarterTotal> {
  const each = members.map((m) => quarterlyTotals(m.figures));
  const summed = new Map<string, QuarterTotal>();
  if (each.length === 0) return summed;
  for (const quarter of [...each[0]!.keys()].sort()) {
    const parts = each.map((totals) => totals.get(quarter));
    if (parts.some((p) => p === undefined)) continue;
    summed.set(quarter, sumDays(parts as QuarterTotal[]));
  }
  return summed;
}

/** The joint target assessed against the members' summed days. */
export function assessJoint(target: SickLeaveTarget, members: readonly JointMemberFigures[]): JointAssessment {
  const totals = summedTotals(members);
  return { ...assessTarget(target, totals), quartersSummed: [...totals.keys()] };
}
