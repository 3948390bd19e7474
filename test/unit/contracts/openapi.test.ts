import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiContract } from '../../../shared/routing.ts';
import type { OperationContract } from '../../../shared/platform/declarations.ts';
import { buildOpenApiDocument } from '../../../shared/openapi.ts';
import { Overview } from '../../../shared/overview/contract.ts';
import { programmeGoal } from '../../../shared/overview/model.ts';
import { IDEMPOTENCY_KEY_PATTERN } from '../../../shared/platform/http/middlewares/idempotency-key.ts';
import { functions, httpRoutes, type HttpRoute } from '../../../shared/routing.ts';

const root = join(import.meta.dirname, '..', '..', '..');

interface Header {
  required: boolean;
  schema: { type: string; pattern?: string };
}
interface Response {
  description: string;
  headers?: Record<string, Header>;
  content: Record<string, { schema: unknown }>;
}
interface Operation {
  operationId: string;
  security: unknown[];
  responses: Record<string, Response>;
  parameters?: { name: string; in: string; required?: boolean; schema: { pattern?: string } }[];
  requestBody?: { content: Record<string, unknown> };
}

type HeaderOrRef = Header | { $ref: string };
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { headers?: Record<string, Header> };
}

/** The operation with its responses' header `$ref`s (to components/headers) read in place, as a client reads them. */
function resolved(document: Document, operation: Operation): Operation {
  const read = (header: HeaderOrRef): Header => {
    if (!('$ref' in header)) return header;
    const target = document.components.headers?.[header.$ref.replace('#/components/headers/', '')];
    if (!target) throw new Error(`${operation.operationId}: ${header.$ref} names no header`);
    return target;
  };
  const responses = Object.fromEntries(
    Object.entries(operation.responses).map(([status, response]) => [
      status,
      { ...response, ...(response.headers ? { headers: Object.fromEntries(Object.entries(response.headers as Record<string, HeaderOrRef>).map(([name, header]) => [name, read(header)])) } : {}) },
    ]),
  );
  return { ...operation, responses };
}

const operations = (document: Document) =>
  (httpRoutes as readonly HttpRoute[]).map((route) => ({
    route,
    operation: resolved(document, document.paths[route.path]![route.method.toLowerCase()]!),
    contract: apiContract[route.function as keyof typeof apiContract] as OperationContract,
  }));

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument('http://localhost:3000') as unknown as {
    openapi: string;
    servers: { url: string }[];
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, unknown>; headers?: Record<string, Header> };
  };

  it('is OpenAPI 3.1 with the given server', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers).toEqual([{ url: 'http://localhost:3000' }]);
  });

  it('describes every route of the routing table', () => {
    for (const route of httpRoutes) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation?.operationId, `${route.method} ${route.path}`).toBe(route.function);
      const scopes = route.access === 'public' ? [] : route.access.filter((a) => a.startsWith('kvalitetskommune:'));
      // A person's bearer token; where the route lists scopes, a Maskinporten token with one of them instead.
      if (scopes.length) expect(operation?.security).toEqual([{ bearer: [] }, { maskinporten: scopes }]);
      else expect(operation?.security).toEqual(route.access === 'public' ? [] : [{ bearer: [] }]);
    }
  });

  it('documents errors as problem+json and path parameters', () => {
    const get = document.paths['/applications/{id}']!.get!;
    expect(get.parameters!.filter((p) => p.in === 'path')).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
    expect(Object.keys(get.responses['404']!.content)).toEqual(['application/problem+json']);
    const post = document.paths['/applications']!.post!;
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['201', '401', '403', '422']));
  });

  it('names the shared schemas as components', () => {
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['Application', 'SubmitApplicationRequest', 'Problem', 'SickLeaveTarget', 'SteeringGroupMember']),
    );
  });

  it('declares Idempotency-Key with its pattern, 409 (in progress, Retry-After) and 422 (malformed, reused) on every POST', () => {
    const posts = operations(document).filter(({ route }) => route.method === 'POST');
    expect(posts.length).toBeGreaterThan(15);
    for (const { route, operation } of posts) {
      const key = operation.parameters?.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
      expect(key?.schema.pattern, route.function).toBe(IDEMPOTENCY_KEY_PATTERN.source);
      expect(key?.required ?? false, route.function).toBe(false);
      expect(operation.responses['409']?.description, route.function).toMatch(/idempotency-key-in-progress/);
      expect(operation.responses['409']?.headers?.['Retry-After'], route.function).toBeDefined();
      expect(operation.responses['422']?.description, route.function).toMatch(/idempotency-key-reused/);
    }
    for (const { route, operation } of operations(document).filter(({ route }) => route.method !== 'POST')) {
      expect(operation.parameters?.some((p) => p.name === 'Idempotency-Key'), route.function).toBe(false);
    }
  });

  it('declares x-correlation-id on every request (optional) and every response the functions make', () => {
    for (const { route, operation } of operations(document)) {
      expect(operation.parameters?.find((p) => p.in === 'header' && p.name === 'x-correlation-id')?.required ?? false, route.function).toBe(false);
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status === '401') continue; // the JWT authorizer's: no function ran
        const header = response.headers?.['x-correlation-id'];
        expect(header, `${route.function} ${status}`).toBeDefined();
        // Optional only where API Gateway may answer in the function's place.
        expect(response.headers?.['apigw-requestid']?.required, `${route.function} ${status}`).toBe(true);
        const gatewayMayAnswer = JSON.stringify(response.content ?? {}).includes('GatewayMessage');
        expect(header!.required, `${route.function} ${status}`).toBe(!gatewayMayAnswer);
      }
    }
  });

  it('documents 401 as the JWT authorizer answers it, with WWW-Authenticate, and 403 and 429 (Retry-After) on every route behind it', () => {
    for (const { route, operation } of operations(document)) {
      const statuses = Object.keys(operation.responses);
      if (route.access === 'public') {
        expect(statuses.filter((s) => ['401', '403', '429'].includes(s)), route.function).toEqual([]);
        continue;
      }
      expect(statuses, route.function).toEqual(expect.arrayContaining(['401', '403', '429', '500', '503']));
      expect(operation.responses['401']!.headers!['WWW-Authenticate']!.required).toBe(true);
      expect(Object.keys(operation.responses['401']!.content)).toEqual(['application/json']);
      expect(operation.responses['429']!.headers!['Retry-After']).toBeDefined();
      expect(operation.responses['503']!.headers!['Retry-After']).toBeDefined();
    }
  });

  it('documents 400, 413, 415 and 422 wherever a body is read, and 404 wherever the path has parameters', () => {
    for (const { route, operation, contract } of operations(document)) {
      const statuses = Object.keys(operation.responses);
      if (contract.body) expect(statuses, route.function).toEqual(expect.arrayContaining(['400', '413', '415', '422']));
      if (route.path.includes('{')) expect(statuses, route.function).toEqual(expect.arrayContaining(['400', '404']));
      if (contract.query) expect(statuses, route.function).toContain('422');
    }
  });

  it('gives every Location a GET route of the routing table, and declares the header on exactly those responses', () => {
    const gets = new Set((httpRoutes as readonly HttpRoute[]).filter((r) => r.method === 'GET').map((r) => r.path));
    let locations = 0;
    for (const { route, operation, contract } of operations(document)) {
      for (const success of [contract.success, ...(contract.alsoSucceeds ?? [])]) {
        const header = operation.responses[String(success.status)]!.headers?.['Location'];
        expect(Boolean(header), `${route.function} ${success.status}`).toBe(Boolean(success.location || success.redirect));
        if (!success.location) continue;
        locations++;
        expect(gets.has(success.location), `${route.function} → ${success.location}`).toBe(true);
        expect(header!.required).toBe(true);
      }
    }
    expect(locations).toBeGreaterThanOrEqual(8);
  });

  it('declares a Location where a handler sends one (the handler sources)', () => {
    for (const route of httpRoutes as readonly HttpRoute[]) {
      const source = readFileSync(join(root, functions[route.function].entry), 'utf8');
      const sendsLocation = /\blocation:|\baccepted\(|\bacceptLater\(/.test(source);
      const contract = apiContract[route.function as keyof typeof apiContract] as OperationContract;
      const declares = [contract.success, ...(contract.alsoSucceeds ?? [])].some((s) => s.location || s.redirect);
      expect(declares, route.function).toBe(sendsLocation);
    }
  });

  it('declares exactly the success statuses each handler answers (read off its source)', () => {
    for (const { route, contract } of operations(document)) {
      const source = readFileSync(join(root, functions[route.function].entry), 'utf8');
      const answered = new Set<number>();
      // json(201, …), json(receipt.duplicate ? 200 : 201, …), html(200, …); accepted()/acceptLater() answer 202.
      for (const [, status] of source.matchAll(/\b(?:json|html|text)\(\s*([^,]+),/g)) for (const [code] of status!.matchAll(/\b[1-5]\d\d\b/g)) answered.add(Number(code));
      if (/\baccepted\(|\bacceptLater\(/.test(source)) answered.add(202);
      // cacheableAnswer(…) (platform/http/cacheable.ts) answers 200, or 304 to a matching If-None-Match.
      if (/\bcacheableAnswer\(/.test(source)) for (const code of [200, 304]) answered.add(code);
      const declared = [contract.success, ...(contract.alsoSucceeds ?? [])].map((s) => s.status).sort();
      expect(declared, route.function).toEqual([...answered].sort());
    }
  });

  it('declares text/csv bodies exactly where the handler accepts CSV', () => {
    for (const { route, operation, contract } of operations(document)) {
      const source = readFileSync(join(root, functions[route.function].entry), 'utf8');
      expect(Boolean(contract.csv), route.function).toBe(/\bcsv:/.test(source));
      expect(Boolean(operation.requestBody?.content['text/csv']), route.function).toBe(Boolean(contract.csv));
    }
  });

  it('declares each success status the uploads answer: 201, 200 for a repeat, 202 with Location for a large body', () => {
    for (const path of ['/municipalities/{number}/absence-figures', '/absence-figures']) {
      const post = document.paths[path]!.post!;
      expect(Object.keys(post.responses).filter((s) => s.startsWith('2')).sort()).toEqual(['200', '201', '202']);
      expect(post.responses['202']!.headers!['Location']).toBeDefined();
    }
  });

  it('describes every property of the programme goal the overview answers', () => {
    const register = [{ number: '1721', countyNumber: '17', countyName: 'Nord-Trøndelag', validFrom: '1964-01-01' }];
    const goal = programmeGoal(register, [{ municipalityNumber: '1721', cohortId: 'c', admittedOn: '2007-03-30' }], '2007-06-01');
    expect(Overview.shape.programmeGoal.strict().safeParse(goal).success).toBe(true);
  });
});
