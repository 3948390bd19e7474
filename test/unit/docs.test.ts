import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAsynchronousFunctions, renderEventCatalogue, renderMessageCatalogue, renderOpenApi, renderRoutePaths, renderRoutingTable } from '../../local/cli/render-docs.ts';

const docs = join(import.meta.dirname, '..', '..', 'docs');

describe('generated docs', () => {
  it.each([
    ['events.md', renderEventCatalogue],
    ['routing.md', renderRoutingTable],
    ['openapi.json', renderOpenApi],
    ['mail.md', renderMessageCatalogue],
  ])('docs/%s matches the code (run `npm run docs` after changing contracts or routes)', (file, render) => {
    expect(readFileSync(join(docs, file), 'utf8')).toBe(render());
  });

  it.each([
    ['platform/http/route-paths.json', renderRoutePaths],
    ['dead-letters/asynchronous-functions.json', renderAsynchronousFunctions],
  ])('shared/%s matches the routing table (run `npm run docs`)', (file, render) => {
    expect(readFileSync(join(import.meta.dirname, '..', '..', 'shared', file), 'utf8')).toBe(render());
  });
});
