import { personOf } from '#shared/people/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getStaff } from '#shared/people/routes.ts';

/** GET /staff/{personId} */
export const handler = httpHandler(getStaff, async ({ params }) => json(200, (await personOf('secretariat', params.personId)).value));
