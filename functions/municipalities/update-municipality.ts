import { updateMunicipality } from '#shared/adapters/dynamodb/municipalities-repository.ts';
import { config } from '#shared/config.ts';
import { MunicipalityParams, UpdateMunicipalityRequest } from '#shared/contracts/municipalities.ts';
import { httpHandler, json } from '#shared/http/http-handler.ts';

/** PATCH /municipalities/{number}: the municipality (its own) or the secretariat sets written standard and contact. */
export const handler = httpHandler('updateMunicipality', { params: MunicipalityParams, body: UpdateMunicipalityRequest }, async ({ params, body }) => {
  return json(200, await updateMunicipality(config.tableName(), params.number, body));
});
