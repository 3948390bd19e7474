import { buildOpenApiDocument } from '#shared/contracts/openapi.ts';
import { httpHandler, json } from '#shared/http/http-handler.ts';

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

/** GET /openapi.json: built on first request (not at init), then served from memory. */
export const handler = httpHandler('getOpenApiDocument', {}, async ({ event }) => {
  document ??= buildOpenApiDocument(`${event.headers['x-forwarded-proto'] ?? 'https'}://${event.requestContext.domainName}`);
  return json(200, document, { 'cache-control': 'public, max-age=300' });
});
