import { config } from '#shared/platform/config.ts';
import { ApplicationIdParams } from '#shared/applications/contract.ts';
import { visibleApplication } from '#shared/platform/http/access.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';

/** GET /applications/{id}: another municipality's application is answered as not found. */
export const handler = httpHandler('getApplication', { params: ApplicationIdParams }, async ({ params, principal }) => {
  return json(200, (await visibleApplication(config.tableName(), principal, params.id)).value);
});
