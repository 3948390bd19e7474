/**
 * The middy stack every HTTP function uses: structured logging with the Lambda context and a
 * correlation id, problem+json errors, role check from the routing table, zod-validated path
 * parameters, query and body, and each caller's own rate limit (middlewares/rate-limit.ts). The
 * function itself receives typed, trusted input.
 *
 * POST routes use `idempotentHttpHandler` (idempotent-http-handler.ts) instead, which adds the
 * Idempotency-Key handling; keeping it out of this module keeps it out of the other functions'
 * bundles and cold starts.
 */
import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { z } from 'zod';
import type { Principal } from '../auth/principal.ts';
import { logger } from '../logger.ts';
import { routeOf, type HttpFunction, type PostFunction } from '../../routing.ts';
import { authorize } from './middlewares/authorize.ts';
import { correlationId } from './middlewares/correlation-id.ts';
import { parseRequest, type RequestSchemas } from './middlewares/parse-request.ts';
import { problemDetails } from './middlewares/problem-details.ts';
import { rateLimit } from './middlewares/rate-limit.ts';
import type { HttpContext, HttpEvent, HttpResult } from './types.ts';

export interface HttpInput<Body, Params, Query = undefined> {
  readonly body: Body;
  readonly params: Params;
  readonly query: Query;
  /** Undefined only on public routes. */
  readonly principal: Principal | undefined;
  readonly correlationId: string;
  readonly event: HttpEvent;
  /** Milliseconds before the function's timeout (the Lambda context's clock), for work that must stop in time. */
  readonly remainingTimeMs: () => number;
}

export type HttpSchemas<BodySchema, ParamsSchema, QuerySchema> = { body?: BodySchema; params?: ParamsSchema; query?: QuerySchema } & Pick<
  RequestSchemas,
  'csv' | 'maxBodyBytes'
>;

export type HandleHttp<BodySchema, ParamsSchema, QuerySchema> = (
  input: HttpInput<InferOr<BodySchema>, InferOr<ParamsSchema>, InferOr<QuerySchema>>,
) => Promise<HttpResult>;

/** An HTTP function for a GET, PUT, PATCH or DELETE route. */
export function httpHandler<
  BodySchema extends z.ZodType | undefined = undefined,
  ParamsSchema extends z.ZodType | undefined = undefined,
  QuerySchema extends z.ZodType | undefined = undefined,
>(
  functionName: Exclude<HttpFunction, PostFunction>,
  schemas: HttpSchemas<BodySchema, ParamsSchema, QuerySchema>,
  handle: HandleHttp<BodySchema, ParamsSchema, QuerySchema>,
) {
  if (routeOf(functionName).method === 'POST') throw new Error(`${functionName} serves a POST: use idempotentHttpHandler`);
  return httpStack(functionName, schemas).handler(calling(handle));
}

/** The middlewares every HTTP function has, in order: log, correlate, answer problems, authorize, limit the caller's rate, parse. */
export function httpStack(functionName: HttpFunction, schemas: RequestSchemas) {
  return middy<HttpEvent, HttpResult, Error, HttpContext>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(correlationId())
    .use(problemDetails())
    .use(authorize(routeOf(functionName)))
    .use(rateLimit(functionName))
    .use(parseRequest(schemas));
}

/** The innermost handler: the function's own code, given the parsed input. */
export function calling<BodySchema, ParamsSchema, QuerySchema>(handle: HandleHttp<BodySchema, ParamsSchema, QuerySchema>) {
  return async (event: HttpEvent, context: HttpContext) =>
    handle({
      body: context.body as InferOr<BodySchema>,
      params: context.params as InferOr<ParamsSchema>,
      query: context.query as InferOr<QuerySchema>,
      principal: context.principal,
      correlationId: context.correlationId ?? context.awsRequestId,
      event,
      remainingTimeMs: () => context.getRemainingTimeInMillis(),
    });
}

type InferOr<S> = S extends z.ZodType ? z.infer<S> : undefined;

/** A JSON response. */
export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
  return { statusCode, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}
