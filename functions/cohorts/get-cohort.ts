import { cohortsRepository } from '#shared/cohorts/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getCohort } from '#shared/cohorts/routes.ts';

/** GET /cohorts/{cohortId}: the cohort with its calendar, in date order. */
export const handler = httpHandler(getCohort, async ({ params }) => {
  const cohorts = cohortsRepository();
  const [cohort, gatherings] = await Promise.all([cohorts.require(params.cohortId), cohorts.gatherings(params.cohortId)]);
  return json(200, { ...cohort.value, gatherings: gatherings.map((g) => g.value) });
});
