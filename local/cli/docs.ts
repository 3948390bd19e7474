/**
 * Writes the generated reference docs from the code's single sources of truth:
 *   docs/events.md   the event catalogue (shared/event-catalogue.ts), with JSON Schemas
 *   docs/routing.md  the routing table (shared/routing.ts)
 *   docs/openapi.json the OpenAPI document (shared/openapi.ts)
 *   docs/mail.md     the message catalogue (shared/notifications/message-types.ts): who gets which mail
 *   shared/platform/http/route-paths.json, shared/dead-letters/asynchronous-functions.json: what runtime
 *     code needs of the routing table without importing it
 * `npm run docs` regenerates them; a unit test fails when they are stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAsynchronousFunctions, renderEventCatalogue, renderMessageCatalogue, renderOpenApi, renderRoutePaths, renderRoutingTable } from './render-docs.ts';

const docs = join(import.meta.dirname, '..', '..', 'docs');
writeFileSync(join(docs, 'events.md'), renderEventCatalogue());
writeFileSync(join(docs, 'routing.md'), renderRoutingTable());
writeFileSync(join(docs, 'openapi.json'), renderOpenApi());
writeFileSync(join(docs, 'mail.md'), renderMessageCatalogue());
const platform = join(import.meta.dirname, '..', '..', 'shared', 'platform');
writeFileSync(join(platform, 'http', 'route-paths.json'), renderRoutePaths());
writeFileSync(join(platform, '..', 'dead-letters', 'asynchronous-functions.json'), renderAsynchronousFunctions());
console.log('Wrote docs/events.md, docs/routing.md, docs/openapi.json, docs/mail.md, shared/platform/http/route-paths.json and shared/dead-letters/asynchronous-functions.json');
