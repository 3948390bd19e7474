/**
 * Writes the generated reference docs from the code's single sources of truth:
 *   docs/events.md   the event catalogue (shared/event-catalogue.ts), with JSON Schemas
 *   docs/routing.md  the routing table (shared/routing.ts)
 *   docs/openapi.json the OpenAPI document (shared/openapi.ts)
 * `npm run docs` regenerates them; a unit test fails when they are stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderEventCatalogue, renderOpenApi, renderRoutingTable } from './render-docs.ts';

const docs = join(import.meta.dirname, '..', '..', 'docs');
writeFileSync(join(docs, 'events.md'), renderEventCatalogue());
writeFileSync(join(docs, 'routing.md'), renderRoutingTable());
writeFileSync(join(docs, 'openapi.json'), renderOpenApi());
console.log('Wrote docs/events.md, docs/routing.md and docs/openapi.json');
