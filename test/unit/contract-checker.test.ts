/**
 * The contract checker itself (test/support/contract.ts): it must fail on every kind of
 * difference between a response and its document, name operation, status and JSON pointer, and
 * pass a response that conforms (no spurious failures), against a small document and the real one.
 */
import { describe, expect, it } from 'vitest';
import { ContractChecker, formatMismatch, loadDocument, type Exchange, type OpenApiDocument } from '../support/contract.ts';

const correlation = { 'x-correlation-id': { schema: { type: 'string' } } };
const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const document: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/things/{id}': {
      get: {
        operationId: 'getThing',
        responses: {
          '200': {
            description: 'ok',
            headers: {
              'x-correlation-id': { required: true, schema: { type: 'string', minLength: 1 } },
              'Retry-After': { schema: { type: 'integer', minimum: 1 } },
            },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
          '404': { description: 'no', headers: correlation, content: problem },
        },
      },
      put: { operationId: 'putThing', responses: { '204': { description: 'stored' } } },
    },
    '/things': {
      post: {
        operationId: 'createThing',
        parameters: [
          { in: 'header', name: 'Idempotency-Key', schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{8,128}$' } },
          { in: 'query', name: 'dryRun', schema: { type: 'boolean' } },
        ],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
        responses: { '201': { description: 'made', headers: { Location: { required: true, schema: { type: 'string' } }, 'x-correlation-id': { schema: { type: 'string' } } } } },
      },
    },
    '/things/drafts': { get: { operationId: 'listDrafts', responses: { '200': { description: 'ok', headers: correlation, content: { 'text/csv': { schema: { type: 'string' } } } } } } },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        properties: { id: { type: 'string' }, when: { type: 'string', format: 'date' }, inner: { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'], additionalProperties: false } },
        required: ['id'],
        additionalProperties: false,
        example: { id: 'a' },
      },
      Problem: {
        type: 'object',
        properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, instance: { type: 'string' }, correlationId: { type: 'string' } },
        required: ['type', 'title', 'status'],
      },
    },
  },
};

const checker = new ContractChecker(document);
const exchange = (overrides: Partial<Exchange> & { json?: unknown; contentType?: string; extraHeaders?: Record<string, string> } = {}): Exchange => ({
  method: overrides.method ?? 'GET',
  url: overrides.url ?? '/things/abc?x=1',
  status: overrides.status ?? 200,
  headers: new Headers({ 'content-type': overrides.contentType ?? 'application/json; charset=utf-8', 'x-correlation-id': 'k-1', ...overrides.extraHeaders }),
  body: overrides.body ?? JSON.stringify(overrides.json ?? { id: 'abc', when: '2007-03-15', inner: { n: 1 } }),
});

describe('the contract checker', () => {
  it('passes a response that conforms in status, media type, body and headers', () => {
    expect(checker.check(exchange({ extraHeaders: { 'retry-after': '30' } }))).toEqual([]);
    expect(checker.check(exchange({ status: 404, contentType: 'application/problem+json', json: { type: '/problems/not-found', title: 'Not found', status: 404, instance: '/things/abc', correlationId: 'k-1' } }))).toEqual([]);
    expect(checker.check({ method: 'PUT', url: '/things/abc', status: 204, headers: new Headers(), body: '' })).toEqual([]);
  });

  it('names the operation, status and pointer of a property the schema forbids', () => {
    const [mismatch, ...rest] = checker.check(exchange({ json: { id: 'abc', inner: { n: 1, date: '2007-01-01' } } }));
    expect(rest).toEqual([]);
    expect(mismatch).toMatchObject({ operation: 'getThing', status: 200, pointer: 'body/inner/date' });
    expect(formatMismatch(mismatch!)).toMatch(/^getThing 200 body\/inner\/date: must NOT have additional properties \[additionalProperties at schema .*\] \(GET \/things\/abc\?x=1\)$/);
  });

  it('fails a value of the wrong type or format, and a missing required property', () => {
    const found = checker.check(exchange({ json: { when: '2007-02-30', inner: { n: 'one' } } }));
    expect(found.map((m) => m.pointer).sort()).toEqual(['body/id', 'body/inner/n', 'body/when']);
    expect(found.find((m) => m.pointer === 'body/when')!.message).toMatch(/format/);
  });

  it('fails an undocumented status', () => {
    expect(checker.check(exchange({ status: 500, contentType: 'application/problem+json', json: { type: 'x', title: 'y', status: 500 } }))).toEqual([
      expect.objectContaining({ operation: 'getThing', status: 500, pointer: 'status', message: expect.stringContaining('200, 404') }),
    ]);
  });

  it('fails an undocumented media type, a body where none is documented, and a missing documented body', () => {
    expect(checker.check(exchange({ contentType: 'text/plain', body: 'hei' }))).toEqual([expect.objectContaining({ pointer: 'content-type' })]);
    expect(checker.check({ method: 'PUT', url: '/things/abc', status: 204, headers: new Headers({ 'content-type': 'application/json' }), body: '{}' })).toEqual([expect.objectContaining({ operation: 'putThing', pointer: 'content-type' })]);
    expect(checker.check(exchange({ body: '' }))).toEqual([expect.objectContaining({ pointer: 'body', message: expect.stringContaining('application/json') })]);
    expect(checker.check(exchange({ body: '{nope' }))).toEqual([expect.objectContaining({ pointer: 'body', message: expect.stringContaining('not JSON') })]);
  });

  it('fails a missing required header and a header that breaks its schema', () => {
    const headers = new Headers({ 'content-type': 'application/json', 'retry-after': 'soon' });
    const found = checker.check({ ...exchange(), headers });
    expect(found.map((m) => m.pointer).sort()).toEqual(['header/retry-after', 'header/x-correlation-id']);
    expect(found.find((m) => m.pointer === 'header/x-correlation-id')!.message).toMatch(/required header/);
  });

  it('fails a request that matches no documented operation, and picks the most specific template', () => {
    expect(checker.check(exchange({ url: '/nothing' }))).toEqual([expect.objectContaining({ pointer: 'operation' })]);
    expect(checker.check(exchange({ method: 'DELETE' }))).toEqual([expect.objectContaining({ pointer: 'operation' })]);
    expect(checker.match('GET', '/things/drafts')?.id).toBe('listDrafts');
    expect(checker.check(exchange({ url: '/things/drafts', contentType: 'text/csv', body: 'a,b\n1,2\n' }))).toEqual([]);
  });

  it('holds every problem to the README promise of instance and correlationId', () => {
    const found = checker.check(exchange({ status: 404, contentType: 'application/problem+json', json: { type: '/problems/not-found', title: 'Not found', status: 404 } }));
    expect(found.map((m) => m.pointer).sort()).toEqual(['body/correlationId', 'body/instance']);
  });

  it('checks a gateway answer outside the document as a problem', () => {
    const outside = (json: unknown, contentType = 'application/problem+json') => checker.checkOutside({ method: 'DELETE', url: '/things/abc', status: 405, headers: new Headers({ 'content-type': contentType }), body: JSON.stringify(json) });
    expect(outside({ type: '/problems/method-not-allowed', title: 'No', status: 405, instance: '/things/abc', correlationId: 'k' })).toEqual([]);
    expect(outside({ type: '/problems/method-not-allowed', status: 405 }).map((m) => m.pointer).sort()).toEqual(['body/correlationId', 'body/instance', 'body/title']);
    expect(outside({}, 'text/html')).toEqual([expect.objectContaining({ pointer: 'content-type' })]);
  });
});

describe('the contract checker on what it was sent', () => {
  const created = (request: { headers?: Record<string, string>; body?: string }, url = '/things', responseHeaders: Record<string, string> = { location: '/things/a' }): Exchange => ({
    method: 'POST',
    url,
    status: 201,
    headers: new Headers(responseHeaders),
    body: '',
    request: { headers: new Headers({ 'content-type': 'application/json', ...request.headers }), body: request.body ?? '{"id":"a"}' },
  });

  it('passes an accepted request the document allows', () => {
    expect(checker.check(created({ headers: { 'idempotency-key': 'key-00001' } }, '/things?dryRun=true', { location: '/things/a', 'x-correlation-id': 'k' }))).toEqual([]);
  });

  it('fails an accepted request body of an undeclared media type, or one its schema forbids', () => {
    expect(checker.check(created({ headers: { 'content-type': 'text/csv' }, body: 'id\na\n' }))).toEqual([expect.objectContaining({ operation: 'createThing', status: 201, pointer: 'request/content-type' })]);
    expect(checker.check(created({ body: '{"id":"a","extra":1}' }))).toEqual([expect.objectContaining({ pointer: 'request/body/extra' })]);
  });

  it('fails an accepted API header or query parameter the document does not declare, or a query value it forbids', () => {
    expect(checker.check(created({ headers: { 'x-correlation-id': 'k-1' } }))).toEqual([expect.objectContaining({ pointer: 'request/header/x-correlation-id' })]);
    expect(checker.check(created({}, '/things?force=1'))).toEqual([expect.objectContaining({ pointer: 'request/query/force' })]);
    expect(checker.check(created({}, '/things?dryRun=maybe'))).toEqual([expect.objectContaining({ pointer: 'request/query/dryRun' })]);
  });

  it('fails an API response header that is not documented for the response', () => {
    expect(checker.check(created({}, '/things', { location: '/things/a', 'retry-after': '3' }))).toEqual([expect.objectContaining({ pointer: 'header/retry-after' })]);
    expect(checker.check(created({}, '/things', {}))).toEqual([expect.objectContaining({ pointer: 'header/location', message: expect.stringContaining('required header') })]);
  });

  it('leaves a refused request to the status check (a 4xx is the API saying no)', () => {
    const refused = { ...exchange({ status: 404, contentType: 'application/problem+json', json: { type: '/problems/not-found', title: 'Not found', status: 404, instance: '/things/abc', correlationId: 'k-1' } }), request: { headers: new Headers({ 'content-type': 'text/csv' }), body: 'x' } };
    expect(checker.check(refused)).toEqual([]);
  });
});

describe('the contract checker through components', () => {
  const referenced = new ContractChecker({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/items': {
        post: {
          operationId: 'createItem',
          'x-internal-note': 'an extension is allowed anywhere',
          parameters: [{ $ref: '#/components/parameters/IdempotencyKey' }],
          requestBody: { $ref: '#/components/requestBodies/Item' },
          responses: { '201': { $ref: '#/components/responses/Created' } },
        },
      },
    },
    components: {
      parameters: { IdempotencyKey: { in: 'header', name: 'Idempotency-Key', schema: { type: 'string', minLength: 8 } } },
      requestBodies: { Item: { content: { 'application/json': { schema: { type: 'object', properties: { n: { type: 'integer' } }, additionalProperties: false } } } } },
      headers: { Location: { required: true, schema: { type: 'string', pattern: '^/items/' } } },
      responses: { Created: { description: 'made', headers: { Location: { $ref: '#/components/headers/Location' } }, content: { 'application/json': { schema: { type: 'object', required: ['n'] } } } } },
    },
  });
  const sent = (body: string, location = '/items/1', responseBody = '{"n":1}'): Exchange => ({
    method: 'POST',
    url: '/items',
    status: 201,
    headers: new Headers({ 'content-type': 'application/json', location }),
    body: responseBody,
    request: { headers: new Headers({ 'content-type': 'application/json', 'idempotency-key': 'abcdefgh' }), body },
  });

  it('follows $refs to responses, headers, parameters and request bodies', () => {
    expect(referenced.check(sent('{"n":1}'))).toEqual([]);
    expect(referenced.check(sent('{"n":"one"}')).map((m) => m.pointer)).toEqual(['request/body/n']);
    expect(referenced.check(sent('{"n":1}', '/elsewhere')).map((m) => m.pointer)).toEqual(['header/location']);
    expect(referenced.check(sent('{"n":1}', '/items/1', '{}')).map((m) => m.pointer)).toEqual(['body/n']);
  });
});

describe('the checker on docs/openapi.json', () => {
  const real = new ContractChecker(loadDocument());

  it('compiles every response schema and header schema of the document (strict 2020-12, formats known)', () => {
    let compiled = 0;
    for (const op of real.operations) {
      for (const status of real.statuses(op)) {
        // A response of every documented status and media type with an impossible body: the validator runs and refuses it.
        const response = (op.operation.responses as Record<string, { content?: Record<string, unknown> }>)[status]!;
        for (const mediaType of Object.keys(response.content ?? {})) {
          const found = real.check({ method: op.method, url: op.template, status: status === 'default' || status.endsWith('XX') ? 599 : Number(status), headers: new Headers({ 'content-type': mediaType }), body: mediaType.includes('json') ? '{"\u0000":1}' : '' });
          expect(found.length, `${op.id} ${status} ${mediaType}`).toBeGreaterThan(0);
          compiled++;
        }
      }
    }
    expect(compiled).toBeGreaterThan(real.operations.length * 3);
  });

  it('flags an overview whose programmeGoal carries a property the schema does not have', () => {
    const body = { date: '2007-12-31', programmeGoal: { municipalities: 431, participants: 216, share: 0.501, goalMet: true, missing: 0, extra: true }, byCohort: [], byCounty: [] };
    const found = real.check({ method: 'GET', url: '/overview?date=2007-12-31', status: 200, headers: new Headers({ 'content-type': 'application/json' }), body: JSON.stringify(body) });
    expect(found).toContainEqual(expect.objectContaining({ operation: 'getOverview', status: 200, pointer: 'body/programmeGoal/extra' }));
  });
});
