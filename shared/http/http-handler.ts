/**
 * The middy stack every HTTP function uses: structured logging with the Lambda context and a
 * correlation id, problem+json errors, role check from the routing table, zod-validated path
 * parameters and body. The function itself receives typed, trusted input.
 */
import middy from '@middy/core';
import { IdempotencyConfig } from '@aws-lambda-powertools/idempotency';
import { makeHandlerIdempotent } from '@aws-lambda-powertools/idempotency/middleware';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { z } from 'zod';
import type { Principal } from '../auth/principal.ts';
import { logger } from '../observability/logger.ts';
import { routeOf, type FunctionName } from '../routing.ts';
import { authorize } from './middlewares/authorize.ts';
import { idempotencyStore } from '../events/idempotency.ts';
import { correlationId } from './middlewares/correlation-id.ts';
import { idempotencyKey } from './middlewares/idempotency-key.ts';
import { parseRequest, type RequestSchemas } from './middlewares/parse-request.ts';
import { problemDetails } from './middlewares/problem-details.ts';
import type { HttpContext, HttpEvent, HttpResult } from './types.ts';

export interface HttpInput<Body, Params, Query = undefined> {
  readonly body: Body;
  readonly params: Params;
  readonly query: Query;
  /** Undefined only on public routes. */
  readonly principal: Principal | undefined;
  readonly correlationId: string;
  readonly event: HttpEvent;
}

export function httpHandler<
  BodySchema extends z.ZodType | undefined = undefined,
  ParamsSchema extends z.ZodType | undefined = undefined,
  QuerySchema extends z.ZodType | undefined = undefined,
>(
  functionName: FunctionName,
  schemas: { body?: BodySchema; params?: ParamsSchema; query?: QuerySchema } & Pick<RequestSchemas, 'csv' | 'maxBodyBytes'>,
  handle: (input: HttpInput<InferOr<BodySchema>, InferOr<ParamsSchema>, InferOr<QuerySchema>>) => Promise<HttpResult>,
) {
  const route = routeOf(functionName);
  const stack = middy<HttpEvent, HttpResult, Error, HttpContext>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(correlationId())
    .use(problemDetails())
    .use(authorize(route))
    .use(parseRequest(schemas));
  if (route.method === 'POST') {
    // A POST repeated with the same Idempotency-Key (same caller) gets the first response and
    // has its effects once; the same key with another body is refused.
    stack.use(idempotencyKey()).use(
      makeHandlerIdempotent({
        persistenceStore: idempotencyStore(functionName),
        config: new IdempotencyConfig({ eventKeyJmesPath: 'idempotencyScope', payloadValidationJmesPath: 'body', expiresAfterSeconds: 24 * 3600 }),
        keyPrefix: `http:${functionName}`,
      }),
    );
  }
  return stack.handler(async (event, context) =>
      handle({
        body: context.body as InferOr<BodySchema>,
        params: context.params as InferOr<ParamsSchema>,
        query: context.query as InferOr<QuerySchema>,
        principal: context.principal,
        correlationId: context.correlationId ?? context.awsRequestId,
        event,
      }),
    );
}

type InferOr<S> = S extends z.ZodType ? z.infer<S> : undefined;

/** A JSON response. */
export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
  return { statusCode, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}
