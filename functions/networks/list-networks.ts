import { cohortsRepository } from '#shared/cohorts/index.ts';
import { networksRepository } from '#shared/networks/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { listNetworks } from '#shared/networks/routes.ts';

/** GET /cohorts/{cohortId}/networks */
export const handler = httpHandler(listNetworks, async ({ params }) => {
  await cohortsRepository().require(params.cohortId);
  return json(200, { networks: (await networksRepository().ofCohort(params.cohortId)).map((n) => n.value) });
});
