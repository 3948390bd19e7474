/**
 * The HTTP middy stack, exercised through the real submitApplication handler on requests that
 * are refused before any database access: authentication, roles, media type, JSON, size,
 * validation. Every refusal must be problem+json with the right status.
 */
import { describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/applications/submit-application.ts';
import { handler as getAbsenceFigures } from '../../../functions/target-status/get-absence-figures.ts';
import { handler as updateMunicipality } from '../../../functions/municipalities/update-municipality.ts';
import { handler as getAbsenceComparison } from '../../../functions/overview/get-absence-comparison.ts';
import { handler as createCohort } from '../../../functions/cohorts/create-cohort.ts';
import { MAX_JSON_BODY_BYTES } from '../../../shared/platform/http/middlewares/parse-request.ts';
import { completeApplication } from '../../support/fixtures.ts';
import { claims, httpEvent, lambdaContext, problemOf } from '../../support/http-events.ts';
// No table here: the directory answers from the test claims (the real one is tested against DynamoDB Local).
vi.mock('../../../shared/platform/auth/directory.ts', async (original) => (await import('../../support/fake-directory.ts')).fakeDirectoryModule(await original()));

const post = (options: Partial<Parameters<typeof httpEvent>[0]>) =>
  handler(httpEvent({ method: 'POST', path: '/applications', body: JSON.stringify({ ...completeApplication(), cohortId }), ...options }), lambdaContext());

const cohortId = 'c0000000-0000-4000-8000-000000000001';

describe('HTTP middleware stack', () => {
  it('answers 401 when no verified token reached the function', async () => {
    const result = await post({});
    expect(result.statusCode).toBe(401);
    expect(problemOf(result)).toMatchObject({ type: '/problems/unauthenticated', status: 401 });
  });

  it.each([
    ['the secretariat', claims.secretariat()],
    ['an advisor', claims.advisor()],
  ])('answers 403 when %s submits an application (municipalities only)', async (_who, tokenClaims) => {
    const result = await post({ claims: tokenClaims });
    expect(result.statusCode).toBe(403);
    expect(problemOf(result).detail).toMatch(/may not call POST \/applications/);
  });

  it('answers 403 for a token without a programme role', async () => {
    const result = await post({ claims: { sub: 'x', role: 'admin' } });
    expect(result.statusCode).toBe(403);
    expect(problemOf(result).detail).toMatch(/no programme role/);
  });

  it.each([
    ['GET', '/municipalities/{number}/absence-figures', getAbsenceFigures],
    ['PATCH', '/municipalities/{number}', updateMunicipality],
  ] as const)('answers 404 when a municipality reaches another municipality under %s %s, before any handler code', async (method, routePath, routeHandler) => {
    const event = httpEvent({ method, path: routePath.replace('{number}', '1432'), routePath, pathParameters: { number: '1432' }, claims: claims.municipality('1721'), body: '{}' });
    const result = await routeHandler(event, lambdaContext());
    expect(result.statusCode).toBe(404);
    expect(problemOf(result)).toMatchObject({ status: 404, detail: 'No municipality 1432 for this caller' });
  });

  it('answers 415 for a body that is not JSON', async () => {
    const result = await post({ claims: claims.municipality('1721'), headers: { 'content-type': 'text/plain' } });
    expect(result.statusCode).toBe(415);
    expect(problemOf(result).type).toBe('/problems/unsupported-media-type');
  });

  it('answers 400 for malformed JSON', async () => {
    const result = await post({ claims: claims.municipality('1721'), body: '{"focusAreas": [' });
    expect(result.statusCode).toBe(400);
    expect(problemOf(result).type).toBe('/problems/malformed-json');
  });

  it('answers 400 saying the body is empty, not a parser message, for an empty JSON body', async () => {
    for (const body of ['', '  \n']) {
      const result = await post({ claims: claims.municipality('1721'), body });
      expect(result.statusCode).toBe(400);
      expect(problemOf(result)).toMatchObject({ type: '/problems/malformed-json', detail: expect.stringMatching(/^The body is empty/) });
    }
  });

  it('answers 413 for a body over the limit', async () => {
    const result = await post({ claims: claims.municipality('1721'), body: JSON.stringify({ approach: 'x'.repeat(MAX_JSON_BODY_BYTES) }) });
    expect(result.statusCode).toBe(413);
  });

  it('answers 422 naming every invalid field', async () => {
    const result = await post({ claims: claims.municipality('1721'), body: JSON.stringify({ ...completeApplication(), focusAreas: [], approach: undefined, cohortId: 'pulje-1' }) });
    expect(result.statusCode).toBe(422);
    expect(problemOf(result).errors?.map((e) => e.pointer)).toEqual(['/focusAreas', '/approach', '/cohortId']);
  });

  it('echoes a well-formed correlation id and replaces a malformed one', async () => {
    const kept = await post({ headers: { 'content-type': 'application/json', 'x-correlation-id': 'abc-123' } });
    expect(kept.headers?.['x-correlation-id']).toBe('abc-123');
    expect(JSON.parse(kept.body!).correlationId).toBe('abc-123');
    const replaced = await post({ headers: { 'content-type': 'application/json', 'x-correlation-id': 'bad id <script>' } });
    expect(replaced.headers?.['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never leaks a stack trace', async () => {
    const result = await post({ claims: claims.municipality('1721'), body: '{' });
    expect(result.body).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('error messages name the real problem', () => {
  const verdal = claims.municipality('1721');
  const errorsOf = (result: Awaited<ReturnType<typeof post>>) => problemOf(result).errors?.map((e) => `${e.pointer} ${e.detail}`);

  it.each([['[]'], ['1e400'], ['"a"'], ['null']])('answers a body that is not an object (%s) with that, at pointer ""', async (body) => {
    const result = await post({ claims: verdal, body });
    expect(result.statusCode).toBe(422);
    expect(errorsOf(result)).toEqual([' The body must be a JSON object']);
  });

  it('names a number too large to read at its field, and still says Required where nothing was sent', async () => {
    const application = completeApplication();
    const result = await post({ claims: verdal, body: `{"cohortId":"${cohortId}","sickLeaveTarget":{"baselineYear":2006,"baselinePercentage":1e400,"targetPercentage":-1e400,"targetDate":"2009-12-31"},"approach":${JSON.stringify(application.approach)}}` });
    expect(result.statusCode).toBe(422);
    expect(errorsOf(result)).toEqual(expect.arrayContaining(['/sickLeaveTarget/baselinePercentage Number too large', '/sickLeaveTarget/targetPercentage Number too large', '/projectLeader Required']));
    expect(errorsOf(result)!.filter((e) => e.startsWith('/sickLeaveTarget'))).toHaveLength(2);
  });

  it.each([
    ['a base64 body with bytes that are not UTF-8', { body: Buffer.concat([Buffer.from('{"approach":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]).toString('base64'), isBase64Encoded: true }],
    ['a text body a lenient decoder already replaced (U+FFFD)', { body: `{"approach":"N\uFFFDrv\uFFFDr"}`, isBase64Encoded: false }],
  ])('refuses %s with 400 invalid-encoding, not as missing fields', async (_what, body) => {
    const event = { ...httpEvent({ method: 'POST', path: '/applications', claims: verdal }), ...body };
    const result = await handler(event, lambdaContext());
    expect(result.statusCode).toBe(400);
    expect(problemOf(result)).toMatchObject({ type: '/problems/invalid-encoding', detail: expect.stringMatching(/UTF-8/) });
  });

  it('reads a base64 body that is UTF-8', async () => {
    const event = { ...httpEvent({ method: 'POST', path: '/applications', claims: verdal }), body: Buffer.from(JSON.stringify({ focusAreas: ['care'] })).toString('base64'), isBase64Encoded: true };
    const result = await handler(event, lambdaContext());
    expect(result.statusCode).toBe(422);
    expect(problemOf(result).errors?.map((e) => e.pointer)).not.toContain('/focusAreas');
  });

  it('reports a malformed quarter alone, without "to must not be before from"', async () => {
    const event = { ...httpEvent({ method: 'GET', path: '/overview/absence-comparison', claims: claims.secretariat() }), queryStringParameters: { from: '2009Q5' } };
    const result = await getAbsenceComparison(event, lambdaContext());
    expect(result.statusCode).toBe(422);
    expect(errorsOf(result)).toEqual(['/query/from A quarter like 2008Q1']);
    const reversed = await getAbsenceComparison({ ...event, queryStringParameters: { from: '2009Q4', to: '2009Q1' } }, lambdaContext());
    expect(errorsOf(reversed)).toEqual(['/query/to to must not be before from']);
  });

  it('reports a malformed date of a cohort alone, without the comparisons it could not make', async () => {
    const body = { name: 'Pulje X', applicationWindow: { opensOn: 'snart', closesOn: '2008-02-01' }, startDate: '2008-03-01', durationYears: 2 };
    const event = httpEvent({ method: 'POST', path: '/cohorts', claims: claims.secretariat(), body: JSON.stringify(body) });
    expect(errorsOf(await createCohort(event, lambdaContext()))).toEqual([expect.stringMatching(/^\/applicationWindow\/opensOn /)]);
    const late = httpEvent({ method: 'POST', path: '/cohorts', claims: claims.secretariat(), body: JSON.stringify({ ...body, applicationWindow: { opensOn: '2008-01-01' }, startDate: '2007-01-01' }) });
    expect(errorsOf(await createCohort(late, lambdaContext()))).toEqual(['/applicationWindow/closesOn Required']);
  });
});
