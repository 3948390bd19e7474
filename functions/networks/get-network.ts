import { advises, networksRepository } from '#shared/networks/index.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getNetwork } from '#shared/networks/routes.ts';

/** GET /cohorts/{cohortId}/networks/{networkId}: one network, for the roles that list them (advisors, the secretariat). */
export const handler = httpHandler(getNetwork, async ({ params, principal }) => {
  const network = await networksRepository().get(params.cohortId, params.networkId);
  if (!network || !advises(principal, network)) throw refuse.notFound(`No network ${params.networkId} in cohort ${params.cohortId}`);
  return json(200, network);
});
