/** Done when: the website's routes are in the OpenAPI document, public, cacheable, with their filters. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const document = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, { operationId: string; security?: unknown[]; parameters?: { in: string; name: string }[]; responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }> }>>;
};

const routes = {
  '/site/cohorts': { operationId: 'getSiteCohorts', query: [] },
  '/site/participants': { operationId: 'listSiteParticipants', query: ['cohortId', 'countyNumber'] },
  '/site/networks': { operationId: 'listSiteNetworks', query: ['cohortId'] },
  '/site/gatherings': { operationId: 'listSiteGatherings', query: ['from'] },
  '/site/progress': { operationId: 'getSiteProgress', query: [] },
} as const;

describe('docs/openapi.json', () => {
  it.each(Object.entries(routes))('has GET %s: no token, 200 with ETag and Cache-Control, 304, its query filters', (path, expected) => {
    expect(Object.keys(document.paths[path] ?? {}), path).toEqual(['get']);
    const operation = document.paths[path]!.get!;
    expect(operation.operationId).toBe(expected.operationId);
    expect(operation.security).toEqual([]);
    expect(Object.keys(operation.responses['200']!.headers ?? {})).toEqual(expect.arrayContaining(['ETag', 'Cache-Control']));
    expect(Object.keys(operation.responses['200']!.content ?? {})).toEqual(['application/json']);
    expect(operation.responses['304']).toBeDefined();
    expect((operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name)).toEqual(expected.query);
    if (expected.query.length > 0) expect(operation.responses['422']).toBeDefined();
  });

  it('names no personal field in the website’s answers (email, phone, personId, projectLeader, attendees; a gathering’s description)', () => {
    const components = (document as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas;
    const fields = new Set<string>();
    const seen = new Set<unknown>();
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object' || seen.has(node)) return;
      seen.add(node);
      const ref = (node as { $ref?: string }).$ref;
      if (ref?.startsWith('#/components/schemas/')) walk(components[ref.slice('#/components/schemas/'.length)]);
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      if (properties) for (const name of Object.keys(properties)) fields.add(name);
      for (const value of Object.values(node)) walk(value);
    };
    for (const path of Object.keys(routes)) walk(document.paths[path]!.get!.responses['200']!.content);
    expect(fields).toContain('advisor');
    expect(fields).toContain('venue');
    for (const personal of ['email', 'phone', 'personId', 'projectLeader', 'attendees', 'steeringGroup', 'organiser']) expect(fields, personal).not.toContain(personal);
    const gathering = (components.SiteGatherings as { properties: { gatherings: { items: { properties: Record<string, unknown> } } } }).properties.gatherings.items.properties;
    expect(Object.keys(gathering).sort()).toEqual(['cohorts', 'from', 'id', 'kind', 'status', 'title', 'to', 'venue']);
  });
});
