import { gatheringsRepository } from '#shared/gatherings/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getGathering } from '#shared/gatherings/routes.ts';

/** GET /gatherings/{gatheringId}. */
export const handler = httpHandler(getGathering, async ({ params }) => json(200, (await gatheringsRepository().require(params.gatheringId)).value));
