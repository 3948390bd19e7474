import { requireCohort } from '#shared/cohorts/repository.ts';
import { getReport, readSweepClock, reportsOfCohort, saveReport } from '#shared/reports/repository.ts';
import { ConcurrentChangeError } from '#shared/platform/dynamodb/transaction.ts';
import { forEachConcurrently } from '#shared/platform/concurrency.ts';
import { config } from '#shared/platform/config.ts';
import { reminderLadder } from '#shared/reports/reminder-ladder.ts';
import { type Report } from '#shared/reports/contract.ts';
import { catchUpReminders, daysPastDue, sweepToday, type ReminderLadder } from '#shared/reports/reminders.ts';
import { followsDueDate, remindedReport, sweptStatus, type DatedStatus } from '#shared/reports/model.ts';
import { reminderEvent } from '#shared/reports/events.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { catchUpReportReminders } from '#shared/reports/routes.ts';

/** Reports caught up at once. */
const CONCURRENCY = 8;

/**
 * POST /cohorts/{cohortId}/report-reminders/catch-up: the secretariat deliberately starts the
 * reminders of a cohort's held reports (those that fell due before they existed). Each gets at
 * most one letter, to its project leader only, worded by the real distance to its due date;
 * the steps up to today are recorded as skipped, and the steps still to come follow the
 * ladder. At most `limit` reports per call, oldest due first; the answer counts and lists them
 * (a dry run changes nothing), so the secretariat sees what it touched and what remains.
 */
export const handler = idempotentHttpHandler(catchUpReportReminders, async ({ params, body, principal, correlationId }) => {
  const tableName = config.tableName();
  const [cohort, clock] = await Promise.all([requireCohort(tableName, params.cohortId), readSweepClock(tableName)]);
  const today = sweepToday(clock, new Date());
  const ladder = reminderLadder();
  const held = (await reportsOfCohort(tableName, cohort.value.id))
    .filter((r) => r.remindersHeld && followsDueDate(r.status))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.municipalityNumber.localeCompare(b.municipalityNumber));
  const touched: CaughtUp[] = [];
  await forEachConcurrently(held.slice(0, body.limit), CONCURRENCY, async (report) => {
    const outcome = await catchUp({ tableName, ladder, today, dryRun: body.dryRun, by: principal!.subject, correlationId }, report.id);
    if (outcome) touched.push(outcome);
  });
  touched.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.municipalityNumber.localeCompare(b.municipalityNumber));
  const summary = {
    cohortId: cohort.value.id,
    catchUpOn: today,
    dryRun: body.dryRun,
    held: held.length,
    caughtUp: touched.length,
    letters: touched.filter((r) => r.stepId !== null).length,
    remaining: held.length - touched.length,
    reports: touched,
  };
  logger.info('Report reminders caught up', { ...summary, reports: undefined });
  return json(200, summary);
});

interface CaughtUp {
  readonly reportId: string;
  readonly municipalityNumber: string;
  readonly municipalityName: string;
  readonly title: string;
  readonly dueDate: string;
  readonly daysPastDue: number;
  readonly stepId: string | null;
  readonly stepsSkipped: string[];
}

interface CatchUp {
  readonly tableName: string;
  readonly ladder: ReminderLadder;
  readonly today: string;
  readonly dryRun: boolean;
  readonly by: string;
  readonly correlationId: string;
}

/** One held report, read again to be changed; undefined when it is no longer held (a sweep, a move or a submission came first). */
async function catchUp(run: CatchUp, reportId: string, attempts = 3): Promise<CaughtUp | undefined> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const read = await getReport(run.tableName, reportId);
    if (!read || !read.value.remindersHeld) return undefined;
    const report: Report = read.value;
    if (!followsDueDate(report.status)) return undefined;
    const decision = catchUpReminders(report, run.ladder, run.today);
    const outcome: CaughtUp = {
      reportId: report.id,
      municipalityNumber: report.municipalityNumber,
      municipalityName: report.municipalityName,
      title: report.title,
      dueDate: report.dueDate,
      daysPastDue: daysPastDue(report.dueDate, run.today),
      stepId: decision.send?.id ?? null,
      stepsSkipped: decision.skip.map((s) => s.id),
    };
    if (run.dryRun) return outcome;
    const status = sweptStatus(report.status as DatedStatus, report.dueDate, run.today);
    const reminded = remindedReport(report, decision, status, new Date().toISOString(), { by: run.by, comment: 'Reminders caught up by the secretariat' })!;
    // The catch-up letter goes to the project leader only: the secretariat has the summary, and advisors get no burst of copies.
    const events = decision.send ? [reminderEvent(reminded, decision.send, run.today, ['project-leader'], run.correlationId)] : [];
    try {
      await saveReport(run.tableName, { value: reminded, version: read.version }, events, { remindersDone: decision.done });
      return outcome;
    } catch (error) {
      if (!(error instanceof ConcurrentChangeError)) throw error;
    }
  }
  return undefined;
}
