import type { MiddlewareObj } from '@middy/core';
import { AuditUnavailableError } from '../../audit/audit-log.ts';
import { ConcurrentChangeError } from '../../dynamodb/transaction.ts';
import { Refusal } from '../../refusal.ts';
import { UploadDeadlineError, UploadInProgressError } from '../../interruptions.ts';
import { logger } from '../../logger.ts';
import { HttpProblem, problems } from '../problems.ts';
import type { HttpContext, HttpEvent, HttpResult } from '../types.ts';

/**
 * Renders errors as RFC 9457 problem+json. Known problems keep their status and detail; any
 * other error is logged with its stack and answered without internals: 503 when the database
 * is unreachable or throttling (the client may retry), 500 otherwise.
 */
export function problemDetails(): MiddlewareObj<HttpEvent, HttpResult, Error, HttpContext> {
  return {
    onError: function problemDetailsOnError(request) {
      if (request.response?.statusCode) return;
      const problem = toProblem(request.error);
      if (problem.status >= 500) logger.error('Request failed', { error: request.error ?? undefined });
      request.response = problemResponse(problem, request.event.rawPath, request.context.correlationId);
    },
  };
}

function problemResponse(problem: HttpProblem, instance?: string, correlationId?: string): HttpResult {
  return {
    statusCode: problem.status,
    headers: { 'content-type': 'application/problem+json', ...problem.headers },
    body: JSON.stringify({
      ...problem.extensions,
      type: problem.type,
      title: problem.title,
      status: problem.status,
      ...(problem.detail ? { detail: problem.detail } : {}),
      ...(instance ? { instance } : {}),
      ...(correlationId ? { correlationId } : {}),
      ...(problem.errors ? { errors: problem.errors } : {}),
    }),
  };
}

const UNAVAILABLE = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'ServiceUnavailable',
  'InternalServerError',
  'TimeoutError',
]);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

function toProblem(error: Error | null | undefined): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof Refusal) return fromRefusal(error);
  if (error instanceof ConcurrentChangeError) return problems.conflict(error.message);
  if (error instanceof UploadInProgressError) return problems.uploadInProgress(error.retryAfterSeconds);
  // An audited read is never answered unrecorded: the caller may retry.
  if (error instanceof AuditUnavailableError) return problems.serviceUnavailable();
  if (error instanceof UploadDeadlineError) return problems.uploadNotCommitted(error.retryAfterSeconds);
  if (error?.name === 'IdempotencyValidationError') {
    return new HttpProblem(422, 'idempotency-key-reused', 'Idempotency-Key reused', 'This Idempotency-Key was used before with a different request; use a new key');
  }
  if (error?.name === 'IdempotencyAlreadyInProgressError') {
    return new HttpProblem(409, 'idempotency-key-in-progress', 'Request in progress', 'A request with this Idempotency-Key is still being processed; retry shortly', undefined, { 'retry-after': '1' });
  }
  const code = (error as { code?: string } | undefined)?.code;
  if (error && (UNAVAILABLE.has(error.name) || (code && NETWORK_CODES.has(code)))) return problems.serviceUnavailable();
  return problems.internal();
}

function fromRefusal(refusal: Refusal): HttpProblem {
  switch (refusal.kind) {
    case 'conflict':
      return problems.conflict(refusal.message, refusal.fields);
    case 'not-found':
      return problems.notFound(refusal.message);
    case 'invalid':
      return refusal.fields.length > 0 ? problems.validationFailed(refusal.fields, refusal.message) : new HttpProblem(422, 'rule-violated', 'Not allowed by the programme’s rules', refusal.message);
  }
}
