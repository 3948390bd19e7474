/**
 * Cohorts ("puljer"): municipalities are admitted in cohorts that the secretariat opens for
 * applications, closes, starts and completes. A cohort owns its report plan (the reports each
 * participant owes) and its calendar of gatherings. Entity types and pure rules, no AWS; the
 * wire schemas in contract.ts are checked against these types.
 */
import { outsideValidity, type RegisterEntry } from '../municipalities/model.ts';

export const COHORT_STATUSES = ['draft', 'open', 'closed', 'started', 'completed'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

export const COHORT_ACTIONS = ['open', 'close', 'start', 'complete'] as const;
export type CohortAction = (typeof COHORT_ACTIONS)[number];

export const REPORT_TYPES = ['project-plan', 'status-report', 'final-evaluation'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

/** One report of a cohort's plan: what it is, and how many months after the start it falls due. */
export interface PlannedReport {
  readonly type: ReportType;
  readonly title: string;
  readonly monthsAfterStart: number;
}

export interface ApplicationWindow {
  readonly opensOn: string;
  readonly closesOn: string;
}

/** A cohort as stored (its gatherings are items of their own). */
export interface CohortRecord {
  readonly id: string;
  readonly name: string;
  readonly status: CohortStatus;
  readonly applicationWindow: ApplicationWindow;
  readonly startDate: string;
  readonly durationYears: number;
  /** Exclusive end: startDate + durationYears. */
  readonly endDate: string;
  readonly createdAt: string;
  readonly statusChangedAt: string;
  /** Absent: the default plan (defaultReportPlan). */
  readonly reportPlan?: PlannedReport[] | undefined;
}

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

/**
 * The default plan: a project plan two months after the start, a status report every six
 * months, and the final evaluation at the end.
 */
export function defaultReportPlan(durationYears: number): PlannedReport[] {
  const months = durationYears * 12;
  const plan: PlannedReport[] = [{ type: 'project-plan', title: 'Prosjektplan', monthsAfterStart: 2 }];
  for (let m = 6, n = 1; m < months; m += 6, n++) plan.push({ type: 'status-report', title: `Statusrapport ${n}`, monthsAfterStart: m });
  plan.push({ type: 'final-evaluation', title: 'Sluttevaluering', monthsAfterStart: months });
  return plan;
}

/** The plan the cohort's participants owe: its own, or the default for its duration. */
export function reportPlanOf(cohort: Pick<CohortRecord, 'reportPlan' | 'durationYears'>): readonly PlannedReport[] {
  return cohort.reportPlan ?? defaultReportPlan(cohort.durationYears);
}

/** Whether the window is over on `today` (the day in Norway): closesOn is the last day applications are accepted. */
export function applicationWindowEnded(window: ApplicationWindow, today: string): boolean {
  return window.closesOn < today;
}
