import { steeringGroupRepository } from '#shared/applications/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { getSteeringGroupMeeting } from '#shared/applications/assessment-routes.ts';

/** GET /cohorts/{cohortId}/steering-group-decisions/{meetingId}: one meeting and its decisions. */
export const handler = httpHandler(getSteeringGroupMeeting, async ({ params }) => {
  const meeting = await steeringGroupRepository().get(params.cohortId, params.meetingId);
  if (!meeting) throw refuse.notFound(`No steering-group meeting ${params.meetingId} in cohort ${params.cohortId}`);
  return json(200, meeting);
});
