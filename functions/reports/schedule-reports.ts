import { createHash } from 'node:crypto';
import { requireCohort } from '#shared/adapters/dynamodb/cohorts-repository.ts';
import { insertReports } from '#shared/adapters/dynamodb/reports-repository.ts';
import { config } from '#shared/config.ts';
import { defaultReportPlan, openStatus, scheduleFromPlan } from '#shared/domain/report.ts';
import { eventHandler } from '#shared/events/event-handler.ts';
import { logger } from '#shared/observability/logger.ts';

/** On MunicipalityAdmitted: the participant's reports from the cohort's plan (the default plan unless set). */
export const handler = eventHandler('scheduleReports', 'MunicipalityAdmitted', async ({ data, metadata }) => {
  const tableName = config.tableName();
  const cohort = await requireCohort(tableName, data.cohortId);
  const plan = cohort.value.reportPlan ?? defaultReportPlan(cohort.value.durationYears);
  const idOf = (seed: string) => createHash('sha256').update(seed).digest('hex').slice(0, 32);
  const scheduled = scheduleFromPlan(plan, cohort.value, data.municipalityNumber, data.admittedOn, idOf).map((r) => ({
    ...r,
    cohortId: cohort.value.id,
    cohortName: cohort.value.name,
    municipalityNumber: data.municipalityNumber,
    municipalityName: data.municipalityName,
    status: openStatus(r.dueDate, data.admittedOn),
    remindersSent: [],
    history: [{ at: metadata.occurredAt, status: openStatus(r.dueDate, data.admittedOn), comment: 'Scheduled at admission', dueDate: r.dueDate }],
  }));
  if (scheduled.length === 0) return;
  const inserted = await insertReports(tableName, scheduled);
  logger.info(inserted ? 'Reports scheduled' : 'Reports were scheduled before', { reports: scheduled.length });
});
