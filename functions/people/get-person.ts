import { personOf } from '#shared/people/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getPerson } from '#shared/people/routes.ts';

/** GET /municipalities/{number}/people/{personId} */
export const handler = httpHandler(getPerson, async ({ params }) => json(200, (await personOf(params.number, params.personId)).value));
