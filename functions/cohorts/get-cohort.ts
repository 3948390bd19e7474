import { listGatherings, requireCohort } from '#shared/cohorts/repository.ts';
import { config } from '#shared/platform/config.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getCohort } from '#shared/cohorts/routes.ts';

/** GET /cohorts/{cohortId}: the cohort with its calendar, in date order. */
export const handler = httpHandler(getCohort, async ({ params }) => {
  const tableName = config.tableName();
  const [cohort, gatherings] = await Promise.all([requireCohort(tableName, params.cohortId), listGatherings(tableName, params.cohortId)]);
  return json(200, { ...cohort.value, gatherings: gatherings.map((g) => g.value) });
});
