import { requireCohort } from '#shared/adapters/dynamodb/cohorts-repository.ts';
import { listNetworks } from '#shared/adapters/dynamodb/networks-repository.ts';
import { config } from '#shared/config.ts';
import { CohortParams } from '#shared/contracts/cohorts.ts';
import { httpHandler, json } from '#shared/http/http-handler.ts';

/** GET /cohorts/{cohortId}/networks */
export const handler = httpHandler('listNetworks', { params: CohortParams }, async ({ params }) => {
  const tableName = config.tableName();
  await requireCohort(tableName, params.cohortId);
  return json(200, { networks: (await listNetworks(tableName, params.cohortId)).map((n) => n.value) });
});
