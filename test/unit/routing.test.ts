import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiContract } from '../../shared/contracts/api.ts';
import { eventCatalogue } from '../../shared/contracts/events.ts';
import { awsEventSubscriptions, eventSubscriptions, functions, httpRoutes, schedules, streamConsumer } from '../../shared/routing.ts';

const root = join(import.meta.dirname, '..', '..');

describe('routing table', () => {
  it('points every function at a module that exports a handler', () => {
    for (const spec of Object.values(functions)) {
      const file = join(root, spec.entry);
      expect(existsSync(file), spec.entry).toBe(true);
      expect(readFileSync(file, 'utf8'), spec.entry).toMatch(/export const handler\b/);
    }
  });

  it('uses every function for a route, an event, a schedule or the stream', () => {
    const used = new Set<string>([
      ...httpRoutes.map((r) => r.function),
      ...eventSubscriptions.map((s) => s.function),
      ...awsEventSubscriptions.map((s) => s.function),
      ...schedules.map((s) => s.function),
      streamConsumer,
    ]);
    expect(Object.keys(functions).filter((name) => !used.has(name))).toEqual([]);
  });

  it('has one route per method and path, each with a contract', () => {
    const keys = httpRoutes.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const route of httpRoutes) expect(apiContract[route.function], route.function).toBeDefined();
  });

  it('subscribes only to catalogued events, each function at most once per event', () => {
    for (const s of eventSubscriptions) expect(Object.keys(eventCatalogue)).toContain(s.event);
    const pairs = eventSubscriptions.map((s) => `${s.event}→${s.function}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('gives public access only to the API description', () => {
    expect(httpRoutes.filter((r) => r.access === 'public').map((r) => r.path)).toEqual(['/openapi.json']);
  });
});
