/**
 * Cohorts ("puljer"): municipalities are admitted in cohorts that the secretariat opens for
 * applications, closes, starts and completes. Pure rules, no AWS.
 */
import type { Cohort, CreateCohortRequest } from './contract.ts';
import { outsideValidity, type RegisterEntry } from '../municipalities/model.ts';
import { refuse } from '../platform/refusal.ts';

export type CohortRecord = Omit<Cohort, 'gatherings'>;

/** A cohort as the secretariat creates it: a draft, not yet open for applications. */
export function newCohort(request: CreateCohortRequest, context: { readonly id: string; readonly now: Date }): CohortRecord {
  const at = context.now.toISOString();
  return {
    id: context.id,
    ...request,
    endDate: cohortEndDate(request.startDate, request.durationYears),
    status: 'draft',
    createdAt: at,
    statusChangedAt: at,
  };
}

/** The cohort after `action`, or a conflict refusal naming the current status. */
export function changeStatus(cohort: CohortRecord, action: CohortAction, now: Date): CohortRecord {
  const result = cohortTransition(cohort.status, action);
  if (!result.ok) throw refuse.conflict(result.reason);
  return { ...cohort, status: result.to, statusChangedAt: now.toISOString() };
}
export const COHORT_STATUSES = ['draft', 'open', 'closed', 'started', 'completed'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

export const COHORT_ACTIONS = ['open', 'close', 'start', 'complete'] as const;
export type CohortAction = (typeof COHORT_ACTIONS)[number];

/** Which status each action leaves, and from which status it may be taken. */
const TRANSITIONS: Record<CohortAction, { from: CohortStatus; to: CohortStatus }> = {
  open: { from: 'draft', to: 'open' },
  close: { from: 'open', to: 'closed' },
  start: { from: 'closed', to: 'started' },
  complete: { from: 'started', to: 'completed' },
};

export type TransitionResult =
  | { readonly ok: true; readonly from: CohortStatus; readonly to: CohortStatus }
  | { readonly ok: false; readonly reason: string };

/** Whether `action` is allowed on a cohort in `status`, and where it leads. */
export function cohortTransition(status: CohortStatus, action: CohortAction): TransitionResult {
  const transition = TRANSITIONS[action];
  if (status !== transition.from) {
    return { ok: false, reason: `A cohort can be ${pastTense(action)} only when it is ${transition.from}; this one is ${status}` };
  }
  return { ok: true, from: status, to: transition.to };
}

function pastTense(action: CohortAction): string {
  return { open: 'opened', close: 'closed', start: 'started', complete: 'completed' }[action];
}

/** Local projects last 2-3 years: the cohort ends that many years after it starts (exclusive). */
export function cohortEndDate(startDate: string, durationYears: number): string {
  const start = new Date(`${startDate}T00:00:00Z`);
  return new Date(Date.UTC(start.getUTCFullYear() + durationYears, start.getUTCMonth(), start.getUTCDate())).toISOString().slice(0, 10);
}

/** Applications may be created and submitted only while the cohort is open. */
export function acceptsApplications(status: CohortStatus): boolean {
  return status === 'open';
}

/** The calendar of gatherings and the report plan can change until the cohort is completed. */
export function acceptsPlanning(status: CohortStatus): boolean {
  return status !== 'completed';
}

/** Decisions are recorded while the cohort runs its intake: open, closed, or started (late admissions). */
export function acceptsDecisions(status: CohortStatus): boolean {
  return status === 'open' || status === 'closed' || status === 'started';
}

/**
 * Why the municipality cannot apply to (or be admitted to) the cohort: it did not exist on the
 * cohort's start date, in the register's words; undefined when it did.
 */
export function notInRegisterAtStart(municipality: RegisterEntry, cohort: Pick<CohortRecord, 'startDate'>): string | undefined {
  const outside = outsideValidity(municipality, cohort.startDate);
  return outside && `${outside}; the cohort starts ${cohort.startDate}`;
}
