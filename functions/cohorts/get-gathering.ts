import { getGathering } from '#shared/cohorts/repository.ts';
import { config } from '#shared/platform/config.ts';
import { GatheringParams } from '#shared/cohorts/contract.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';

/** GET /cohorts/{cohortId}/gatherings/{gatheringId}: one gathering, visible to whoever may read the cohort's calendar (GET /cohorts/{cohortId}). */
export const handler = httpHandler('getGathering', { params: GatheringParams }, async ({ params }) => {
  const gathering = await getGathering(config.tableName(), params.cohortId, params.gatheringId);
  if (!gathering) throw refuse.notFound(`No gathering ${params.gatheringId} in cohort ${params.cohortId}`);
  return json(200, gathering.value);
});
