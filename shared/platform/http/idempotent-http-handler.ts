/**
 * The HTTP stack of a POST route: the common stack (http-handler.ts) plus idempotency. A POST
 * repeated with the same Idempotency-Key by the same caller gets the first response and has its
 * effects once; the same key with another body is refused (Powertools idempotency, stored in
 * the table's idempotency partition for 24 hours).
 */
import { IdempotencyConfig } from '@aws-lambda-powertools/idempotency';
import type { z } from 'zod';
import { idempotencyStore, idempotentInvocations } from '../idempotency.ts';
import { routeOf, type PostFunction } from '../../routing.ts';
import { calling, httpStack, type HandleHttp, type HttpSchemas } from './http-handler.ts';
import type { HttpContext, HttpEvent, HttpResult } from './types.ts';
import { idempotencyKey } from './middlewares/idempotency-key.ts';

export function idempotentHttpHandler<
  BodySchema extends z.ZodType | undefined = undefined,
  ParamsSchema extends z.ZodType | undefined = undefined,
  QuerySchema extends z.ZodType | undefined = undefined,
>(functionName: PostFunction, schemas: HttpSchemas<BodySchema, ParamsSchema, QuerySchema>, handle: HandleHttp<BodySchema, ParamsSchema, QuerySchema>) {
  if (routeOf(functionName).method !== 'POST') throw new Error(`${functionName} does not serve a POST: use httpHandler`);
  return httpStack(functionName, schemas)
    .use(idempotencyKey())
    .use(
      idempotentInvocations<HttpEvent, HttpResult, HttpContext>(
        {
          persistenceStore: idempotencyStore(functionName),
          config: new IdempotencyConfig({ eventKeyJmesPath: 'idempotencyScope', payloadValidationJmesPath: 'body', expiresAfterSeconds: 24 * 3600 }),
          keyPrefix: `http:${functionName}`,
        },
        // The stored answer as first given, with this request's correlation id (its `after` echo is skipped).
        (answer, request) =>
          request.context.correlationId ? { ...answer, headers: { ...answer.headers, 'x-correlation-id': request.context.correlationId } } : answer,
      ),
    )
    .handler(calling(handle));
}
