import { cohortsRepository } from '#shared/cohorts/index.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getGathering } from '#shared/cohorts/routes.ts';

/** GET /cohorts/{cohortId}/gatherings/{gatheringId}: one gathering, visible to whoever may read the cohort's calendar (GET /cohorts/{cohortId}). */
export const handler = httpHandler(getGathering, async ({ params }) => {
  const gathering = await cohortsRepository().gathering(params.cohortId, params.gatheringId);
  if (!gathering) throw refuse.notFound(`No gathering ${params.gatheringId} in cohort ${params.cohortId}`);
  return json(200, gathering.value);
});
