import type { MiddlewareObj } from '@middy/core';
import { tenantOf, type Principal } from '../../auth/principal.ts';
import { problems } from '../problems.ts';
import type { HttpContext, HttpEvent, HttpResult } from '../types.ts';

/** What an Idempotency-Key may look like; any other is refused with 422. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Reads the `Idempotency-Key` header of a POST and scopes it to one request on one resource by
 * one caller: method, concrete path (its parameters filled in), tenant and subject. A key only
 * replays the request it was first sent with: not the same body on another application, not a
 * token of another municipality that happens to share the `sub`. The idempotency middleware
 * that follows keys on `idempotencyScope`; without the header the request is not deduplicated.
 */
export function idempotencyKey(): MiddlewareObj<HttpEvent & { idempotencyScope?: string }, HttpResult, Error, HttpContext> {
  return {
    before: function idempotencyKeyBefore(request) {
      const key = request.event.headers?.['idempotency-key'];
      if (key === undefined) return;
      if (!IDEMPOTENCY_KEY_PATTERN.test(key)) throw problems.validationFailed([{ pointer: '/headers/idempotency-key', detail: 'Use 8 to 128 letters, digits or . _ : -' }]);
      request.event.idempotencyScope = idempotencyScope(request.event, request.context.principal, key);
    },
  };
}

/** `POST /applications/abc/decision|secretariat|sub|key`: what a stored answer may be replayed for. */
export function idempotencyScope(event: HttpEvent, principal: Principal | undefined, key: string): string {
  return [`${event.requestContext.http.method} ${concretePath(event)}`, tenantOfCaller(principal), principal?.subject ?? 'anonymous', key].join('|');
}

/** The route template with the decoded path parameters put back, so /a/%61 and /a/a are one path. */
function concretePath(event: HttpEvent): string {
  const template = event.routeKey.slice(event.routeKey.indexOf(' ') + 1);
  return template.replace(/\{(\w+)\+?\}/g, (_match, name: string) => encodeURIComponent(event.pathParameters?.[name] ?? ''));
}

/** A municipality's number, or the staff role (the secretariat and advisors act for many). */
function tenantOfCaller(principal: Principal | undefined): string {
  return principal ? tenantOf(principal) : 'public';
}
