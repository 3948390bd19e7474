/**
 * Reports: the documentation and evaluation every participant owes. Scheduled from the cohort's
 * plan at admission; submitted by the municipality; accepted or returned by the secretariat or
 * an advisor. Pure rules, no AWS.
 */
import { createHash } from 'node:crypto';
import type { Report } from './contract.ts';
import { addDays } from '../platform/dates.ts';
import { refuse } from '../platform/refusal.ts';
import { remindersStart, type ReminderDecision } from './reminders.ts';

export const REPORT_TYPES = ['project-plan', 'status-report', 'final-evaluation'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export const REPORT_STATUSES = ['upcoming', 'due', 'submitted', 'overdue', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export interface PlannedReport {
  readonly type: ReportType;
  readonly title: string;
  readonly monthsAfterStart: number;
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
  if (!awaitsSubmission(status)) throw refuse.conflict(`This report is ${status}: there is nothing to submit`);
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
 * same reports.
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

/**
 * The report after a sweep's (or a catch-up's) reminder decision, with a history entry naming
 * the step sent and those skipped; undefined when the decision changes nothing.
 */
export function remindedReport(report: Report, decision: ReminderDecision, status: DatedStatus, at: string, entry: { by?: string; comment?: string } = {}): Report | undefined {
  const skipped = decision.skip.map((s) => s.id);
  const unchanged =
    !decision.send && skipped.length === 0 && status === report.status && decision.remindersFrom === report.remindersFrom && decision.remindersHeld === report.remindersHeld;
  if (unchanged) return undefined;
  const changesHistory = decision.send || skipped.length > 0 || status !== report.status || decision.remindersHeld !== report.remindersHeld || entry.comment;
  return {
    ...report,
    status,
    remindersSent: decision.send ? [...report.remindersSent, decision.send.id] : report.remindersSent,
    remindersSkipped: [...report.remindersSkipped, ...skipped],
    remindersFrom: decision.remindersFrom,
    remindersHeld: decision.remindersHeld,
    history: changesHistory
      ? [
          ...report.history,
          {
            at,
            status,
            dueDate: report.dueDate,
            ...entry,
            ...(decision.send ? { reminderSent: decision.send.id } : {}),
            ...(skipped.length ? { remindersSkipped: skipped } : {}),
            ...(decision.remindersHeld && !report.remindersHeld ? { comment: 'Already past due when first swept: no reminders until the secretariat starts a catch-up' } : {}),
          },
        ]
      : report.history,
  };
}
