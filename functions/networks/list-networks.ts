import { requireCohort } from '#shared/cohorts/repository.ts';
import { listNetworks } from '#shared/networks/repository.ts';
import { config } from '#shared/platform/config.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { listNetworks as listNetworksRoute } from '#shared/networks/routes.ts';

/** GET /cohorts/{cohortId}/networks */
export const handler = httpHandler(listNetworksRoute, async ({ params }) => {
  const tableName = config.tableName();
  await requireCohort(tableName, params.cohortId);
  return json(200, { networks: (await listNetworks(tableName, params.cohortId)).map((n) => n.value) });
});
