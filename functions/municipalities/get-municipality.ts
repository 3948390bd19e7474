import { getMunicipality } from '#shared/municipalities/repository.ts';
import { participationOf } from '#shared/applications/participants-repository.ts';
import { config } from '#shared/platform/config.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { getMunicipality as getMunicipalityRoute } from '#shared/municipalities/routes.ts';

/** GET /municipalities/{number}: the profile with its participation history (a municipality: its own). */
export const handler = httpHandler(getMunicipalityRoute, async ({ params }) => {
  const tableName = config.tableName();
  const [municipality, participation] = await Promise.all([getMunicipality(tableName, params.number), participationOf(tableName, params.number)]);
  if (!municipality) throw problems.notFound(`No municipality ${params.number}`);
  return json(200, { ...municipality, participation });
});
