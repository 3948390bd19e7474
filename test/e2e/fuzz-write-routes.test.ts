/**
 * Property-based fuzzing of every write route through the gateway: bodies generated from the
 * route's zod schema, arbitrary and malformed JSON (and CSV), valid bodies with one field
 * replaced by anything, unicode edge cases, wrong content types and oversized bodies. Whatever comes in: never a 5xx, every error is problem+json
 * (naming the fields for invalid input), and a refused request writes nothing.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { documentClient } from '../../shared/platform/dynamodb/client.ts';
import { IDEMPOTENCY_PREFIX, RATE_LIMIT_PREFIX } from '../../shared/platform/dynamodb/table-design.ts';
import { ABSENCE_CSV } from '../../shared/absence/csv-columns.ts';
import { MAX_JSON_BODY_BYTES } from '../../shared/platform/http/middlewares/parse-request.ts';
import { httpRoutes } from '../../shared/routing.ts';
import { useTestStack } from '../support/local-stack.ts';
import { apiContract } from '../../shared/routing.ts';
import type { OperationContract } from '../../shared/platform/declarations.ts';
import { bodies, pathOf, setUpExamples } from '../support/route-examples.ts';
import { arbitraryFor } from '../support/zod-arbitrary.ts';

const testStack = useTestStack();
let stack: LocalStack;
let tokens: Awaited<ReturnType<typeof setUpExamples>>;
const RUNS = 20;
const stats = { requests: 0 };

beforeAll(async () => {
  stack = testStack();
  const { apiClient } = await import('../support/api-client.ts');
  tokens = await setUpExamples(stack, apiClient(() => stack.url), 'fuzz@verdal.kommune.no');
}, 60_000);

async function writeCount(): Promise<number> {
  // Everything but the Powertools idempotency records, which even a refused request may leave (deleted on error),
  // and the per-caller rate counters, which every request counts on (the first of a window creates its item).
  const { Count } = await documentClient.send(
    new ScanCommand({
      TableName: stack.tableName,
      Select: 'COUNT',
      FilterExpression: 'NOT begins_with(pk, :i) AND NOT begins_with(pk, :r)',
      ExpressionAttributeValues: { ':i': IDEMPOTENCY_PREFIX, ':r': RATE_LIMIT_PREFIX },
    }),
  );
  return Count ?? 0;
}

/** A valid body with one top-level field replaced by anything, or removed. */
const mutated = (valid: unknown) =>
  typeof valid === 'object' && valid !== null && Object.keys(valid).length > 0
    ? fc.tuple(fc.constantFrom(...Object.keys(valid)), fc.option(fc.anything(), { nil: undefined })).map(([key, value]) => JSON.stringify({ ...(valid as object), [key]: value }))
    : fc.anything().map((v) => JSON.stringify(v) ?? 'null');

const writeRoutes = httpRoutes.filter((r) => r.method !== 'GET');

describe.each(writeRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', (_name, route) => {
  it('answers every input without a 5xx, with problem+json, and writes nothing when it refuses', async () => {
    const valid = bodies[route.function]?.() ?? {};
    const schema = (apiContract[route.function] as OperationContract).body;
    const body = fc.oneof(
      { weight: 3, arbitrary: mutated(valid) },
      { weight: schema ? 3 : 0, arbitrary: schema ? arbitraryFor(schema).map((v) => JSON.stringify(v) ?? 'null') : fc.constant('{}') },
      { weight: 2, arbitrary: fc.anything().map((v) => JSON.stringify(v) ?? 'null') },
      { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 200 }).map((s) => JSON.stringify({ name: s, approach: s, comment: s, period: s })) },
      { weight: 1, arbitrary: fc.constantFrom('{', '[', '{"a":', 'null', '"\\u0000"', '{"rows":[{"period":"2007Q1","lostDays":1e309,"agreedDays":-0}]}', '\uFEFF{}') },
    );
    const contentType = fc.constantFrom('application/json', 'application/json', 'application/json; charset=utf-8', 'text/plain', 'text/csv', 'application/xml', '');
    const token = (route.access as readonly string[]).includes('municipality') ? tokens.owner : tokens.secretariat;
    await fc.assert(
      fc.asyncProperty(body, contentType, async (payload, type) => {
        // Let the effects of an earlier accepted request land first, so they are not counted here.
        await stack.settled();
        const before = await writeCount();
        const response = await fetch(`${stack.url}${pathOf(route)}`, {
          method: route.method,
          headers: { authorization: `Bearer ${token}`, ...(type ? { 'content-type': type } : {}) },
          body: payload,
        });
        stats.requests++;
        const text = await response.text();
        expect(response.status, text).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toBe('application/problem+json');
          const problem = JSON.parse(text) as { status: number; type: string; errors?: { pointer: string }[] };
          expect(problem.status).toBe(response.status);
          if (problem.type === '/problems/validation-failed') expect(problem.errors?.length).toBeGreaterThan(0);
          await stack.settled();
          expect(await writeCount()).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe('limits', () => {
  it('refuses a body over the limit with 413, and a body over the gateway’s limit too', async () => {
    const route = httpRoutes.find((r) => r.function === 'submitApplication')!;
    const big = JSON.stringify({ approach: 'x'.repeat(MAX_JSON_BODY_BYTES) });
    const response = await fetch(`${stack.url}${route.path}`, { method: 'POST', headers: { authorization: `Bearer ${tokens.owner}`, 'content-type': 'application/json' }, body: big });
    expect(response.status).toBe(413);
    const huge = await fetch(`${stack.url}${route.path}`, { method: 'POST', headers: { authorization: `Bearer ${tokens.owner}`, 'content-type': 'application/json' }, body: 'x'.repeat(11 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.headers.get('content-type')).toBe('application/problem+json');
    // Its body was left unread: the connection is not offered for another request.
    expect(huge.headers.get('connection')).toBe('close');
  });

  it('takes a CSV upload up to 5 MB, larger than a JSON body may be, and refuses a larger one with 413', async () => {
    const upload = (body: string) =>
      fetch(`${stack.url}/absence-figures`, { method: 'POST', headers: { authorization: `Bearer ${tokens.secretariat}`, 'content-type': 'text/csv' }, body });
    const row = 'municipalityNumber,period,lostDays,agreedDays\n';
    // Over the JSON limit, under the upload limit: read and checked (its rows are refused), not turned away for size.
    const large = await upload(row + 'x,y,z,w\n'.repeat(Math.ceil((2 * MAX_JSON_BODY_BYTES) / 8)));
    expect(large.status).toBe(422);
    const tooLarge = await upload(row + 'x,y,z,w\n'.repeat(Math.ceil((ABSENCE_CSV.maxBodyBytes + 1) / 8)));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get('content-type')).toBe('application/problem+json');
  });

  it('ran the fuzz cases', () => {
    expect(stats.requests).toBeGreaterThanOrEqual(writeRoutes.length * RUNS);
    console.log(`fuzzing: ${writeRoutes.length} write routes, ${stats.requests} generated requests`);
  });
});
