/**
 * The $default route's function, as API Gateway invokes it for a request no route matches
 * (routeKey `$default`, no path parameters, no authorizer): 404 for a path no route has, 405 with
 * Allow for a route's path with another method, both problem+json with instance and correlationId.
 */
import { describe, expect, it } from 'vitest';
import { handler } from '../../../functions/platform/answer-unmatched-route.ts';
import { matchRoute } from '../../../shared/platform/http/route-match.ts';
import { httpRoutes } from '../../../shared/routing.ts';
import type { HttpEvent } from '../../../shared/platform/http/types.ts';
import { httpEvent, lambdaContext } from '../../support/http-events.ts';

function unmatched(method: string, path: string, headers: Record<string, string> = {}): HttpEvent {
  const event = httpEvent({ method, path, headers });
  return { ...event, routeKey: '$default', requestContext: { ...event.requestContext, routeKey: '$default' } };
}

describe('the $default route', () => {
  it('answers a path no route has with 404 problem+json, instance and the caller\'s correlation id', async () => {
    const result = await handler(unmatched('GET', '/nowhere', { 'x-correlation-id': 'trace-1' }), lambdaContext('answerUnmatchedRoute'));
    expect(result.statusCode).toBe(404);
    expect(result.headers).toMatchObject({ 'content-type': 'application/problem+json', 'x-correlation-id': 'trace-1' });
    expect(JSON.parse(result.body!)).toMatchObject({ type: '/problems/not-found', status: 404, instance: '/nowhere', correlationId: 'trace-1' });
  });

  it('answers a route\'s path with another method 405, naming its methods in Allow', async () => {
    const event = unmatched('DELETE', '/applications/0b7e3c52-3c29-4f5e-9a55-1a1d8f0c2b11');
    const result = await handler(event, lambdaContext('answerUnmatchedRoute'));
    expect(result.statusCode).toBe(405);
    expect(result.headers?.allow).toBe('GET, PATCH');
    expect(JSON.parse(result.body!)).toMatchObject({ type: '/problems/method-not-allowed', instance: event.rawPath, correlationId: event.requestContext.requestId });
  });
});

describe('matching a path to a route', () => {
  it('keeps the parameters as they appear in the path, and a segment never spans a slash', () => {
    expect(matchRoute(httpRoutes, 'GET', '/cohorts/c%201/networks/n-1')).toMatchObject({ kind: 'route', rawParams: { cohortId: 'c%201', networkId: 'n-1' } });
    expect(matchRoute(httpRoutes, 'GET', '/cohorts/a/b/networks')).toEqual({ kind: 'not-found' });
    expect(matchRoute(httpRoutes, 'GET', '/applications/drafts')).toMatchObject({ kind: 'route', route: { function: 'getApplication' } });
    expect(matchRoute(httpRoutes, 'POST', '/applications/drafts')).toMatchObject({ kind: 'route', route: { function: 'saveApplicationDraft' } });
  });
});
