import { fundsRepository } from '#shared/funds/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getGrant } from '#shared/funds/routes.ts';

/** GET /grants/{id}: one grant (a municipality: its own). */
export const handler = httpHandler(getGrant, async ({ params, principal }) => json(200, (await fundsRepository().visibleGrant(principal, params.id)).value));
