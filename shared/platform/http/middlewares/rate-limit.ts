import type { MiddlewareObj } from '@middy/core';
import { admitRequest, type CountedRequest } from '../rate-counter.ts';
import { programmeTable } from '../../dynamodb/table.ts';
import { rateLimits, type RateLimitClass, type RateLimits } from '../rate-limits.ts';
import { logger } from '../../logger.ts';
import type { RouteDeclaration } from '../../declarations.ts';
import { problems } from '../problems.ts';
import { callerOf, retryAfterSeconds, windowAt } from '../rate-window.ts';
import type { HttpContext, HttpEvent, HttpResult } from '../types.ts';

/**
 * Each caller's own rate limit, so one token cannot use up the stage-wide throttle everyone
 * shares. It runs after authorize (the caller is known) and before the body is parsed (an
 * invalid request costs a Lambda invocation too, so it counts). Over the limit: 429
 * problem+json with Retry-After, the seconds until the caller's window ends.
 *
 * Why here and not in API Gateway: AWS WAF does not attach to HTTP APIs, HTTP API stage and
 * route throttling is one bucket for all callers, and usage plans with API keys exist only for
 * REST APIs (and an API key is not the JWT's caller anyway). So the count is a DynamoDB item
 * per caller and window (see admitRequest), one write per request.
 *
 * When the counter store is throttled, unreachable or slow (past `storeTimeoutMs`), the request
 * is let through and a warning logged (fail open): the limiter must not turn a database hiccup
 * into an outage of every route, and the stage throttle (which keeps every caller together far
 * below one DynamoDB partition's write rate) still bounds what gets through meanwhile.
 */
export function rateLimit(
  route: Pick<RouteDeclaration, 'function' | 'access'>,
  dependencies: { readonly admit?: (request: CountedRequest) => Promise<boolean>; readonly now?: () => number; readonly limits?: () => RateLimits } = {},
): MiddlewareObj<HttpEvent, HttpResult, Error, HttpContext> {
  const { admit = admitRequest, now = Date.now, limits = rateLimits } = dependencies;
  const functionName = route.function.name;
  const isPublic = route.access === 'public';
  const rateClass: RateLimitClass = route.function.rateLimitClass ?? 'standard';
  return {
    before: async function rateLimitBefore(request) {
      const principal = request.context.principal;
      if (isPublic || !principal) return;
      const settings = limits();
      if (!settings.enabled) return;
      const at = now();
      const window = windowAt(at, settings.windowSeconds);
      const limit = settings.classes[rateClass].requestsPerWindow;
      // Outside the try: a deployment without the table is a mistake to fail loudly on, not a store failure to let pass.
      const tableName = programmeTable().name;
      let admitted: boolean;
      try {
        admitted = await admit({ tableName, caller: callerOf(principal), rateClass, window, limit, timeoutMs: settings.storeTimeoutMs });
      } catch (error) {
        logger.warn('Rate limit not checked: the counter store failed; the request is let through', { error: error as Error });
        return;
      }
      if (!admitted) throw problems.tooManyRequests(retryAfterSeconds(at, window), limit, settings.windowSeconds, rateClass);
    },
  };
}
