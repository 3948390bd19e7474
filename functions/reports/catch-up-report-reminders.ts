import { cohortsRepository } from '#shared/cohorts/index.ts';
import { catchUp, followsDueDate, reminderLadder, reportsRepository, sweepToday, type CaughtUp } from '#shared/reports/index.ts';
import { forEachConcurrently } from '#shared/platform/concurrency.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { catchUpReportReminders } from '#shared/reports/routes.ts';

/** Reports caught up at once. */
const CONCURRENCY = 8;
/** Attempts per report when it changes meanwhile (then it counts as remaining). */
const ATTEMPTS = 3;

/**
 * POST /cohorts/{cohortId}/report-reminders/catch-up: the secretariat deliberately starts the
 * reminders of a cohort's held reports (those that fell due before they existed). Each gets at
 * most one letter, to its project leader only, worded by the real distance to its due date;
 * the steps up to today are recorded as skipped, and the steps still to come follow the
 * ladder. At most `limit` reports per call, oldest due first; the answer counts and lists them
 * (a dry run changes nothing), so the secretariat sees what it touched and what remains.
 */
export const handler = idempotentHttpHandler(catchUpReportReminders, async ({ params, body, principal, correlationId }) => {
  const reports = reportsRepository();
  const [cohort, clock] = await Promise.all([cohortsRepository().require(params.cohortId), reports.readSweepClock()]);
  const today = sweepToday(clock, new Date());
  const ladder = reminderLadder();
  const held = (await reports.ofCohort(cohort.value.id))
    .filter((r) => r.remindersHeld && followsDueDate(r.status))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.municipalityNumber.localeCompare(b.municipalityNumber));
  const touched: CaughtUp[] = [];
  await forEachConcurrently(held.slice(0, body.limit), CONCURRENCY, async (report) => {
    // Read again to be changed; undefined when it is no longer held (a sweep, a move or a submission came first).
    const outcome = await reports.withRereads(report.id, ATTEMPTS, async (current) => {
      const caught = current && catchUp(current.value, ladder, today, { by: principal!.subject, correlationId, now: new Date() });
      if (!caught || body.dryRun) return caught?.outcome;
      await reports.save({ value: caught.state, version: current.version }, caught.events, { remindersDone: caught.remindersDone });
      return caught.outcome;
    });
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
