/**
 * Builds the OpenAPI 3.1 document from the routing table and the zod contracts. Only the docs
 * tooling imports this (it pulls in the generator): `npm run docs` writes docs/openapi.json,
 * which the openapi function serves.
 *
 * What an operation answers comes from two places: its contract (the route declarations, shared/<capability>/routes.ts: its
 * success statuses and its own rules' problems) and the code every request of its kind goes
 * through (`stackStatuses`: the gateway, the middy stack of shared/http/, the idempotency
 * middleware, the rate limit), derived from the route so that a new route cannot forget them.
 */
import * as z from 'zod';
import { createDocument } from 'zod-openapi';
import { CORRELATION_ID_PATTERN } from './platform/http/middlewares/correlation-id.ts';
import { IDEMPOTENCY_KEY_PATTERN } from './platform/http/middlewares/idempotency-key.ts';
import { httpRoutes, scopesOfRoute, type HttpRoute } from './routing.ts';
import type { Scope } from './platform/auth/principal.ts';
import type { OperationContract, SuccessResponse } from './platform/declarations.ts';
import { apiContract } from './routing.ts';
import { Problem } from './platform/contract/problem.ts';

/** API Gateway's own answers (the function never ran): a fixed JSON body that HTTP APIs cannot change. */
const GatewayMessage = z
  .object({ message: z.string().meta({ example: 'Unauthorized' }) })
  .meta({ id: 'GatewayMessage', description: 'An answer of API Gateway itself, not of the API’s functions: no problem details, no correlation id' });

/** Why a status can be answered, by whom; each source adds its sentence to the response's description. */
type Source =
  | 'operation'
  | 'authorizer'
  | 'role'
  | 'own-municipality'
  | 'rate-limit'
  | 'path-encoding'
  | 'path-parameters'
  | 'query'
  | 'body'
  | 'idempotency'
  | 'fault';

/**
 * The statuses the code paths of a route can answer besides the operation's own, each with its
 * source. Read off the code, in the order a request meets it:
 * - the gateway: an undecodable path segment is 400 (`malformed-path`) where the path has
 *   parameters; the JWT authorizer answers 401 on every non-public route;
 * - `authorize`: 403 for a role the route does not list, 404 for another municipality's
 *   `/municipalities/{number}…`;
 * - `rateLimit`: 429 on every non-public route;
 * - `parseRequest`: 404 for invalid path parameters, 422 for an invalid query, and for a body
 *   400 (JSON, CSV, UTF-8), 413, 415 and 422;
 * - `idempotencyKey` and the idempotency middleware, on every POST: 409 while the same key
 *   runs, 422 for a malformed or reused key;
 * - `problemDetails`: 500 for a fault, 503 when the database is unreachable or throttled (and
 *   API Gateway answers 500/503 itself when the function fails or takes longer than 29 s).
 */
export function stackStatuses(route: HttpRoute, contract: OperationContract): Map<number, Set<Source>> {
  const statuses = new Map<number, Set<Source>>();
  const add = (source: Source, ...codes: number[]) => {
    for (const code of codes) statuses.set(code, (statuses.get(code) ?? new Set()).add(source));
  };
  for (const code of contract.problems) add('operation', code);
  if (/\{\w+\}/.test(route.path)) add('path-encoding', 400);
  if (route.access !== 'public') {
    add('authorizer', 401);
    add('role', 403);
    add('rate-limit', 429);
    if (route.path.startsWith('/municipalities/{number}')) add('own-municipality', 404);
  }
  if (contract.params) add('path-parameters', 404);
  if (contract.query) add('query', 422);
  if (contract.body) add('body', 400, 413, 415, 422);
  if (route.method === 'POST') add('idempotency', 409, 422);
  add('fault', 500, 503);
  return new Map([...statuses].sort(([a], [b]) => a - b));
}

const problemTitles: Record<number, string> = {
  400: 'Malformed request',
  401: 'No valid bearer token',
  403: 'The caller’s role may not do this',
  404: 'Not found, or not visible to the caller',
  409: 'Conflicts with the current state',
  410: 'No longer valid (an expired confirmation code)',
  413: 'Body too large',
  415: 'Unsupported body media type',
  422: 'Invalid or incomplete; `errors` names every field',
  429: 'Too many requests',
  500: 'A fault of the service',
  503: 'Temporarily unavailable',
};

const sourceNotes: Record<Source, (status: number, contract: OperationContract) => string | undefined> = {
  operation: () => undefined,
  authorizer: () => 'Answered by API Gateway’s JWT authorizer (the function never runs): the fixed body {"message":"Unauthorized"}, the reason in WWW-Authenticate.',
  role: () => '`forbidden`: the token’s role is not among the route’s roles.',
  'own-municipality': () => '`not-found`: another municipality’s number (a municipality token reaches only its own).',
  'rate-limit': () =>
    '`too-many-requests`: this caller used its window’s allowance (Retry-After: seconds until the window ends); or API Gateway’s stage throttle, {"message":"Too Many Requests"}.',
  'path-encoding': () => '`malformed-path`: a path parameter is not valid percent-encoded UTF-8.',
  'path-parameters': () => '`not-found`: a path parameter is not in the shape of an id.',
  query: () => '`validation-failed`: an invalid query parameter (`errors` with pointers under /query).',
  body: (status, contract) =>
    ({
      400: contract.csv ? '`malformed-json`, `malformed-csv` or `invalid-encoding` (not UTF-8).' : '`malformed-json` or `invalid-encoding` (not UTF-8).',
      413: '`payload-too-large`: over the route’s limit; API Gateway answers itself (not problem+json) over its 10 MB limit or a body Lambda cannot take (6 MB).',
      415: contract.csv ? '`unsupported-media-type`: neither application/json nor text/csv.' : '`unsupported-media-type`: not application/json.',
      422: '`validation-failed` (every invalid field in `errors`).',
    })[status],
  idempotency: (status) =>
    status === 409
      ? '`idempotency-key-in-progress`: a request with this Idempotency-Key is still running; retry after Retry-After for its answer.'
      : '`validation-failed` for a malformed Idempotency-Key (pointer /headers/idempotency-key); `idempotency-key-reused` for a key first sent with another body.',
  fault: (status) =>
    status === 500
      ? '`internal-error` (logged with the correlation id); API Gateway answers {"message":"Internal Server Error"} itself when the function fails without an answer.'
      : '`service-unavailable` (database unreachable or throttled) with Retry-After; API Gateway answers {"message":"Service Unavailable"} itself when the function takes longer than 29 s.',
};

/** Statuses API Gateway may answer itself (GatewayMessage) as well as the functions (Problem). */
const ALSO_FROM_GATEWAY = new Set([413, 429, 500, 503]);
/** Statuses whose problem carries Retry-After in some cases. */
const RETRY_AFTER: Record<number, string> = {
  409: 'Sent with `idempotency-key-in-progress` and `upload-in-progress`: seconds to wait before repeating the request',
  429: 'Sent with `too-many-requests`: seconds until the caller’s window ends',
  503: 'Sent with the functions’ 503 problems: seconds to wait before retrying',
};

const header = (description: string, required: boolean, schema: Record<string, unknown> = { type: 'string' }) => ({ description, required, schema });

/**
 * The headers every response repeats, written once under components/headers and referred to
 * (inline they were most of the document: hundreds of identical copies).
 */
const sharedHeaders = {
  /** API Gateway adds its request id to every response (the functions' correlation id defaults to it). */
  GatewayRequestId: header('API Gateway’s request id', true),
  CorrelationId: header(
    'The request’s correlation id: the caller’s x-correlation-id when well-formed, otherwise the gateway’s request id',
    true,
    { type: 'string', pattern: CORRELATION_ID_PATTERN.source },
  ),
  CorrelationIdUnlessFromGateway: header('The request’s correlation id, on the functions’ answers (not on API Gateway’s own)', false, {
    type: 'string',
    pattern: CORRELATION_ID_PATTERN.source,
  }),
  WwwAuthenticate: header('`Bearer`; for a refused token `Bearer scope="" error="invalid_token" error_description="…"`', true),
} as const;
const ref = (name: keyof typeof sharedHeaders) => ({ $ref: `#/components/headers/${name}` });
const gatewayRequestIdHeader = ref('GatewayRequestId');
const correlationHeader = (required: boolean) => ref(required ? 'CorrelationId' : 'CorrelationIdUnlessFromGateway');

function successResponse(success: SuccessResponse) {
  return {
    description: success.description,
    headers: {
      'x-correlation-id': correlationHeader(true),
      'apigw-requestid': gatewayRequestIdHeader,
      ...(success.location ? { Location: header(`Where the resource is read: ${success.location} (GET)`, true, { type: 'string', pattern: '^/' }) } : {}),
      ...(success.redirect ? { Location: header(success.redirect, true, { type: 'string', format: 'uri' }) } : {}),
      ...(success.cacheable
        ? {
            ETag: header('The answer’s content tag: send it back as If-None-Match for a 304', true, { type: 'string' }),
            'Cache-Control': header(success.cacheable, true, { type: 'string' }),
          }
        : {}),
      ...(success.retryAfter ? { 'Retry-After': header(`${success.retryAfter}: seconds before it is worth asking again`, false, { type: 'string', pattern: '^[0-9]+$' }) } : {}),
    },
    // A 304 and a 204 have no body (RFC 9110).
    ...(success.status === 304 || success.status === 204
      ? {}
      : { content: { [success.mediaType ?? 'application/json']: { schema: success.schema }, ...Object.fromEntries((success.alsoAs ?? []).map((a) => [a.mediaType, { schema: a.schema }])) } }),
  };
}

function errorResponse(status: number, sources: Set<Source>, contract: OperationContract) {
  const notes = [...sources].map((source) => sourceNotes[source](status, contract)).filter((note): note is string => note !== undefined);
  const description = [problemTitles[status] ?? 'Problem', ...notes].join('. ').replace(/\.\./g, '.');
  if (status === 401) {
    return {
      description,
      headers: {
        'WWW-Authenticate': ref('WwwAuthenticate'),
        'apigw-requestid': gatewayRequestIdHeader,
      },
      content: { 'application/json': { schema: GatewayMessage } },
    };
  }
  const fromGateway = ALSO_FROM_GATEWAY.has(status);
  return {
    description,
    headers: {
      'x-correlation-id': correlationHeader(!fromGateway),
      'apigw-requestid': gatewayRequestIdHeader,
      ...(RETRY_AFTER[status] ? { 'Retry-After': header(RETRY_AFTER[status], false, { type: 'string', pattern: '^[0-9]+$' }) } : {}),
    },
    content: {
      'application/problem+json': { schema: Problem },
      ...(fromGateway ? { 'application/json': { schema: GatewayMessage } } : {}),
    },
  };
}

/** Request headers: x-correlation-id on every operation, Idempotency-Key on every POST (all POSTs go through idempotentHttpHandler). */
function requestHeaders(route: HttpRoute) {
  return z.object({
    'x-correlation-id': z
      .string()
      .regex(CORRELATION_ID_PATTERN)
      .optional()
      .meta({ description: 'Follow this request through logs, events and emails (echoed in the response); one in another shape is replaced by the gateway’s request id' }),
    ...(route.method === 'POST'
      ? {
          'Idempotency-Key': z
            .string()
            .regex(IDEMPOTENCY_KEY_PATTERN)
            .optional()
            .meta({
              description:
                'Repeat the request safely: for 24 hours, the same key on the same path by the same caller gets the first answer without acting again. Another shape: 422',
            }),
        }
      : {}),
  });
}

/** What each Maskinporten scope lets a municipal system do (it acts for the municipality its consumer's organisation number belongs to). */
export const SCOPE_DESCRIPTIONS: { readonly [S in Scope]: string } = {
  'kvalitetskommune:figures.write': 'Upload the municipality’s sick-leave figures (and read them back)',
  'kvalitetskommune:figures.read': 'Read the municipality’s sick-leave figures and target status',
  'kvalitetskommune:reports.read': 'Read the municipality’s reports',
  'kvalitetskommune:webhooks.manage': 'Register, list, rotate and delete the municipality’s webhook endpoints, see their deliveries and replay them',
};

/**
 * Who may call an operation: people with a bearer token of the people API (their roles), and,
 * where the route lists scopes, municipal systems with a Maskinporten token on the machine API.
 */
function security(route: HttpRoute) {
  if (route.access === 'public') return { security: [] };
  const scopes = scopesOfRoute(route);
  const roles = route.access.filter((actor) => !(scopes as readonly string[]).includes(actor));
  return {
    security: [{ bearer: [] }, ...(scopes.length ? [{ maskinporten: [...scopes] }] : [])],
    description:
      `Allowed roles: ${roles.join(', ')}.` +
      (scopes.length
        ? ` Municipal systems: a Maskinporten token with ${scopes.join(' or ')} on the machine API, for the municipality its consumer (0192:<organisation number>) is.`
        : ' Not open to municipal systems (Maskinporten).'),
  };
}

export function buildOpenApiDocument(serverUrl?: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of httpRoutes as readonly HttpRoute[]) {
    const contract: OperationContract = apiContract[route.function as keyof typeof apiContract];
    const responses: Record<string, unknown> = {};
    for (const success of [contract.success, ...(contract.alsoSucceeds ?? [])]) responses[String(success.status)] = successResponse(success);
    for (const [status, sources] of stackStatuses(route, contract)) responses[String(status)] = errorResponse(status, sources, contract);
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId: route.function,
      summary: route.summary,
      ...security(route),
      requestParams: {
        ...(contract.params ? { path: contract.params } : {}),
        ...(contract.query ? { query: contract.query } : {}),
        header: requestHeaders(route),
      },
      ...(contract.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': { schema: contract.body },
                ...(contract.csv ? { 'text/csv': { schema: z.string().meta({ description: contract.csv.description }) } } : {}),
              },
            },
          }
        : {}),
      responses,
    };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Kvalitetskommuneprogrammet API',
      version: '0.1.0',
      description:
        'Backend of the Quality Municipalities Programme. Errors are RFC 9457 problem+json with instance and correlationId, ' +
        'except the few API Gateway answers itself (GatewayMessage: a refused token, its stage throttle, a body over 10 MB, a function that failed or timed out). ' +
        'A path no operation has answers 404, and a path with other methods 405 with Allow, both problem+json. ' +
        'Municipality tokens only ever reach their own municipality’s data.',
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A person’s token (Cognito user pool), on the people API (the stack’s ApiUrl)' },
        maskinporten: {
          type: 'oauth2',
          description:
            'A municipal system’s Maskinporten access token, on the machine API (the stack’s MachineApiUrl). Ask Maskinporten (JWT grant) for the scopes the operation lists and for ' +
            'the API’s audience as `resource` (the stack’s MaskinportenAudience): the API accepts only audience-restricted tokens. The token’s consumer, 0192:<organisation number>, names ' +
            'the municipality; a supplier acting for it is recorded, and never widens access. Production: https://maskinporten.no/token.',
          flows: {
            clientCredentials: { tokenUrl: 'https://test.maskinporten.no/token', scopes: SCOPE_DESCRIPTIONS },
          },
        },
      },
      headers: sharedHeaders,
    },
    paths: paths as never,
  });
}
