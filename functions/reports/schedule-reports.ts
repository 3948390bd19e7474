import { cohortsRepository, reportPlanOf } from '#shared/cohorts/index.ts';
import { nextSweepDay, reportsForAdmission, reportsRepository } from '#shared/reports/index.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { scheduleReports } from '#shared/reports/routes.ts';

/**
 * On MunicipalityAdmitted: the participant's reports from the cohort's plan (the default plan
 * unless set). Their reminders start at the next sweep; a report already past due by then (an
 * admission recorded with a past decision date) is held until the secretariat starts a catch-up.
 */
export const handler = eventHandler(scheduleReports, async ({ data, metadata }) => {
  const reports = reportsRepository();
  const [cohort, clock] = await Promise.all([cohortsRepository().require(data.cohortId), reports.readSweepClock()]);
  const plan = reportPlanOf(cohort.value);
  const scheduled = reportsForAdmission(plan, cohort.value, data, metadata.occurredAt, nextSweepDay(clock, new Date()));
  if (scheduled.length === 0) return;
  const inserted = await reports.insertNew(scheduled);
  logger.info(inserted ? 'Reports scheduled' : 'Reports were scheduled before', { reports: scheduled.length, held: scheduled.filter((r) => r.remindersHeld).length });
});
