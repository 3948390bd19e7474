import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiContract } from '../../shared/routing.ts';
import { eventCatalogue } from '../../shared/event-catalogue.ts';
import { awsEventSubscriptions, eventSubscriptions, FUNCTION_DEFAULTS, functions, HTTP_INTEGRATION_TIMEOUT_SECONDS, HTTP_TIMEOUT_MARGIN_SECONDS, httpRoutes, schedules, streamConsumer, unmatchedRouteFunction, UPLOAD_OBJECT_PREFIX, uploadTriggers } from '../../shared/routing.ts';

const root = join(import.meta.dirname, '..', '..');

describe('routing table', () => {
  it('points every function at a module that exports a handler', () => {
    for (const spec of Object.values(functions)) {
      const file = join(root, spec.entry);
      expect(existsSync(file), spec.entry).toBe(true);
      expect(readFileSync(file, 'utf8'), spec.entry).toMatch(/export const handler\b/);
    }
  });

  it('gives SECRETARIAT_EMAIL to every function that writes to the secretariat (mail:send or mailsSecretariat)', () => {
    // In AWS only those get the variable; a handler calling secretariatRecipient() without it throws on every event.
    const missing = Object.entries(functions)
      .filter(([, spec]) => /secretariatRecipient\(/.test(readFileSync(join(root, spec.entry), 'utf8')))
      .filter(([, spec]) => !(spec.grants as readonly string[]).includes('mail:send') && !('mailsSecretariat' in spec && spec.mailsSecretariat))
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it(`gives every HTTP function a timeout at least ${HTTP_TIMEOUT_MARGIN_SECONDS} s under the API's ${HTTP_INTEGRATION_TIMEOUT_SECONDS} s integration timeout`, () => {
    // Otherwise API Gateway answers 503 while the function goes on, and may commit.
    const tooLong = httpRoutes
      .map((r) => ({ name: r.function, timeout: (functions[r.function] as { timeoutSeconds?: number }).timeoutSeconds ?? FUNCTION_DEFAULTS.timeoutSeconds }))
      .filter((f) => f.timeout > HTTP_INTEGRATION_TIMEOUT_SECONDS - HTTP_TIMEOUT_MARGIN_SECONDS);
    expect(tooLong).toEqual([]);
    expect(HTTP_TIMEOUT_MARGIN_SECONDS).toBeGreaterThanOrEqual(3);
  });

  it('uses every function for a route, an event, a schedule, an upload trigger or the stream', () => {
    const used = new Set<string>([
      ...httpRoutes.map((r) => r.function),
      ...eventSubscriptions.map((s) => s.function),
      ...awsEventSubscriptions.map((s) => s.function),
      ...schedules.map((s) => s.function),
      ...uploadTriggers.map((t) => t.function),
      streamConsumer,
      unmatchedRouteFunction,
    ]);
    expect(Object.keys(functions).filter((name) => !used.has(name))).toEqual([]);
  });

  it('starts functions only for objects under the upload prefix, which only the upload grants reach', () => {
    for (const trigger of uploadTriggers) {
      expect(trigger.prefix.startsWith(UPLOAD_OBJECT_PREFIX)).toBe(true);
      expect(functions[trigger.function].grants as readonly string[]).toContain('uploads:read');
    }
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

  it('gives public access only to the API description, the open statistics, the website’s lists, email confirmation and one-click unsubscribe (the owner of an address, or its mail client, has no token)', () => {
    expect(httpRoutes.filter((r) => r.access === 'public').map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'GET /mail-preferences/unsubscribe/{token}',
      'GET /openapi.json',
      'GET /site/cohorts',
      'GET /site/gatherings',
      'GET /site/networks',
      'GET /site/participants',
      'GET /site/progress',
      'GET /statistics/sick-leave',
      'POST /email-confirmations/{token}',
      'POST /mail-preferences/unsubscribe/{token}',
    ]);
  });
});
