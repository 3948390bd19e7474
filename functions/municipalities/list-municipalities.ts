import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { existsOn } from '#shared/municipalities/model.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { page } from '#shared/platform/contract/pagination.ts';
import { listMunicipalities } from '#shared/municipalities/routes.ts';

/** GET /municipalities?validOn=&county=: the register (public data), with its source. */
export const handler = httpHandler(listMunicipalities, async ({ query }) => {
  const municipalities = (await municipalitiesRepository().list())
    .filter((m) => !query.validOn || existsOn(m, query.validOn))
    .filter((m) => !query.county || m.countyNumber === query.county);
  const { items, nextCursor } = page(municipalities, query);
  return json(200, { municipalities: items, source: 'Kilde: Statistisk sentralbyrå', ...(nextCursor ? { nextCursor } : {}) });
});
