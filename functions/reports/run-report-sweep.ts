import { openReportsDueBy, recordReminder, saveReport } from '#shared/adapters/dynamodb/reports-repository.ts';
import { ConcurrentChangeError } from '#shared/adapters/dynamodb/transaction.ts';
import { config } from '#shared/config.ts';
import { reminderLadder } from '#shared/config/reminder-ladder.ts';
import { utcDay } from '#shared/domain/dates.ts';
import { ladderDone, lookAheadDays, stepDay, stepsDue } from '#shared/domain/reminders.ts';
import { awaitsSubmission, openStatus } from '#shared/domain/report.ts';
import { scheduledHandler } from '#shared/events/event-handler.ts';
import { newEvent } from '#shared/events/outbox.ts';
import { logger } from '#shared/observability/logger.ts';

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
  const horizon = stepDay(today, { daysFromDue: lookAheadDays(ladder) });
  const reports = await openReportsDueBy(tableName, horizon);
  let reminders = 0;
  for (const { value: report, version } of reports) {
    if (!awaitsSubmission(report.status) || report.status === 'returned') {
      await saveReport(tableName, { value: report, version }, false).catch(ignoreConcurrentChange);
      continue;
    }
    const status = openStatus(report.dueDate, today);
    const sent = new Set(report.remindersSent);
    const history = status === report.status ? report.history : [...report.history, { at: new Date().toISOString(), status, dueDate: report.dueDate }];
    const due = stepsDue(ladder, report.dueDate, sent, today);
    let current = version;
    for (const step of due) {
      sent.add(step.id);
      const data = { reportId: report.id, dueDate: report.dueDate, stepId: step.id, daysFromDue: step.daysFromDue, notify: step.notify, sweptOn: today };
      const reminder = newEvent(step.daysFromDue > 0 ? 'ReportOverdue' : 'ReportDue', data, { correlationId: event.id, now: new Date() });
      // Each recorded step is one version on; a refused one means the report changed meanwhile.
      if (!(await recordReminder(tableName, { id: report.id, version: current, status, history }, step.id, ladderDone(ladder, sent), reminder))) break;
      current++;
      reminders++;
    }
    if (due.length === 0 && status !== report.status) {
      // A submission at the same moment wins; the next sweep sees it.
      await saveReport(tableName, { value: { ...report, status, history }, version }, true).catch(ignoreConcurrentChange);
    }
  }
  logger.info('Report sweep', { day: today, reportsRead: reports.length, reminders });
});

function ignoreConcurrentChange(error: unknown): void {
  if (!(error instanceof ConcurrentChangeError)) throw error;
}
