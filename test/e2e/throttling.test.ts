/**
 * Each caller's own rate limit, through the local gateway, with the shipped limits of
 * shared/platform/http/rate-limits.json (the other e2e files raise them): the request past a caller's
 * limit in a window answers 429 problem+json with Retry-After, while another caller (another
 * subject, or another municipality) in the same window still gets 200; uploads count on their
 * own, tighter counter. The counter store's timeout is raised only so that a loaded test
 * machine never lets a request through uncounted (fail open).
 */
import { describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { shippedRateLimits } from '../../shared/platform/http/rate-limits.ts';
import { windowAt } from '../../shared/platform/http/rate-window.ts';
import { apiClient, type ApiResponse } from '../support/api-client.ts';
import { eventually } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';

const shipped = shippedRateLimits();
const testStack = useTestStack({ rateLimits: { ...shipped, storeTimeoutMs: 5000 } });
const api = apiClient(() => testStack().url);
const { windowSeconds } = shipped;

/** `count` requests, `parallel` at a time, in order of starting. */
async function send(count: number, parallel: number, request: () => Promise<ApiResponse>): Promise<ApiResponse[]> {
  const answers: ApiResponse[] = [];
  for (let i = 0; i < count; i += parallel) answers.push(...(await Promise.all(Array.from({ length: Math.min(parallel, count - i) }, request))));
  return answers;
}

/**
 * Runs `attempt` inside one fixed window: starts only with at least `needSeconds` of the window
 * left (waiting for the next one otherwise), and runs it again, with fresh callers, if the
 * window ended meanwhile after all; the counts are per window, so only then do they mean anything.
 */
async function inOneWindow<T>(needSeconds: number, attempt: (run: number) => Promise<T>): Promise<T> {
  for (let run = 1; run <= 3; run++) {
    const need = Math.min(needSeconds, windowSeconds - 1) * 1000;
    const start = await eventually(() => {
      const now = Date.now();
      return windowAt(now, windowSeconds).end * 1000 - now >= need ? windowAt(now, windowSeconds).start : undefined;
    }, windowSeconds * 1000, 'a window with enough time left');
    const result = await attempt(run);
    if (windowAt(Date.now(), windowSeconds).start === start) return result;
  }
  throw new Error('Every attempt crossed a window boundary: the machine is too slow for this window length');
}

const problemOf = (response: ApiResponse) => {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return response.json;
};

describe('per-caller rate limit (shipped limits)', () => {
  it(`refuses the request after ${shipped.classes.standard.requestsPerWindow} in a window from one token with 429 and Retry-After; other callers are unaffected`, async () => {
    const stack: LocalStack = testStack();
    const limit = shipped.classes.standard.requestsPerWindow;
    const { admitted, refused, retryAfterBound, others } = await inOneWindow(50, async (run) => {
      const busy = await stack.issuer.issue({ role: 'secretariat', subject: `busy-integration-${run}` });
      const colleague = await stack.issuer.issue({ role: 'secretariat', subject: `colleague-${run}` });
      const verdal = await personToken(stack, { municipality: '1721', subject: `verdal-${run}` });
      const admitted = await send(limit, 20, () => api('/cohorts', { token: busy }));
      const refused = await api('/cohorts', { token: busy });
      const retryAfterBound = windowAt(Date.now(), windowSeconds).end * 1000 - Date.now();
      const others = [await api('/cohorts', { token: colleague }), await api('/cohorts', { token: verdal }), await api('/municipalities/1721', { token: verdal })];
      return { admitted, refused, retryAfterBound, others };
    });
    expect(admitted.map((r) => r.status)).toEqual(Array(limit).fill(200));
    expect(refused.status).toBe(429);
    expect(problemOf(refused)).toMatchObject({ type: '/problems/too-many-requests', status: 429, title: 'Too many requests', instance: '/cohorts' });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(Math.ceil(retryAfterBound / 1000) + 1);
    expect(refused.json.detail).toBe(`At most ${limit} requests per ${windowSeconds} s are accepted from one caller; retry after ${retryAfter} s`);
    expect(others.map((r) => r.status)).toEqual([200, 200, 200]);
  }, 240_000);

  it(`counts uploads on their own counter: the upload after ${shipped.classes.upload.requestsPerWindow} is refused, while the same token still reads`, async () => {
    const stack: LocalStack = testStack();
    const limit = shipped.classes.upload.requestsPerWindow;
    const { uploads, refused, read, otherMunicipality } = await inOneWindow(30, async (run) => {
      const verdal = await personToken(stack, { municipality: '1721', subject: `verdal-uploads-${run}` });
      const levanger = await personToken(stack, { municipality: '1719', subject: `levanger-uploads-${run}` });
      // Refused by the body check (415), but counted: an invalid request costs an invocation too.
      const upload = (token: string, number: string) => api(`/municipalities/${number}/absence-figures`, { method: 'POST', token, body: 'x', headers: { 'content-type': 'text/plain' } });
      const uploads = await send(limit, 5, () => upload(verdal, '1721'));
      const refused = await upload(verdal, '1721');
      const read = await api('/cohorts', { token: verdal });
      const otherMunicipality = await upload(levanger, '1719');
      return { uploads, refused, read, otherMunicipality };
    });
    expect(uploads.map((r) => r.status)).toEqual(Array(limit).fill(415));
    expect(refused.status).toBe(429);
    expect(problemOf(refused).detail).toMatch(new RegExp(`^At most ${limit} upload requests per ${windowSeconds} s`));
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(read.status).toBe(200);
    expect(otherMunicipality.status).toBe(415);
  }, 240_000);
});
