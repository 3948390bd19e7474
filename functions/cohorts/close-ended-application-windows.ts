import { applicationWindowEnded, cohortsRepository, transitionCohort } from '#shared/cohorts/index.ts';
import { ConcurrentChangeError } from '#shared/platform/dynamodb/transaction.ts';
import { norwegianDay } from '#shared/platform/dates.ts';
import { scheduledHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { applicationWindowsSchedule } from '#shared/cohorts/routes.ts';

/**
 * Nightly: every open cohort whose application window ended (closesOn before today, the day in
 * Norway) is closed through the same command as the secretariat's close (transitionCohort),
 * saved on the version it was read at. CohortClosed is written with the change, so it is
 * emitted exactly once: a second run finds the cohort closed; a run racing the secretariat's
 * POST /cohorts/{id}/transitions loses the version condition (or wins it, and the secretariat
 * gets 409), and reads again. Reads: the cohorts (one GSI partition, few items); no Scan.
 */
export const handler = scheduledHandler(applicationWindowsSchedule, async (event) => {
  const today = norwegianDay(event.time);
  const cohorts = cohortsRepository();
  const ended = (await cohorts.list()).filter((c) => c.status === 'open' && applicationWindowEnded(c.applicationWindow, today));
  for (const { id } of ended) {
    for (let attempt = 1; ; attempt++) {
      // The index may lag: the cohort as it is now decides.
      const current = await cohorts.require(id);
      if (current.value.status !== 'open' || !applicationWindowEnded(current.value.applicationWindow, today)) break;
      const { state, events } = transitionCohort(current.value, 'close', { correlationId: event.id, now: new Date() });
      try {
        await cohorts.save({ value: state, version: current.version }, events);
        logger.info('Application window ended: cohort closed', { cohortId: id, closesOn: state.applicationWindow.closesOn, day: today });
        break;
      } catch (error) {
        if (!(error instanceof ConcurrentChangeError) || attempt >= 3) throw error;
      }
    }
  }
});
