/**
 * Reports: the documentation and evaluation every participant owes. Scheduled from the cohort's
 * plan at admission; submitted by the municipality; accepted or returned by the secretariat or
 * an advisor; reminded by the daily sweep along the reminder ladder. The entity, its statuses
 * and the pure rules; no AWS, no wire schemas (shared/reports/contract.ts derives those from here).
 *
 * The reminder rules a sweep follows (README, Reminder ladder): a report gets at most one letter
 * per sweep, for the latest step whose day has come; the earlier steps not sent are recorded as
 * skipped. A step whose day fell before the report's reminders started (`remindersFrom`: the
 * first sweep after it was scheduled, or after its due date moved) is skipped, never sent late.
 * A report that fell due before its first sweep is held: no automatic reminder at all until
 * the secretariat starts a catch-up. Letters are worded by the real distance to the due date.
 * The ladder itself is configuration (shared/reports/reminder-ladder.json).
 */
import { createHash } from 'node:crypto';
import { addDays } from '../platform/dates.ts';
import { refuse } from '../platform/refusal.ts';

// The report plan (what a cohort's participants owe) belongs to the cohort: shared/cohorts/model.ts.
import type { PlannedReport, ReportType } from '../cohorts/model.ts';

export type { ReportType };

export const REPORT_STATUSES = ['upcoming', 'due', 'awaiting-signatures', 'submitted', 'overdue', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * Tripartite sign-off: the project plan and the final evaluation count as submitted only when
 * the municipality's management, a union representative and an elected official have signed.
 */
export const SIGNATORY_ROLES = ['management', 'union-representative', 'elected-official'] as const;
export type SignatoryRole = (typeof SIGNATORY_ROLES)[number];
export const SIGNED_REPORT_TYPES: readonly ReportType[] = ['project-plan', 'final-evaluation'];

/** Whether a kind of report needs the three signatures before it counts as submitted. */
export function needsSignatures(type: ReportType): boolean {
  return SIGNED_REPORT_TYPES.includes(type);
}

/** One signature: who signed, in which role, when. */
export interface ReportSignature {
  role: SignatoryRole;
  personId: string;
  name: string;
  signedAt: string;
}

/** The roles still to sign, in the order of SIGNATORY_ROLES. */
export function missingRolesOf(signatures: readonly Pick<ReportSignature, 'role'>[]): SignatoryRole[] {
  return SIGNATORY_ROLES.filter((role) => !signatures.some((s) => s.role === role));
}

/** A person may sign in `role` for a report of `municipalityNumber` only as one of its people holding that role (the table's roles); else why not. */
export function signatoryRefusal(signer: { readonly municipalityNumber: string | undefined; readonly roles: readonly string[] }, municipalityNumber: string, role: SignatoryRole): string | undefined {
  if (signer.municipalityNumber !== municipalityNumber) return `Only a person of municipality ${municipalityNumber} holding the role ${role} may sign for ${role}`;
  if (!signer.roles.includes(role)) return `Signing as ${role} requires the role ${role}; the caller holds ${signer.roles.join(', ') || 'no role'}`;
  return undefined;
}

export type ReviewOutcome = 'accepted' | 'returned';

/** One entry of a report's history: every change of status, due date or reminders. */
export interface ReportHistoryEntry {
  at: string;
  status: ReportStatus;
  by?: string;
  comment?: string;
  dueDate?: string;
  /** The ladder step whose letter this entry sent. */
  reminderSent?: string;
  /** Ladder steps this entry recorded as skipped. */
  remindersSkipped?: string[];
  /** The role whose signature this entry recorded. */
  signedAs?: SignatoryRole;
  /** The signatures this entry voided (a change after a signature). */
  signaturesVoided?: SignatoryRole[];
}

/** A report a participant owes, as stored and as the API shows it (the contract's Report is checked against it). */
export interface Report {
  id: string;
  cohortId: string;
  cohortName: string;
  municipalityNumber: string;
  municipalityName: string;
  type: ReportType;
  title: string;
  dueDate: string;
  status: ReportStatus;
  /** Ladder steps whose letter was sent (never sent twice, even when the due date moves). */
  remindersSent: string[];
  /** Ladder steps recorded as skipped. */
  remindersSkipped: string[];
  /** The first day the ladder applies to; unset until known. */
  remindersFrom?: string;
  /** It fell due before its reminders started: no automatic reminder until a catch-up. */
  remindersHeld: boolean;
  submission?: Record<string, unknown>;
  submittedAt?: string;
  review?: { outcome: ReviewOutcome; comment: string; by: string; at: string };
  /** A project plan's or final evaluation's signatures of its present submission (set once submitted). */
  signatures?: ReportSignature[];
  /** The roles still to sign (empty once signed by all three). */
  missingRoles?: SignatoryRole[];
  /** The last day the signature sweep reminded its missing signatories (at most once per report and day). */
  signatureRemindedOn?: string;
  history: ReportHistoryEntry[];
}

/** startDate + months, on the same day of the month (or the month's last day). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** The status a report waiting for submission has on `today`. */
export function openStatus(dueDate: string, today: string): DatedStatus {
  return today < dueDate ? 'upcoming' : today === dueDate ? 'due' : 'overdue';
}

/** The statuses that follow the due date, in date order: a report in one of them is in the sweep's index. */
export const DATED_STATUSES = ['upcoming', 'due', 'overdue'] as const;
export type DatedStatus = (typeof DATED_STATUSES)[number];

export function followsDueDate(status: ReportStatus): status is DatedStatus {
  return (DATED_STATUSES as readonly ReportStatus[]).includes(status);
}

/**
 * The status a sweep of `today` gives a report waiting for submission: the date's, but never an
 * earlier one than it has. A repeated or late sweep of an earlier day must not turn an overdue
 * report back into a due one; moving the due date sets the status itself.
 */
export function sweptStatus(current: DatedStatus, dueDate: string, today: string): DatedStatus {
  const dated = openStatus(dueDate, today);
  return DATED_STATUSES.indexOf(dated) < DATED_STATUSES.indexOf(current) ? current : dated;
}

/** A report waits for the municipality while upcoming, due, overdue or returned. */
export function awaitsSubmission(status: ReportStatus): boolean {
  return followsDueDate(status) || status === 'returned';
}

export function ensureSubmittable(status: ReportStatus): void {
  if (!awaitsSubmission(status) && status !== 'awaiting-signatures') throw refuse.conflict(`This report is ${status}: there is nothing to submit`);
}

export function ensureSignable(status: ReportStatus): void {
  if (status !== 'awaiting-signatures') throw refuse.conflict(`Only a report awaiting signatures can be signed; this one is ${status}`);
}

export function ensureReviewable(status: ReportStatus): void {
  if (status !== 'submitted') throw refuse.conflict(`Only a submitted report can be accepted or returned; this one is ${status}`);
}

export interface ScheduledReport {
  readonly id: string;
  readonly type: ReportType;
  readonly title: string;
  readonly dueDate: string;
}

/**
 * A participant's reports from the cohort's plan: due `monthsAfterStart` after the cohort's
 * start; those already due before the admission are not owed. Ids are derived from the cohort,
 * municipality and position in the plan, so scheduling twice gives the same reports.
 */
export function scheduleFromPlan(
  plan: readonly PlannedReport[],
  cohort: { readonly id: string; readonly startDate: string },
  municipalityNumber: string,
  admittedOn: string,
  idOf: (seed: string) => string,
): ScheduledReport[] {
  return plan
    .map((planned, index) => ({
      id: idOf(`${cohort.id}|${municipalityNumber}|${index}|${planned.type}`),
      type: planned.type,
      title: planned.title,
      dueDate: addMonths(cohort.startDate, planned.monthsAfterStart),
    }))
    .filter((report) => report.dueDate >= admittedOn);
}

/**
 * The reports an admission gives a participant, as they are stored: the cohort's plan (see
 * scheduleFromPlan), each with its status on the admission day and a first history entry.
 * Ids are a hash of cohort, municipality and position in the plan: scheduling twice gives the
 * same reports. (No event: scheduling is stored as it is, once.)
 */
export function reportsForAdmission(
  plan: readonly PlannedReport[],
  cohort: { readonly id: string; readonly name: string; readonly startDate: string },
  admission: { readonly municipalityNumber: string; readonly municipalityName: string; readonly admittedOn: string },
  scheduledAt: string,
  firstSweepDay?: string,
): Report[] {
  const idOf = (seed: string) => createHash('sha256').update(seed).digest('hex').slice(0, 32);
  // The status as of the day before the first sweep (an admission recorded late finds its reports late).
  const asOf = firstSweepDay && addDays(firstSweepDay, -1) > admission.admittedOn ? addDays(firstSweepDay, -1) : admission.admittedOn;
  return scheduleFromPlan(plan, cohort, admission.municipalityNumber, admission.admittedOn, idOf).map((report) => {
    const status = openStatus(report.dueDate, asOf);
    const reminders = firstSweepDay ? remindersStart(report.dueDate, firstSweepDay) : { remindersHeld: false };
    return {
      ...report,
      cohortId: cohort.id,
      cohortName: cohort.name,
      municipalityNumber: admission.municipalityNumber,
      municipalityName: admission.municipalityName,
      status,
      remindersSent: [],
      remindersSkipped: [],
      ...reminders,
      history: [{ at: scheduledAt, status, comment: reminders.remindersHeld ? 'Scheduled at admission, already past due: no reminders until the secretariat starts a catch-up' : 'Scheduled at admission', dueDate: report.dueDate }],
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The reminder ladder: steps relative to a report's due date (negative: before), each telling
// some of the project leader, the network's advisor and the secretariat.

export const REMINDER_AUDIENCES = ['project-leader', 'advisor', 'secretariat'] as const;
export type ReminderAudience = (typeof REMINDER_AUDIENCES)[number];

export interface ReminderStep {
  id: string;
  daysFromDue: number;
  notify: ReminderAudience[];
}

/** The ladder in force (configuration, checked by the contract's ReminderLadder schema). */
export interface ReminderLadder {
  steps: ReminderStep[];
}

/** What of a report the reminder decisions read. */
export interface ReminderState {
  readonly dueDate: string;
  readonly remindersSent: readonly string[];
  readonly remindersSkipped: readonly string[];
  /** The first day its ladder applies to; unset until a sweep (or the sweep clock) set it. */
  readonly remindersFrom?: string | undefined;
  /** It fell due before its reminders started: nothing is sent until a catch-up. */
  readonly remindersHeld: boolean;
}

/** What a sweep (or a catch-up) does to one report's reminders. */
export interface ReminderDecision {
  /** The one letter, if any: the latest step whose day has come. */
  readonly send: ReminderStep | undefined;
  /** Steps recorded as skipped now (their day passed, or a later step is sent instead). */
  readonly skip: readonly ReminderStep[];
  readonly remindersFrom: string;
  readonly remindersHeld: boolean;
  /** Every step is sent or skipped: the report leaves the sweep's index. */
  readonly done: boolean;
}

/** The day a step falls on for a due date (yyyy-mm-dd, UTC). */
export function stepDay(dueDate: string, step: Pick<ReminderStep, 'daysFromDue'>): string {
  return addDays(dueDate, step.daysFromDue);
}

/** Days from the due date to `day`: negative before it, 0 on it, positive when late. */
export function daysPastDue(dueDate: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / 86_400_000);
}

/**
 * Where a report's reminders start when its first sweep is on `firstSweepDay`: the ladder from
 * that day; held when the report was already past due by then (it fell due before it existed).
 */
export function remindersStart(dueDate: string, firstSweepDay: string): { remindersFrom: string; remindersHeld: boolean } {
  return { remindersFrom: firstSweepDay, remindersHeld: dueDate < firstSweepDay };
}

/**
 * The daily sweep's decision for a report waiting for submission on `today`: pure, from the
 * report, the ladder and the day. A repeat of the same sweep finds nothing left to do.
 */
export function sweepReminders(state: ReminderState, ladder: ReminderLadder, today: string): ReminderDecision {
  // Reports scheduled before the first sweep ever ran start with the first sweep that meets them.
  // (held when already past due and never reminded: it fell due before any sweep saw it).
  const start =
    state.remindersFrom === undefined
      ? { remindersFrom: today, remindersHeld: state.remindersHeld || (state.dueDate < today && state.remindersSent.length === 0) }
      : { remindersFrom: state.remindersFrom, remindersHeld: state.remindersHeld };
  if (start.remindersHeld) return { send: undefined, skip: [], ...start, done: false };
  const open = openSteps(state, ladder);
  const passed = open.filter((step) => stepDay(state.dueDate, step) < start.remindersFrom);
  const come = open.filter((step) => stepDay(state.dueDate, step) >= start.remindersFrom && stepDay(state.dueDate, step) <= today);
  return decide(open, passed, come, start);
}

/**
 * A catch-up the secretariat started on `today` for a held report: one letter for the latest
 * step whose day has come (worded by the real distance), the other steps up to today skipped;
 * the steps still to come follow the ladder as for any report.
 */
export function catchUpReminders(state: ReminderState, ladder: ReminderLadder, today: string): ReminderDecision {
  const open = openSteps(state, ladder);
  const come = open.filter((step) => stepDay(state.dueDate, step) <= today);
  return decide(open, [], come, { remindersFrom: today, remindersHeld: false });
}

/**
 * A due date moved: the steps already sent stay sent (never sent twice), the skipped ones are
 * weighed again against the new date from the next sweep on, and nothing is held (the
 * secretariat chose the date). `nextSweepDay` unset: from the first sweep that meets it.
 */
export function rescheduledReminders(
  state: { readonly remindersSent: string[] },
  nextSweepDay: string | undefined,
): { remindersSent: string[]; remindersSkipped: string[]; remindersFrom?: string; remindersHeld: boolean } {
  return { remindersSent: state.remindersSent, remindersSkipped: [], ...(nextSweepDay ? { remindersFrom: nextSweepDay } : {}), remindersHeld: false };
}

function openSteps(state: ReminderState, ladder: ReminderLadder): ReminderStep[] {
  const resolved = new Set([...state.remindersSent, ...state.remindersSkipped]);
  return [...ladder.steps].sort((a, b) => a.daysFromDue - b.daysFromDue).filter((step) => !resolved.has(step.id));
}

function decide(open: readonly ReminderStep[], passed: readonly ReminderStep[], come: readonly ReminderStep[], start: { remindersFrom: string; remindersHeld: boolean }): ReminderDecision {
  const send = come.at(-1);
  const skip = [...passed, ...come.slice(0, -1)];
  return { send, skip, ...start, done: open.length === skip.length + (send ? 1 : 0) };
}

/** How far ahead of due dates the sweep must look (the earliest step). */
export function lookAheadDays(ladder: ReminderLadder): number {
  return Math.max(0, ...ladder.steps.map((s) => -s.daysFromDue));
}

/**
 * The sweep clock: the day of the latest sweep and the instant it started. It is the
 * programme's "today" for reminders, so that a report scheduled or moved between two sweeps
 * starts its ladder at the next sweep, in AWS (where sweep days are real days) and locally
 * alike (where a test fires the sweep for any day).
 */
export interface SweepClock {
  readonly day: string;
  readonly at: string;
}

const DAY_MS = 86_400_000;

/** The sweep's day now: the last sweep's day plus the whole days since it started; without a sweep yet, the UTC day. */
export function sweepToday(clock: SweepClock | undefined, now: Date): string {
  if (!clock) return now.toISOString().slice(0, 10);
  return addDays(clock.day, Math.max(0, Math.floor((now.getTime() - Date.parse(clock.at)) / DAY_MS)));
}

/** The day of the first sweep still to come: the day after the last one, or later when days were missed; unset before any sweep. */
export function nextSweepDay(clock: SweepClock | undefined, now: Date): string | undefined {
  if (!clock) return undefined;
  return addDays(clock.day, Math.max(1, Math.floor((now.getTime() - Date.parse(clock.at)) / DAY_MS)));
}

/** Who may get a copy of a project leader's reminder. */
export type ReminderCopy = Exclude<ReminderAudience, 'project-leader'>;

/**
 * Who besides the project leader really gets a step's reminder, as its letter names them: the
 * advisor only when the municipality is in a network (else nobody advises it yet).
 */
export function reminderCopies(notify: readonly string[], hasAdvisor: boolean): ReminderCopy[] {
  return (['advisor', 'secretariat'] as const).filter((a) => notify.includes(a) && (a === 'secretariat' || hasAdvisor));
}
