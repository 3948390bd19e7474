import { randomUUID } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import { logger } from '../../logger.ts';
import type { HttpContext, HttpEvent, HttpResult } from '../types.ts';

/** A caller's x-correlation-id is taken only in this shape (any other is replaced, not refused). */
export const CORRELATION_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Takes the caller's `x-correlation-id` (when well-formed) or the gateway's request id, adds it
 * to every log line and echoes it in the response, so one request can be followed through
 * logs, events and emails.
 */
export function correlationId(): MiddlewareObj<HttpEvent, HttpResult, Error, HttpContext> {
  return {
    before: function correlationIdBefore(request) {
      const offered = request.event.headers?.['x-correlation-id'];
      const id = offered && CORRELATION_ID_PATTERN.test(offered) ? offered : request.event.requestContext?.requestId || randomUUID();
      request.context.correlationId = id;
      logger.appendKeys({ correlation_id: id });
    },
    after: echoCorrelationId,
    onError: echoCorrelationId,
  };
}

function echoCorrelationId(request: { response: HttpResult | null | undefined; context: HttpContext }) {
  if (request.response && request.context.correlationId) {
    request.response.headers = { ...request.response.headers, 'x-correlation-id': request.context.correlationId };
  }
}
