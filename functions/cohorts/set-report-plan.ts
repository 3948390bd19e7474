import { cohortsRepository, planReports } from '#shared/cohorts/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { setReportPlan } from '#shared/cohorts/routes.ts';

/** PUT /cohorts/{cohortId}/report-plan: the reports municipalities admitted from now on will owe. */
export const handler = httpHandler(setReportPlan, async ({ params, body }) => {
  const cohorts = cohortsRepository();
  const cohort = await cohorts.require(params.cohortId);
  const { state, events } = planReports(cohort.value, body.reports);
  await cohorts.save({ value: state, version: cohort.version }, events);
  return json(200, state);
});
