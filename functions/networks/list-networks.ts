import { cohortsRepository } from '#shared/cohorts/index.ts';
import { networksRepository } from '#shared/networks/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { listNetworks } from '#shared/networks/routes.ts';
import { advises } from '#shared/networks/index.ts';

/** GET /cohorts/{cohortId}/networks */
export const handler = httpHandler(listNetworks, async ({ params, principal }) => {
  await cohortsRepository().require(params.cohortId);
  const networks = (await networksRepository().ofCohort(params.cohortId)).map((n) => n.value);
  // An advisor sees the networks it advises; the secretariat all.
  return json(200, { networks: networks.filter((n) => advises(principal, n)) });
});
