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
import * as z from 'zod';
import { schema } from '../contract/schema.ts';
import type { Principal } from '../auth/principal.ts';
import { withAuditContext } from '../audit/actor.ts';
import { actorOf, anonymousActor } from '../audit/entry.ts';
import { logger } from '../logger.ts';
import type { RouteDeclaration } from '../declarations.ts';
import { withDeclaration } from '../declared.ts';
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

/** What the handler adds to its route's declaration: the CSV reader (csv-parse stays out of the declaration, and so out of the routing table and the stack) and a larger body limit. */
export type HttpOptions = Pick<RequestSchemas, 'csv' | 'maxBodyBytes'>;

/** The schema a route declares for one part of the request, or undefined. */
type Declared<R extends RouteDeclaration, K extends 'body' | 'params' | 'query'> = R['contract'] extends { readonly [P in K]: infer S } ? S : undefined;

export type HandleHttp<BodySchema, ParamsSchema, QuerySchema> = (
  input: HttpInput<InferOr<BodySchema>, InferOr<ParamsSchema>, InferOr<QuerySchema>>,
) => Promise<HttpResult>;

/** The function's code for a route: its input typed by the schemas the route declares. */
export type HandleRoute<R extends RouteDeclaration> = HandleHttp<R['contract'] extends { readonly bodyRefinedBy: 'command' } ? z.ZodRecord<z.ZodString, z.ZodUnknown> : Declared<R, 'body'>, Declared<R, 'params'>, Declared<R, 'query'>>;

/** An HTTP function for a GET, PUT, PATCH or DELETE route, built from the route's declaration (access, rate class, schemas). */
export function httpHandler<R extends RouteDeclaration & { readonly method: 'GET' | 'PUT' | 'PATCH' | 'DELETE' }>(route: R, handle: HandleRoute<R>, options: HttpOptions = {}) {
  if ((route.method as string) === 'POST') throw new Error(`${route.function.name} serves a POST: use idempotentHttpHandler`);
  return withDeclaration(httpStack(route, options).handler(calling(handle, route)), route);
}

/** The schemas the middleware checks: the declared ones; a body the command refines by kind is only required to be a JSON object here. */
export function requestSchemas(route: RouteDeclaration, options: HttpOptions): RequestSchemas {
  const { params, query, body, bodyRefinedBy } = route.contract;
  return { params, query, body: bodyRefinedBy === 'command' ? JsonObject : body, ...options };
}

/** Any JSON object: what the middleware checks of a body the command refines by kind. */
const JsonObject = /* @__PURE__ */ schema(() => z.record(z.string(), z.unknown()));

/** The middlewares every HTTP function has, in order: log, correlate, answer problems, authorize, limit the caller's rate, parse. */
export function httpStack(route: RouteDeclaration, options: HttpOptions) {
  return middy<HttpEvent, HttpResult, Error, HttpContext>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(correlationId())
    .use(problemDetails())
    .use(authorize(route))
    .use(rateLimit(route))
    .use(parseRequest(requestSchemas(route, options)));
}

/**
 * The innermost handler: the function's own code, given the parsed input, run in the audit
 * context of the authorized caller (every transaction it writes records who, through which
 * route, under which correlation id).
 */
export function calling<BodySchema, ParamsSchema, QuerySchema>(handle: HandleHttp<BodySchema, ParamsSchema, QuerySchema>, route: Pick<RouteDeclaration, 'method' | 'path'>) {
  const action = `${route.method} ${route.path}`;
  return async (event: HttpEvent, context: HttpContext) =>
    withAuditContext({ actor: context.principal ? actorOf(context.principal) : anonymousActor, action, correlationId: context.correlationId ?? context.awsRequestId }, () =>
      handle({
      body: context.body as InferOr<BodySchema>,
      params: context.params as InferOr<ParamsSchema>,
      query: context.query as InferOr<QuerySchema>,
      principal: context.principal,
      correlationId: context.correlationId ?? context.awsRequestId,
      event,
      remainingTimeMs: () => context.getRemainingTimeInMillis(),
      }),
    );
}

type InferOr<S> = S extends z.ZodType ? z.infer<S> : undefined;

/** A small HTML page (what a person's browser opens from a link in a mail). */
export function html(statusCode: number, body: string): HttpResult {
  return { statusCode, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
}

/** A body of another media type (CSV), or none (a 304: `text(304, '', undefined, headers)`). */
export function text(statusCode: number, body: string, contentType: string | undefined, headers: Record<string, string> = {}): HttpResult {
  return { statusCode, headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers }, body };
}

/** A JSON response. */
export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
  return { statusCode, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}
