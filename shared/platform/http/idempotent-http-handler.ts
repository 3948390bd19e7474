/**
 * The HTTP stack of a POST route: the common stack (http-handler.ts) plus idempotency. A POST
 * repeated with the same Idempotency-Key by the same caller gets the first response and has its
 * effects once; the same key with another body is refused (Powertools idempotency, stored in
 * the table's idempotency partition for 24 hours).
 */
import { IdempotencyConfig } from '@aws-lambda-powertools/idempotency';
import { idempotencyStore, idempotentInvocations } from '../idempotency.ts';
import type { RouteDeclaration } from '../declarations.ts';
import { withDeclaration } from '../declared.ts';
import { calling, httpStack, type HandleRoute, type HttpOptions } from './http-handler.ts';
import type { HttpContext, HttpEvent, HttpResult } from './types.ts';
import { idempotencyKey } from './middlewares/idempotency-key.ts';

/** The function of a POST route, built from the route's declaration. */
export function idempotentHttpHandler<R extends RouteDeclaration & { readonly method: 'POST' }>(route: R, handle: HandleRoute<R>, options: HttpOptions = {}) {
  if ((route.method as string) !== 'POST') throw new Error(`${route.function.name} does not serve a POST: use httpHandler`);
  const functionName = route.function.name;
  const stack = httpStack(route, options)
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
    .handler(calling(handle, route));
  return withDeclaration(stack, route);
}
