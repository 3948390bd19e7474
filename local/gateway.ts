/**
 * The local HTTP gateway: turns requests into API Gateway HTTP API (payload v2) events and
 * invokes the functions the routing table names, after verifying bearer tokens against the
 * development issuer as the JWT authorizer does in AWS. It also serves the developer routes
 * under /_local (mail, dead letters, schedules).
 *
 * The stack runs two, as AWS has two HTTP APIs: the people listener (every route, the
 * development issuer's Cognito-shaped tokens) and the machine listener (every route that is
 * not public, the development Maskinporten's tokens). As in AWS, the scopes a route takes are the
 * function's to check (its authorize middleware), so a refusal names them. The developer routes
 * are the people listener's only.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { routesOf, unmatchedRouteFunction, type ApiAudience, type HttpMethod } from '#shared/routing.ts';
import { matchRoute } from '#shared/platform/http/route-match.ts';
import type { HttpEvent } from '#shared/platform/http/types.ts';
import type { LocalClock } from './clock.ts';
import { UnknownScheduleError } from './clock.ts';
import type { DeadLetterStore } from './dead-letters.ts';
import { MACHINE_TRUST, PEOPLE_TRUST, type DevIssuer } from './dev-issuer.ts';
import { BodyTooLargeError, LOCAL_ADMIN_HEADER, readBody, sendJson, sendProblem } from './http-util.ts';
import type { LambdaRuntime } from './lambda-runtime.ts';
import type { MailSink } from './mail-sink.ts';

export interface GatewayDependencies {
  /** Which API this listener is: people's (default) or municipal systems'. */
  readonly audience?: ApiAudience;
  readonly runtime: LambdaRuntime;
  readonly issuer: DevIssuer;
  readonly mail: MailSink;
  readonly deadLetters: DeadLetterStore;
  readonly clock: LocalClock;
  readonly log: (line: string) => void;
}

export function createGateway(deps: GatewayDependencies): Server {
  return createServer((request, response) => {
    const started = performance.now();
    const problem = problemWriter(request, response);
    handle(deps, request, response, problem)
      .catch((error: unknown) => {
        deps.log(`gateway error: ${(error as Error).stack ?? String(error)}`);
        if (!response.headersSent) problem(500, 'internal-error', 'Internal error', 'The local gateway failed; see its log');
      })
      .finally(() => {
        deps.log(`${request.method} ${request.url} → ${response.statusCode} (${Math.round(performance.now() - started)} ms)`);
      });
  });
}

/** Writes the gateway's own problems as the functions write theirs: with instance and correlationId. */
type ProblemWriter = (status: number, slug: string, title: string, detail: string) => void;

const SAFE_CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function problemWriter(request: IncomingMessage, response: ServerResponse): ProblemWriter & { requestId: string } {
  const requestId = randomUUID();
  const offered = request.headers['x-correlation-id'];
  const correlationId = typeof offered === 'string' && SAFE_CORRELATION_ID.test(offered) ? offered : requestId;
  const instance = (request.url ?? '/').split('?')[0]!;
  const write = (status: number, slug: string, title: string, detail: string) => {
    response.setHeader('x-correlation-id', correlationId);
    response.setHeader('apigw-requestid', requestId);
    sendProblem(response, status, slug, title, detail, instance, correlationId);
  };
  return Object.assign(write, { requestId });
}

async function handle(deps: GatewayDependencies, request: IncomingMessage, response: ServerResponse, problem: ReturnType<typeof problemWriter>): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  const audience = deps.audience ?? 'people';
  if (audience === 'people' && (url.pathname === '/_local' || url.pathname.startsWith('/_local/'))) {
    await handleLocal(deps, method, url, request, response, problem);
    return;
  }

  const match = matchRoute(routesOf(audience), method, url.pathname);
  // API Gateway hands the function decoded path parameters; a segment that does not decode
  // (a lone or truncated %-sequence, bytes that are not UTF-8) names no resource: 400, before
  // the body is read or the token checked, and never an exception in the gateway.
  const pathParameters: Record<string, string> = {};
  if (match.kind === 'route') {
    for (const [name, raw] of Object.entries(match.rawParams)) {
      const decoded = decodePathSegment(raw);
      if (decoded === undefined) {
        return problem(400, 'malformed-path', 'The path is not valid', `The path parameter ${name} ("${raw}") is not valid percent-encoded UTF-8`);
      }
      pathParameters[name] = decoded;
    }
  }

  let body: Buffer;
  try {
    body = await readBody(request);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      // The rest of the body was not read, so this connection can't carry another request: say so
      // (Connection: close), or a client reusing it gets a reset on its next request.
      response.shouldKeepAlive = false;
      return problem(413, 'payload-too-large', 'The request body is too large', error.message);
    }
    throw error;
  }

  // No route matched (an unknown path, or a known one with another method): API Gateway sends it
  // to the $default route, whose function answers 404 or 405 (functions/platform/answer-unmatched-route.ts).
  if (match.kind !== 'route') {
    const event = toHttpEvent(request, url, { method, routeKey: '$default' }, body, pathParameters, undefined, problem.requestId);
    writeResult(response, await deps.runtime.invoke<APIGatewayProxyStructuredResultV2 | undefined>(unmatchedRouteFunction, event), problem.requestId);
    return;
  }

  let claims: Record<string, string> | undefined;
  let scopes: string[] | null = null;
  if (match.route.access !== 'public') {
    const header = request.headers.authorization ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
    if (!token) return unauthorized(response, problem.requestId);
    let payload;
    try {
      payload = await deps.issuer.verify(token, audience === 'machine' ? MACHINE_TRUST : PEOPLE_TRUST);
    } catch (error) {
      return unauthorized(response, problem.requestId, (error as Error).message);
    }
    if (audience === 'machine') scopes = scopesOfToken(payload);
    claims = flattenClaims(payload);
  }

  const event = toHttpEvent(request, url, { method: match.route.method, routeKey: `${match.route.method} ${match.route.path}` }, body, pathParameters, claims, problem.requestId, scopes);
  const result = await deps.runtime.invoke<APIGatewayProxyStructuredResultV2 | undefined>(match.route.function, event);
  writeResult(response, result, problem.requestId);
}

/**
 * What API Gateway's JWT authorizer answers, exactly: 401, the fixed body
 * `{"message":"Unauthorized"}` (HTTP APIs cannot change it), the reason only in `www-authenticate`,
 * and the gateway's request id. No problem+json and no correlation id: the function never runs.
 */
function unauthorized(response: ServerResponse, requestId: string, reason?: string): void {
  const challenge = reason === undefined ? 'Bearer' : `Bearer scope="" error="invalid_token" error_description="${reason.replace(/["\\\r\n]/g, "'")}"`;
  response.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': challenge, 'apigw-requestid': requestId });
  response.end(UNAUTHORIZED_BODY);
}

/** The JWT authorizer's body (docs: "Troubleshooting issues with HTTP API JWT authorizers"). */
export const UNAUTHORIZED_BODY = '{"message":"Unauthorized"}';

/** The token's scopes as the authorizer reads them: `scope` (space separated) or `scp` (a list or a string). */
function scopesOfToken(payload: Record<string, unknown>): string[] {
  for (const claim of [payload.scope, payload.scp]) {
    if (typeof claim === 'string') return claim.split(/\s+/).filter(Boolean);
    if (Array.isArray(claim)) return claim.filter((s): s is string => typeof s === 'string');
  }
  return [];
}

/** A path segment decoded, or undefined when it is not valid percent-encoded UTF-8. */
export function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}


/** Host names a browser uses for this machine; any other Host is a page that rebound its DNS name here. */
const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

async function handleLocal(
  deps: GatewayDependencies,
  method: string,
  url: URL,
  request: IncomingMessage,
  response: ServerResponse,
  problem: ProblemWriter,
): Promise<unknown> {
  const path = url.pathname;
  if (!LOOPBACK_HOST.test(request.headers.host ?? '')) {
    return problem(403, 'forbidden', 'Not allowed', 'The /_local routes answer only requests addressed to localhost');
  }
  if (method !== 'GET' && method !== 'HEAD' && request.headers[LOCAL_ADMIN_HEADER] !== '1') {
    return problem(403, 'forbidden', 'Not allowed', `State-changing /_local requests need the header ${LOCAL_ADMIN_HEADER}: 1 (the local CLIs send it)`);
  }
  if (method === 'GET' && path === '/_local') {
    return sendJson(response, 200, {
      mail: '/_local/mail',
      deadLetters: '/_local/dead-letters',
      schedules: '/_local/schedules',
      jwks: '/_local/dev-issuer/jwks.json',
    });
  }
  if (method === 'GET' && path === '/_local/mail') return sendJson(response, 200, { dir: deps.mail.dir, messages: await deps.mail.list() });
  const mailFile = /^\/_local\/mail\/([\w.-]+\.eml)$/.exec(path)?.[1];
  if (method === 'GET' && mailFile) {
    try {
      const raw = deps.mail.raw(mailFile);
      response.writeHead(200, { 'content-type': 'message/rfc822', 'content-disposition': `inline; filename="${mailFile}"` });
      return response.end(raw);
    } catch {
      return problem(404, 'not-found', 'Not found', `No mail file ${mailFile}`);
    }
  }
  if (method === 'GET' && path === '/_local/dead-letters') return sendJson(response, 200, { dir: deps.deadLetters.dir, deadLetters: deps.deadLetters.list() });
  if (method === 'GET' && path === '/_local/schedules') return sendJson(response, 200, { schedules: deps.clock.list() });
  const schedule = /^\/_local\/schedules\/([\w-]+)\/run$/.exec(path)?.[1];
  if (method === 'POST' && schedule) {
    await readBody(request);
    try {
      const id = deps.clock.fire(schedule);
      return sendJson(response, 202, { fired: schedule, eventId: id });
    } catch (error) {
      if (error instanceof UnknownScheduleError) return problem(404, 'not-found', 'Unknown schedule', error.message);
      throw error;
    }
  }
  if (method === 'GET' && path === '/_local/dev-issuer/jwks.json') return sendJson(response, 200, deps.issuer.jwks);
  return problem(404, 'not-found', 'Not found', `No local route ${method} ${path}`);
}

/**
 * API Gateway hands claims to the function as strings, formatted as Go prints values: a list
 * becomes `[a b]`, an object (Maskinporten's `consumer`, `supplier`) `map[ID:0192:… authority:…]`,
 * keys sorted (reported from AWS: aws/aws-lambda-go#570). principal.ts reads that form, and JSON.
 */
export function flattenClaims(payload: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(payload).map(([key, value]) => [key, goString(value)]));
}

function goString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(goString).join(' ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `map[${entries.map(([k, v]) => `${k}:${goString(v)}`).join(' ')}]`;
  }
  return String(value);
}

const TEXT_TYPES = /^(application\/(.*\+)?json|application\/x-www-form-urlencoded|text\/.*|application\/xml)/i;

function toHttpEvent(
  request: IncomingMessage,
  url: URL,
  route: { readonly method: HttpMethod | string; readonly routeKey: string },
  body: Buffer,
  pathParameters: Record<string, string>,
  claims: Record<string, string> | undefined,
  requestId: string,
  scopes: string[] | null = null,
): HttpEvent {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  headers['x-forwarded-proto'] ??= 'http';
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = query[name] ? `${query[name]},${value}` : value;
  const isText = body.length === 0 || TEXT_TYPES.test(headers['content-type'] ?? '');
  const now = new Date();
  const routeKey = route.routeKey;
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(pathParameters).length ? { pathParameters } : {}),
    ...(body.length ? { body: isText ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: !isText,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: route.method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      ...(claims ? { authorizer: { principalId: '', integrationLatency: 0, jwt: { claims, scopes } } } : {}),
    },
  } as HttpEvent;
}

/** The function's result as API Gateway writes it, with the `apigw-requestid` API Gateway adds to every response. */
function writeResult(response: ServerResponse, result: APIGatewayProxyStructuredResultV2 | string | undefined, requestId: string): void {
  response.setHeader('apigw-requestid', requestId);
  if (result === undefined || typeof result === 'string') {
    // HTTP API treats a bare return value as a 200 JSON body.
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(result ?? '');
    return;
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  response.writeHead(result.statusCode ?? 200, headers);
  response.end(result.body === undefined ? undefined : result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body);
}
