// The document generated from the zod contracts by `npm run docs` (a test fails when it is stale):
// serving the file keeps the generator and every contract schema out of this function.
import document from '../../docs/openapi.json' with { type: 'json' };
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getOpenApiDocument } from '#shared/api-description/routes.ts';

/** GET /openapi.json: the API description, with this deployment's address as its server. */
export const handler = httpHandler(getOpenApiDocument, async ({ event }) => {
  const server = `${event.headers['x-forwarded-proto'] ?? 'https'}://${event.requestContext.domainName}`;
  return json(200, { ...document, servers: [{ url: server }] }, { 'cache-control': 'public, max-age=300' });
});
