/**
 * The per-caller rate limit on its own: the fixed-window arithmetic and Retry-After, whose
 * counter a request counts on, and the middleware's answers (429 problem+json, another caller
 * unaffected, a class per route kind, fail open, off when disabled) with an in-memory counter
 * in place of DynamoDB. The counter's atomicity against DynamoDB Local is
 * test/integration/rate-counter.test.ts; the whole path through the gateway, test/e2e/throttling.test.ts.
 */
import middy from '@middy/core';
import { describe, expect, it, vi } from 'vitest';
import type { CountedRequest } from '../../../shared/platform/http/rate-counter.ts';
import type { Principal } from '../../../shared/platform/auth/principal.ts';
import { RateLimits, shippedRateLimits } from '../../../shared/platform/http/rate-limits.ts';
import { authorize } from '../../../shared/platform/http/middlewares/authorize.ts';
import { correlationId } from '../../../shared/platform/http/middlewares/correlation-id.ts';
import { problemDetails } from '../../../shared/platform/http/middlewares/problem-details.ts';
import { rateLimit } from '../../../shared/platform/http/middlewares/rate-limit.ts';
import { logger } from '../../../shared/platform/logger.ts';
import { callerOf, retryAfterSeconds, windowAt } from '../../../shared/platform/http/rate-window.ts';
import type { HttpContext, HttpEvent, HttpResult } from '../../../shared/platform/http/types.ts';
import { routeOf, routeDeclarationOf, type HttpFunction } from '../../../shared/routing.ts';
import { claims, httpEvent, lambdaContext, problemOf } from '../../support/http-events.ts';
// No table here: the directory answers from the test claims (the real one is tested against DynamoDB Local).
vi.mock('../../../shared/platform/auth/directory.ts', async (original) => (await import('../../support/fake-directory.ts')).fakeDirectoryModule(await original()));

describe('fixed windows', () => {
  it('align to the epoch: a window starts at a multiple of its length and ends where the next starts', () => {
    expect(windowAt(0, 60)).toEqual({ start: 0, end: 60 });
    expect(windowAt(59_999, 60)).toEqual({ start: 0, end: 60 });
    expect(windowAt(60_000, 60)).toEqual({ start: 60, end: 120 });
    const now = Date.UTC(2008, 2, 31, 12, 34, 56, 789);
    expect(windowAt(now, 60).start).toBe(Date.UTC(2008, 2, 31, 12, 34, 0) / 1000);
    expect(windowAt(now, 3600).start).toBe(Date.UTC(2008, 2, 31, 12, 0, 0) / 1000);
    expect(() => windowAt(now, 0)).toThrow(RangeError);
  });

  it('Retry-After is the whole seconds until the window ends, rounded up, at least 1', () => {
    const window = windowAt(120_000, 60);
    expect(retryAfterSeconds(120_000, window)).toBe(60);
    expect(retryAfterSeconds(120_001, window)).toBe(60);
    expect(retryAfterSeconds(150_000, window)).toBe(30);
    expect(retryAfterSeconds(179_001, window)).toBe(1);
    expect(retryAfterSeconds(179_999, window)).toBe(1);
    // Waiting that long always lands in the next window.
    for (const at of [120_000, 133_333, 179_999]) expect(windowAt(at + retryAfterSeconds(at, window) * 1000, 60).start).toBe(window.end);
  });
});

describe('whose counter a request counts on', () => {
  const staff = (sub: string, role: 'secretariat' | 'advisor' = 'secretariat'): Principal => ({ kind: 'staff', role, subject: sub, personId: undefined });
  const person = (sub: string, municipalityNumber: string): Principal => ({ kind: 'person', subject: sub, personId: sub, municipalityNumber, roles: ['project-leader'] });
  const machine = (sub: string, municipalityNumber: string): Principal => ({
    kind: 'machine', subject: sub, organisationNumber: '938587051', municipalityNumber, scopes: ['kvalitetskommune:figures.write'], supplier: undefined,
  });

  it('one per subject, and per municipality for a municipality’s people and systems, without the subject in the key', () => {
    expect(callerOf(staff('sekretariat-1'))).toBe(callerOf(staff('sekretariat-1')));
    expect(callerOf(staff('a'))).not.toBe(callerOf(staff('b')));
    expect(callerOf(person('same', '1721'))).not.toBe(callerOf(person('same', '1719')));
    expect(callerOf(machine('same', '1721'))).not.toBe(callerOf(machine('same', '1719')));
    expect(callerOf(staff('same'))).not.toBe(callerOf(staff('same', 'advisor')));
    expect(callerOf(staff('kari.nordmann@verdal.kommune.no'))).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});

describe('the configuration', () => {
  it('ships valid limits, uploads tighter than the rest', () => {
    const shipped = shippedRateLimits();
    expect(shipped.enabled).toBe(true);
    expect(shipped.classes.upload.requestsPerWindow).toBeLessThan(shipped.classes.standard.requestsPerWindow);
  });

  it('refuses limits that are not whole positive numbers, unknown classes and unknown keys', () => {
    const shipped = shippedRateLimits();
    expect(RateLimits.safeParse({ ...shipped, windowSeconds: 0 }).success).toBe(false);
    expect(RateLimits.safeParse({ ...shipped, classes: { ...shipped.classes, upload: { requestsPerWindow: 1.5 } } }).success).toBe(false);
    expect(RateLimits.safeParse({ ...shipped, classes: { ...shipped.classes, bulk: { requestsPerWindow: 5 } } }).success).toBe(false);
    expect(RateLimits.safeParse({ ...shipped, windowSecond: 60 }).success).toBe(false);
  });
});

/** The stack's first middlewares with the limiter, around a handler that answers 200. */
function limited(functionName: HttpFunction, options: { limits?: Partial<RateLimits>; admit?: (request: CountedRequest) => Promise<boolean>; now?: () => number }) {
  const counts = new Map<string, number>();
  const seen: CountedRequest[] = [];
  const inMemory = async (request: CountedRequest) => {
    seen.push(request);
    const key = `${request.caller}#${request.rateClass}#${request.window.start}`;
    const count = counts.get(key) ?? 0;
    if (count >= request.limit) return false;
    counts.set(key, count + 1);
    return true;
  };
  const limits: RateLimits = { ...shippedRateLimits(), windowSeconds: 60, classes: { standard: { requestsPerWindow: 3 }, upload: { requestsPerWindow: 1 } }, ...options.limits };
  const handler = middy<HttpEvent, HttpResult, Error, HttpContext>()
    .use(correlationId())
    .use(problemDetails())
    .use(authorize(routeOf(functionName)))
    .use(rateLimit(routeDeclarationOf(functionName), { admit: options.admit ?? inMemory, now: options.now ?? (() => 1_000_000), limits: () => limits }))
    .handler(async () => ({ statusCode: 200, body: '{}' }));
  const route = routeOf(functionName);
  const call = (tokenClaims?: Record<string, string>) =>
    handler(httpEvent({ method: route.method, path: route.path.replace('{number}', '1721'), routePath: route.path, pathParameters: { number: '1721' }, ...(tokenClaims ? { claims: tokenClaims } : {}) }), lambdaContext(functionName));
  return { call, seen };
}

describe('the rate-limit middleware', () => {
  it('answers the request over the limit 429 problem+json with Retry-After, and lets another caller through in the same window', async () => {
    const now = Date.UTC(2008, 2, 31, 12, 0, 45);
    const { call } = limited('listCohorts', { now: () => now });
    for (let i = 0; i < 3; i++) expect((await call(claims.secretariat())).statusCode).toBe(200);
    const refused = await call(claims.secretariat());
    expect(refused.statusCode).toBe(429);
    expect(refused.headers?.['retry-after']).toBe('15');
    expect(problemOf(refused)).toMatchObject({ type: '/problems/too-many-requests', status: 429, title: 'Too many requests' });
    expect(problemOf(refused).detail).toBe('At most 3 requests per 60 s are accepted from one caller; retry after 15 s');
    expect(refused.headers?.['x-correlation-id']).toBeTruthy();
    expect((await call({ sub: 'sekretariat-2', role: 'secretariat' })).statusCode).toBe(200);
    expect((await call(claims.municipality('1721'))).statusCode).toBe(200);
  });

  it('starts over in the next window', async () => {
    let now = Date.UTC(2008, 2, 31, 12, 0, 59);
    const { call } = limited('listCohorts', { now: () => now });
    for (let i = 0; i < 3; i++) await call(claims.advisor());
    expect((await call(claims.advisor())).statusCode).toBe(429);
    now += 1000;
    expect((await call(claims.advisor())).statusCode).toBe(200);
  });

  it('counts uploads on their own, tighter counter', async () => {
    const { call, seen } = limited('uploadAbsenceFigures', {});
    expect((await call(claims.municipality('1721'))).statusCode).toBe(200);
    const refused = await call(claims.municipality('1721'));
    expect(refused.statusCode).toBe(429);
    expect(problemOf(refused).detail).toMatch(/^At most 1 upload requests per 60 s/);
    expect(seen.map((r) => [r.rateClass, r.limit])).toEqual([['upload', 1], ['upload', 1]]);
  });

  it('counts no request that authorize refused before it (no caller to count on, or a role the route does not take)', async () => {
    const { call, seen } = limited('createCohort', {});
    expect((await call(claims.municipality('1721'))).statusCode).toBe(403);
    expect((await call(undefined)).statusCode).toBe(401);
    expect(seen).toEqual([]);
  });

  it('leaves the public route alone', async () => {
    const { call, seen } = limited('getOpenApiDocument', {});
    for (let i = 0; i < 5; i++) expect((await call(undefined)).statusCode).toBe(200);
    expect(seen).toEqual([]);
  });

  it('lets the request through when the counter store fails (fail open; the stage throttle is the backstop)', async () => {
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => {});
    const { call } = limited('listCohorts', { admit: async () => Promise.reject(Object.assign(new Error('Rate exceeded'), { name: 'ProvisionedThroughputExceededException' })) });
    for (let i = 0; i < 5; i++) expect((await call(claims.secretariat())).statusCode).toBe(200);
    expect(warn).toHaveBeenCalledTimes(5);
    expect(warn.mock.calls[0]![0]).toMatch(/^Rate limit not checked/);
    warn.mockRestore();
  });

  it('counts nothing when the limits are disabled', async () => {
    const { call, seen } = limited('listCohorts', { limits: { enabled: false } });
    for (let i = 0; i < 5; i++) expect((await call(claims.secretariat())).statusCode).toBe(200);
    expect(seen).toEqual([]);
  });
});
