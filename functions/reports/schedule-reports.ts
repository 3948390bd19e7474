import { requireCohort } from '#shared/adapters/dynamodb/cohorts-repository.ts';
import { insertReports } from '#shared/adapters/dynamodb/reports-repository.ts';
import { config } from '#shared/config.ts';
import { defaultReportPlan, reportsForAdmission } from '#shared/domain/report.ts';
import { eventHandler } from '#shared/events/event-handler.ts';
import { logger } from '#shared/observability/logger.ts';

/** On MunicipalityAdmitted: the participant's reports from the cohort's plan (the default plan unless set). */
export const handler = eventHandler('scheduleReports', 'MunicipalityAdmitted', async ({ data, metadata }) => {
  const tableName = config.tableName();
  const cohort = await requireCohort(tableName, data.cohortId);
  const plan = cohort.value.reportPlan ?? defaultReportPlan(cohort.value.durationYears);
  const scheduled = reportsForAdmission(plan, cohort.value, data, metadata.occurredAt);
  if (scheduled.length === 0) return;
  const inserted = await insertReports(tableName, scheduled);
  logger.info(inserted ? 'Reports scheduled' : 'Reports were scheduled before', { reports: scheduled.length });
});
