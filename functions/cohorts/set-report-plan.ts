import { requireCohort, saveCohort } from '#shared/cohorts/repository.ts';
import { config } from '#shared/platform/config.ts';
import { acceptsPlanning } from '#shared/cohorts/model.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { setReportPlan } from '#shared/cohorts/routes.ts';

/** PUT /cohorts/{cohortId}/report-plan: the reports municipalities admitted from now on will owe. */
export const handler = httpHandler(setReportPlan, async ({ params, body }) => {
  const tableName = config.tableName();
  const cohort = await requireCohort(tableName, params.cohortId);
  if (!acceptsPlanning(cohort.value.status)) throw refuse.conflict('The cohort is completed');
  const months = cohort.value.durationYears * 12;
  const late = body.reports.flatMap((r, i) => (r.monthsAfterStart > months ? [{ pointer: `/reports/${i}/monthsAfterStart`, detail: `The cohort lasts ${months} months` }] : []));
  if (late.length > 0) throw refuse.invalid('Reports must fall within the cohort', late);
  const updated = { ...cohort.value, reportPlan: body.reports };
  await saveCohort(tableName, { value: updated, version: cohort.version }, []);
  return json(200, updated);
});
