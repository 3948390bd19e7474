import type { Versioned } from '#shared/adapters/dynamodb/query.ts';
import { getReport, openReportsDueBy, recordReminder, saveReport } from '#shared/adapters/dynamodb/reports-repository.ts';
import { ConcurrentChangeError } from '#shared/adapters/dynamodb/transaction.ts';
import { forEachConcurrently } from '#shared/concurrency.ts';
import { config } from '#shared/config.ts';
import { reminderLadder } from '#shared/config/reminder-ladder.ts';
import { addDays, utcDay } from '#shared/domain/dates.ts';
import { ladderDone, lookAheadDays, stepsDue, type ReminderLadder } from '#shared/domain/reminders.ts';
import type { Report } from '#shared/contracts/reports.ts';
import { followsDueDate, sweptStatus } from '#shared/domain/report.ts';
import { scheduledHandler } from '#shared/events/event-handler.ts';
import { newEvent } from '#shared/events/outbox.ts';
import { logger } from '#shared/observability/logger.ts';

/** Reports swept at once. */
const SWEEP_CONCURRENCY = 8;

/**
 * Daily: every report waiting for a submission gets the ladder's steps whose day has come and
 * that it has not had (ReportDue before and on the due date, ReportOverdue after), and its
 * status follows the date. Reads only the sparse index of reports due soon or overdue. Running
 * twice, late (missed days are caught up), or after a crash sends each step exactly once.
 */
export const handler = scheduledHandler('runReportSweep', async (event) => {
  const tableName = config.tableName();
  const ladder = reminderLadder();
  const today = utcDay(event.time);
  const horizon = addDays(today, lookAheadDays(ladder));
  const reports = await openReportsDueBy(tableName, horizon);
  // Each refused write means another one landed on the report. Sweeps at once land at most one
  // per ladder step and two status changes between them, so these attempts always finish the
  // report unless people keep changing it (then the next day's sweep does).
  const attempts = ladder.steps.length + 3;
  let reminders = 0;
  // Reports are independent (each step is guarded on its own report), so a due day shared by a
  // whole cohort's reports is swept several at a time instead of hundreds of transactions in a row.
  await forEachConcurrently(reports, SWEEP_CONCURRENCY, async (read) => {
    reminders += await sweepReport(tableName, ladder, today, read, event.id, attempts);
  });
  logger.info('Report sweep', { day: today, reportsRead: reports.length, reminders });
});

/**
 * One report: its status follows the date, and each ladder step due and not yet sent is recorded
 * with its event, one version after another. When the report changed meanwhile (another sweep,
 * a moved due date, a submission) it is read again and swept as it is now; returns the steps recorded.
 */
async function sweepReport(tableName: string, ladder: ReminderLadder, today: string, read: Versioned<Report>, correlationId: string, attempts: number): Promise<number> {
  const { value: report, version } = read;
  if (!followsDueDate(report.status)) {
    // Submitted or returned meanwhile: saving it as it is takes it out of the index.
    await saveReport(tableName, read).catch(ignoreConcurrentChange);
    return 0;
  }
  const status = sweptStatus(report.status, report.dueDate, today);
  const sent = new Set(report.remindersSent);
  const history = status === report.status ? report.history : [...report.history, { at: new Date().toISOString(), status, dueDate: report.dueDate }];
  const due = stepsDue(ladder, report.dueDate, sent, today);
  let recorded = 0;
  for (const step of due) {
    sent.add(step.id);
    const data = { reportId: report.id, dueDate: report.dueDate, stepId: step.id, daysFromDue: step.daysFromDue, notify: step.notify, sweptOn: today };
    const reminder = newEvent(step.daysFromDue > 0 ? 'ReportOverdue' : 'ReportDue', data, { correlationId, now: new Date() });
    if (!(await recordReminder(tableName, { id: report.id, version: version + recorded, status, history }, step.id, ladderDone(ladder, sent), reminder))) {
      const now = attempts > 1 ? await getReport(tableName, report.id) : undefined;
      return recorded + (now ? await sweepReport(tableName, ladder, today, now, correlationId, attempts - 1) : 0);
    }
    recorded++;
  }
  if (due.length === 0 && status !== report.status) {
    // A submission at the same moment wins; the next sweep sees it.
    await saveReport(tableName, { value: { ...report, status, history }, version }).catch(ignoreConcurrentChange);
  }
  return recorded;
}

function ignoreConcurrentChange(error: unknown): void {
  if (!(error instanceof ConcurrentChangeError)) throw error;
}
