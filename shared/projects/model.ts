/**
 * Local projects as the municipalities run them: one project per admitted application (a joint
 * project's members share one), its sub-projects (a leader, a focus area, a short status in
 * each report) and its measurable own goals (a unit, a direction, a baseline and a target, the
 * values reported over time). A goal's status is the one trajectory rule every indicator
 * shares (shared/platform/trajectory.ts). Pure, no AWS.
 */
import { assessTrajectory, goalMargin, type Direction, type TrajectoryStatus } from '../platform/trajectory.ts';
import { refuse } from '../platform/refusal.ts';

export { DIRECTIONS, type Direction } from '../platform/trajectory.ts';

export const SUB_PROJECT_STATUSES = ['on-track', 'delayed', 'at-risk', 'completed'] as const;
export type SubProjectStatus = (typeof SUB_PROJECT_STATUSES)[number];

export interface ProjectMember {
  readonly municipalityNumber: string;
  readonly municipalityName: string;
}

export interface SubProjectStatusEntry {
  readonly reportId: string;
  readonly status: SubProjectStatus;
  readonly note: string;
  readonly reportedBy: string;
  readonly reportedAt: string;
}

export interface SubProject {
  readonly id: string;
  readonly name: string;
  readonly focusArea: string;
  readonly leader: { readonly name: string; readonly email: string };
  /** The member municipality it belongs to, when one (a joint project's sub-project may). */
  readonly municipalityNumber?: string;
  /** Its short status in each report, in the order reported. */
  readonly statuses: readonly SubProjectStatusEntry[];
  readonly addedAt: string;
  readonly addedBy: string;
}

export interface GoalValue {
  readonly value: number;
  readonly measuredOn: string;
  readonly reportId?: string;
  readonly reportedBy: string;
  readonly reportedAt: string;
}

export interface Goal {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly baseline: { readonly value: number; readonly date: string };
  readonly target: { readonly value: number; readonly date: string };
  readonly subProjectId?: string;
  /** Every value reported, ordered by measuredOn (then reportedAt). */
  readonly values: readonly GoalValue[];
  readonly status: TrajectoryStatus;
  /** Where the trajectory stands on the latest value's date (absent without values). */
  readonly expected?: number;
  readonly addedAt: string;
  readonly addedBy: string;
}

export interface Project {
  readonly id: string;
  readonly cohortId: string;
  readonly name: string;
  readonly members: readonly ProjectMember[];
  readonly subProjects: readonly SubProject[];
  readonly goals: readonly Goal[];
  readonly createdAt: string;
}

/** The latest value by date of measurement (then by time reported): what the status judges. */
export function latestValue(values: readonly GoalValue[]): GoalValue | undefined {
  return sortValues(values).at(-1);
}

export function sortValues(values: readonly GoalValue[]): GoalValue[] {
  return [...values].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn) || a.reportedAt.localeCompare(b.reportedAt));
}

/**
 * The goal's status from its latest value. The margin is 10 % of the change the goal set out
 * to make (goalMargin): goals have every unit, so no fixed number of points fits them all.
 */
export function goalStatus(goal: Pick<Goal, 'direction' | 'baseline' | 'target' | 'values'>): { status: TrajectoryStatus; expected?: number } {
  const latest = latestValue(goal.values);
  const judged = assessTrajectory(goal, latest && { value: latest.value, date: latest.measuredOn }, goalMargin(goal));
  return judged.expected === undefined ? { status: judged.status } : { status: judged.status, expected: round(judged.expected) };
}

/**
 * A goal's target must lie on its better side of the baseline (below it when lower is better,
 * above when higher is better; equal is no goal), and after it in time.
 */
export function ensureGoalShape(goal: Pick<Goal, 'direction' | 'baseline' | 'target'>): void {
  const better = goal.direction === 'higher-is-better' ? goal.target.value > goal.baseline.value : goal.target.value < goal.baseline.value;
  if (!better) {
    throw refuse.invalid('The target is not on the better side of the baseline', [
      {
        pointer: '/target/value',
        detail:
          goal.direction === 'higher-is-better'
            ? `Higher is better: the target must be above the baseline ${goal.baseline.value}`
            : `Lower is better: the target must be below the baseline ${goal.baseline.value}`,
      },
    ]);
  }
  if (goal.target.date <= goal.baseline.date) {
    throw refuse.invalid('The target date is not after the baseline date', [{ pointer: '/target/date', detail: `Must be after the baseline date ${goal.baseline.date}` }]);
  }
}

export function isMember(project: Project, municipalityNumber: string): boolean {
  return project.members.some((m) => m.municipalityNumber === municipalityNumber);
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Who a change is recorded as by: a person's id (or the bootstrap account's subject), a machine's client. */
export function actorIdOf(principal: { readonly kind: string; readonly subject: string; readonly personId?: string | undefined }): string {
  return principal.personId ?? principal.subject;
}
