import type { MiddlewareObj } from '@middy/core';
import { mayActFor, principalFromClaims, UnrecognisedPrincipalError } from '../../auth/principal.ts';
import type { RouteDeclaration } from '../../declarations.ts';
import { problems } from '../problems.ts';
import type { HttpContext, HttpEvent, HttpResult } from '../types.ts';

/**
 * Turns the verified JWT claims into a principal and checks the route's roles. Token
 * verification itself happened at the gateway; a route without claims was not behind the
 * authorizer, which is a 401 rather than a crash. A route under `/municipalities/{number}` is
 * that municipality's: another municipality gets 404, never learning that it exists, here for
 * every such route rather than in each handler.
 */
export function authorize(route: Pick<RouteDeclaration, 'method' | 'path' | 'access'>): MiddlewareObj<HttpEvent, HttpResult, Error, HttpContext> {
  const ownedByMunicipality = route.path.startsWith('/municipalities/{number}');
  return {
    before: function authorizeBefore(request) {
      if (route.access === 'public') return;
      const claims = request.event.requestContext?.authorizer?.jwt?.claims;
      if (!claims) throw problems.unauthenticated('No verified token was presented');
      try {
        request.context.principal = principalFromClaims(claims);
      } catch (error) {
        if (error instanceof UnrecognisedPrincipalError) throw problems.forbidden(error.message);
        throw error;
      }
      if (!route.access.includes(request.context.principal.role)) {
        throw problems.forbidden(`The role ${request.context.principal.role} may not call ${route.method} ${route.path}`);
      }
      if (ownedByMunicipality) {
        const number = request.event.pathParameters?.number ?? '';
        if (!mayActFor(request.context.principal, number)) throw problems.notFound(`No municipality ${number} for this caller`);
      }
    },
  };
}
