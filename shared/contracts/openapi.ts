/**
 * Builds the OpenAPI 3.1 document from the routing table and the zod contracts. Only the docs
 * tooling imports this (it pulls in the generator): `npm run docs` writes docs/openapi.json,
 * which the openapi function serves.
 */
import { createDocument } from 'zod-openapi';
import { httpRoutes } from '../routing.ts';
import { apiContract, type OperationContract } from './api.ts';
import { Problem } from './problem.ts';

const problemTitles: Record<number, string> = {
  400: 'Malformed request (for instance invalid JSON)',
  401: 'No valid bearer token',
  403: 'The caller’s role may not do this',
  404: 'Not found, or not visible to the caller',
  409: 'Conflicts with the current state (for instance an illegal status change, or a duplicate)',
  410: 'No longer valid (an expired confirmation code)',
  413: 'Body too large',
  415: 'Body is not application/json',
  422: 'Invalid or incomplete; `errors` names every field',
  429: 'Too many requests from this caller in the current window; retry after the Retry-After header',
  503: 'Temporarily unavailable; retry after the Retry-After header',
};

export function buildOpenApiDocument(serverUrl?: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of httpRoutes) {
    const contract: OperationContract = apiContract[route.function];
    const responses: Record<string, unknown> = {
      [String(contract.success.status)]: {
        description: contract.success.description,
        content: { 'application/json': { schema: contract.success.schema } },
      },
    };
    // Every route behind the authorizer counts its callers (shared/http/middlewares/rate-limit.ts).
    const statuses = route.access === 'public' ? contract.problems : [...new Set([...contract.problems, 429])].sort((a, b) => a - b);
    for (const status of statuses) {
      responses[String(status)] = {
        description: problemTitles[status] ?? 'Problem',
        content: { 'application/problem+json': { schema: Problem } },
      };
    }
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId: route.function,
      summary: route.summary,
      ...(route.access === 'public'
        ? { security: [] }
        : { security: [{ bearer: [] }], description: `Allowed roles: ${route.access.join(', ')}.` }),
      ...(contract.params || contract.query
        ? { requestParams: { ...(contract.params ? { path: contract.params } : {}), ...(contract.query ? { query: contract.query } : {}) } }
        : {}),
      ...(contract.body ? { requestBody: { required: true, content: { 'application/json': { schema: contract.body } } } } : {}),
      responses,
    };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Kvalitetskommuneprogrammet API',
      version: '0.1.0',
      description:
        'Backend of the Quality Municipalities Programme. Errors are RFC 9457 problem+json. ' +
        'Municipality tokens only ever reach their own municipality’s data.',
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      },
    },
    paths: paths as never,
  });
}
