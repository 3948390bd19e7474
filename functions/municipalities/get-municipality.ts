import { getMunicipality } from '#shared/adapters/dynamodb/municipalities-repository.ts';
import { participationOf } from '#shared/adapters/dynamodb/participants-repository.ts';
import { config } from '#shared/config.ts';
import { MunicipalityParams } from '#shared/contracts/municipalities.ts';
import { httpHandler, json } from '#shared/http/http-handler.ts';
import { problems } from '#shared/http/problems.ts';

/** GET /municipalities/{number}: the profile with its participation history (a municipality: its own). */
export const handler = httpHandler('getMunicipality', { params: MunicipalityParams }, async ({ params }) => {
  const tableName = config.tableName();
  const [municipality, participation] = await Promise.all([getMunicipality(tableName, params.number), participationOf(tableName, params.number)]);
  if (!municipality) throw problems.notFound(`No municipality ${params.number}`);
  return json(200, { ...municipality, participation });
});
