/**
 * Calls HTTP handler modules the way API Gateway would, after its JWT authorizer, for
 * integration tests that need no gateway.
 */
import type { HttpResult } from '../../shared/platform/http/types.ts';
import { httpRoutes, type FunctionName } from '../../shared/routing.ts';
import { httpEvent, lambdaContext } from './http-events.ts';

type Handler = (event: ReturnType<typeof httpEvent>, context: ReturnType<typeof lambdaContext>) => Promise<HttpResult>;

const modules = new Map<string, Promise<Handler>>();

export async function call(
  functionName: FunctionName,
  options: { claims?: Record<string, string>; params?: Record<string, string>; body?: unknown; query?: Record<string, string>; remainingTimeMs?: () => number } = {},
): Promise<{ status: number; json: Record<string, any>; headers: Record<string, string> }> {
  const route = httpRoutes.find((r) => r.function === functionName);
  if (!route) throw new Error(`${functionName} serves no route`);
  let loading = modules.get(functionName);
  if (!loading) {
    const { functions } = await import('../../shared/routing.ts');
    loading = import(`../../${functions[functionName].entry}`).then((m: { handler: Handler }) => m.handler);
    modules.set(functionName, loading);
  }
  const handler = await loading;
  const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => options.params?.[name] ?? '');
  const event = httpEvent({
    method: route.method,
    path,
    routePath: route.path,
    ...(options.claims ? { claims: options.claims } : {}),
    ...(options.params ? { pathParameters: options.params } : {}),
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  if (options.query) event.queryStringParameters = options.query;
  const context = lambdaContext(functionName);
  if (options.remainingTimeMs) context.getRemainingTimeInMillis = options.remainingTimeMs;
  const result = await handler(event, context);
  return { status: result.statusCode, json: result.body ? JSON.parse(result.body) : {}, headers: (result.headers ?? {}) as Record<string, string> };
}
