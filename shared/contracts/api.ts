/**
 * What each HTTP function accepts and answers. Together with the routing table (method, path,
 * access) this is the whole API contract; shared/contracts/openapi.ts renders it as OpenAPI.
 */
import { z } from 'zod';
import type { httpRoutes } from '../routing.ts';
import { Application, ApplicationIdParams, SubmitApplicationRequest } from './applications.ts';

export type HttpFunctionName = (typeof httpRoutes)[number]['function'];

export interface OperationContract {
  readonly params?: z.ZodObject;
  readonly body?: z.ZodType;
  /** Success status and the schema of its JSON body. */
  readonly success: { readonly status: number; readonly description: string; readonly schema: z.ZodType };
  /** Error statuses the operation documents (all problem+json). */
  readonly problems: readonly number[];
}

export const apiContract = {
  submitApplication: {
    body: SubmitApplicationRequest,
    success: { status: 201, description: 'Stored; a receipt email follows asynchronously', schema: Application },
    problems: [400, 401, 403, 413, 415, 422, 503],
  },
  getApplication: {
    params: ApplicationIdParams,
    success: { status: 200, description: 'The application', schema: Application },
    problems: [401, 403, 404, 503],
  },
  getOpenApiDocument: {
    success: { status: 200, description: 'OpenAPI 3.1 document', schema: z.record(z.string(), z.unknown()) },
    problems: [],
  },
} as const satisfies Record<HttpFunctionName, OperationContract>;
