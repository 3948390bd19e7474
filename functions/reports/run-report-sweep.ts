import { lookAheadDays, reminderLadder, reportsRepository, sweep, type ReminderLadder, type Report, type ReportsRepository } from '#shared/reports/index.ts';
import type { Versioned } from '#shared/platform/dynamodb/query.ts';
import { forEachConcurrently } from '#shared/platform/concurrency.ts';
import { addDays, utcDay } from '#shared/platform/dates.ts';
import { scheduledHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { reportDueSweepSchedule } from '#shared/reports/routes.ts';

/** Reports swept at once. */
const SWEEP_CONCURRENCY = 8;

/**
 * Daily: every report waiting for a submission gets at most one letter, for the latest ladder
 * step whose day has come (ReportDue up to the due date, ReportOverdue after), the earlier
 * steps not sent are recorded as skipped, and its status follows the date (the rules:
 * shared/reports/model.ts; the step: sweep in shared/reports/commands.ts). Reads only the sparse
 * index of reports due soon or overdue. Running twice or after a crash sends nothing twice; a
 * sweep of an earlier day that meets a later day's stops writing as soon as the later one has started.
 */
export const handler = scheduledHandler(reportDueSweepSchedule, async (event) => {
  const reports = reportsRepository();
  const ladder = reminderLadder();
  const today = utcDay(event.time);
  const clock = await reports.advanceSweepClock(today, new Date().toISOString());
  if (clock.day > today) {
    logger.warn('Report sweep superseded: a later day’s sweep has started', { day: today, latest: clock.day });
    return;
  }
  const open = await reports.openDueBy(addDays(today, lookAheadDays(ladder)));
  const run: Sweep = { reports, ladder, today, correlationId: event.id, superseded: false };
  let letters = 0;
  let skipped = 0;
  // Reports are independent (each decision is one versioned write of its own report), so a due
  // day shared by a whole cohort's reports is swept several at a time.
  await forEachConcurrently(open, SWEEP_CONCURRENCY, async (read) => {
    // A report that changed meanwhile (another sweep, a moved due date, a submission) is read
    // again and decided afresh, a few times (the next day's sweep sees what is left).
    const outcome = (await reports.withRereads(read.value.id, ladder.steps.length + 3, (current) => sweepReport(run, current), read)) ?? NONE;
    letters += outcome.letters;
    skipped += outcome.skipped;
  });
  logger.info('Report sweep', { day: today, reportsRead: open.length, letters, stepsSkipped: skipped, superseded: run.superseded });
});

interface Sweep {
  readonly reports: ReportsRepository;
  readonly ladder: ReminderLadder;
  readonly today: string;
  readonly correlationId: string;
  /** A later day's sweep has started: this one writes nothing more. */
  superseded: boolean;
}

const NONE = { letters: 0, skipped: 0 };

/** One report as read: today's decision, written with its letter's event at the version read (a lost race throws, and it is read again). */
async function sweepReport(run: Sweep, current: Versioned<Report> | undefined): Promise<{ letters: number; skipped: number }> {
  if (!current || run.superseded) return NONE;
  const step = sweep(current.value, run.ladder, run.today, { correlationId: run.correlationId, now: new Date() });
  if (step.change === 'unchanged') return NONE;
  if (step.change === 'leave-index') {
    // Submitted or returned meanwhile (the index lags): saving it as it is takes it out.
    await run.reports.save(current);
    return NONE;
  }
  // The check comes right before the write: a later day's sweep has started, so its day's decision stands.
  const clock = await run.reports.readSweepClock();
  if (clock && clock.day > run.today) {
    run.superseded = true;
    return NONE;
  }
  await run.reports.save({ value: step.state, version: current.version }, step.events, { remindersDone: step.remindersDone });
  return { letters: step.events.length, skipped: step.skipped };
}
