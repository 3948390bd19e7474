import type { Versioned } from '#shared/platform/dynamodb/query.ts';
import { advanceSweepClock, getReport, openReportsDueBy, readSweepClock, saveReport } from '#shared/reports/repository.ts';
import { ConcurrentChangeError } from '#shared/platform/dynamodb/transaction.ts';
import { forEachConcurrently } from '#shared/platform/concurrency.ts';
import { config } from '#shared/platform/config.ts';
import { reminderLadder } from '#shared/reports/reminder-ladder.ts';
import type { Report } from '#shared/reports/contract.ts';
import { addDays, utcDay } from '#shared/platform/dates.ts';
import { lookAheadDays, sweepReminders, type ReminderLadder } from '#shared/reports/reminders.ts';
import { followsDueDate, remindedReport, sweptStatus } from '#shared/reports/model.ts';
import { scheduledHandler } from '#shared/platform/events/event-handler.ts';
import { reminderEvent } from '#shared/reports/events.ts';
import { logger } from '#shared/platform/logger.ts';
import { reportDueSweepSchedule } from '#shared/reports/routes.ts';

/** Reports swept at once. */
const SWEEP_CONCURRENCY = 8;

/**
 * Daily: every report waiting for a submission gets at most one letter, for the latest ladder
 * step whose day has come (ReportDue up to the due date, ReportOverdue after), the earlier
 * steps not sent are recorded as skipped, and its status follows the date (the rules:
 * shared/reports/reminders.ts). Reads only the sparse index of reports due soon or overdue.
 * Running twice or after a crash sends nothing twice; a sweep of an earlier day that meets a
 * later day's stops writing as soon as the later one has started.
 */
export const handler = scheduledHandler(reportDueSweepSchedule, async (event) => {
  const tableName = config.tableName();
  const ladder = reminderLadder();
  const today = utcDay(event.time);
  const clock = await advanceSweepClock(tableName, today, new Date().toISOString());
  if (clock.day > today) {
    logger.warn('Report sweep superseded: a later day’s sweep has started', { day: today, latest: clock.day });
    return;
  }
  const reports = await openReportsDueBy(tableName, addDays(today, lookAheadDays(ladder)));
  const sweep: Sweep = { tableName, ladder, today, correlationId: event.id, superseded: false };
  let letters = 0;
  let skipped = 0;
  // Reports are independent (each decision is one versioned write of its own report), so a due
  // day shared by a whole cohort's reports is swept several at a time.
  await forEachConcurrently(reports, SWEEP_CONCURRENCY, async (read) => {
    const outcome = await sweepReport(sweep, read, ladder.steps.length + 3);
    letters += outcome.letters;
    skipped += outcome.skipped;
  });
  logger.info('Report sweep', { day: today, reportsRead: reports.length, letters, stepsSkipped: skipped, superseded: sweep.superseded });
});

interface Sweep {
  readonly tableName: string;
  readonly ladder: ReminderLadder;
  readonly today: string;
  readonly correlationId: string;
  /** A later day's sweep has started: this one writes nothing more. */
  superseded: boolean;
}

/**
 * One report: the decision for today, written with its letter's event at the version read. When
 * the report changed meanwhile (another sweep, a moved due date, a submission) it is read again
 * and decided afresh, up to `attempts` times (the next day's sweep sees what is left).
 */
async function sweepReport(sweep: Sweep, read: Versioned<Report>, attempts: number): Promise<{ letters: number; skipped: number }> {
  const none = { letters: 0, skipped: 0 };
  let current: Versioned<Report> | undefined = read;
  for (let attempt = 0; current && attempt < attempts && !sweep.superseded; attempt++) {
    const { value: report, version } = current;
    try {
      if (!followsDueDate(report.status)) {
        // Submitted or returned meanwhile (the index lags): saving it as it is takes it out.
        await saveReport(sweep.tableName, current);
        return none;
      }
      const decision = sweepReminders(report, sweep.ladder, sweep.today);
      const reminded = remindedReport(report, decision, sweptStatus(report.status, report.dueDate, sweep.today), new Date().toISOString());
      if (!reminded) return none;
      // The check comes right before the write: a later day's sweep has started, so its day's decision stands.
      const clock = await readSweepClock(sweep.tableName);
      if (clock && clock.day > sweep.today) {
        sweep.superseded = true;
        return none;
      }
      const events = decision.send ? [reminderEvent(reminded, decision.send, sweep.today, decision.send.notify, sweep.correlationId)] : [];
      await saveReport(sweep.tableName, { value: reminded, version }, events, { remindersDone: decision.done });
      return { letters: events.length, skipped: decision.skip.length };
    } catch (error) {
      if (!(error instanceof ConcurrentChangeError)) throw error;
      current = await getReport(sweep.tableName, report.id);
    }
  }
  return none;
}
