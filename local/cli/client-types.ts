/**
 * Writes test/client/openapi.ts: the TypeScript types openapi-typescript generates from
 * docs/openapi.json, as a client of the API would generate them. test/client/readme-walk-through.ts
 * is typed against them (`tsc --noEmit` in `npm test`); test/unit/client-types.test.ts fails when
 * the file is stale. `npm run docs` runs this after writing the document.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderClientTypes } from './render-client-types.ts';

const target = join(import.meta.dirname, '..', '..', 'test', 'client', 'openapi.ts');
writeFileSync(target, await renderClientTypes());
console.log('Wrote test/client/openapi.ts');
