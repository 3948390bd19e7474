import { applicationsRepository } from '#shared/applications/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getApplication } from '#shared/applications/routes.ts';

/** GET /applications/{id}: another municipality's application is answered as not found. */
export const handler = httpHandler(getApplication, async ({ params, principal }) => {
  return json(200, (await applicationsRepository().visibleTo(principal, params.id)).value);
});
