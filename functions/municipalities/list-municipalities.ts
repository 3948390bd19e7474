import { listMunicipalities } from '#shared/adapters/dynamodb/municipalities-repository.ts';
import { config } from '#shared/config.ts';
import { ListMunicipalitiesQuery } from '#shared/contracts/municipalities.ts';
import { existsOn } from '#shared/domain/participation.ts';
import { httpHandler, json } from '#shared/http/http-handler.ts';
import { page } from '#shared/http/pagination.ts';

/** GET /municipalities?validOn=&county=: the register (public data), with its source. */
export const handler = httpHandler('listMunicipalities', { query: ListMunicipalitiesQuery }, async ({ query }) => {
  const municipalities = (await listMunicipalities(config.tableName()))
    .filter((m) => !query.validOn || existsOn(m, query.validOn))
    .filter((m) => !query.county || m.countyNumber === query.county);
  const { items, nextCursor } = page(municipalities, query);
  return json(200, { municipalities: items, source: 'Kilde: Statistisk sentralbyrå', ...(nextCursor ? { nextCursor } : {}) });
});
