import { peopleRepository } from '#shared/people/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { listStaff } from '#shared/people/routes.ts';

/** GET /staff */
export const handler = httpHandler(listStaff, async () => json(200, { people: await peopleRepository().ofOrganisation('secretariat') }));
