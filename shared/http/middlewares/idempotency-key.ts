import type { MiddlewareObj } from '@middy/core';
import { problems } from '../problems.ts';
import type { HttpContext, HttpEvent, HttpResult } from '../types.ts';

const KEY = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Reads the `Idempotency-Key` header of a POST and scopes it to the caller, so the same key
 * from two callers never shares a response. The idempotency middleware that follows keys on
 * `idempotencyScope`; without the header the request is not deduplicated.
 */
export function idempotencyKey(): MiddlewareObj<HttpEvent & { idempotencyScope?: string }, HttpResult, Error, HttpContext> {
  return {
    before: function idempotencyKeyBefore(request) {
      const key = request.event.headers?.['idempotency-key'];
      if (key === undefined) return;
      if (!KEY.test(key)) throw problems.validationFailed([{ pointer: '/headers/idempotency-key', detail: 'Use 8 to 128 letters, digits or . _ : -' }]);
      const caller = request.context.principal?.subject ?? 'anonymous';
      request.event.idempotencyScope = `${caller}|${request.event.routeKey}|${key}`;
    },
  };
}
