import { steeringGroupRepository } from '#shared/applications/index.ts';
import { cohortsRepository } from '#shared/cohorts/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { listSteeringGroupMeetings } from '#shared/applications/assessment-routes.ts';

/** GET /cohorts/{cohortId}/steering-group-decisions: the cohort's meetings, oldest first (404 for no such cohort). */
export const handler = httpHandler(listSteeringGroupMeetings, async ({ params }) => {
  await cohortsRepository().require(params.cohortId);
  return json(200, { meetings: await steeringGroupRepository().ofCohort(params.cohortId) });
});
