import { peopleRepository, requireOrganisation } from '#shared/people/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { listPeople } from '#shared/people/routes.ts';

/** GET /municipalities/{number}/people */
export const handler = httpHandler(listPeople, async ({ params }) => {
  await requireOrganisation(params.number);
  return json(200, { people: await peopleRepository().ofOrganisation(params.number) });
});
