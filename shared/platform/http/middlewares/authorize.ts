import type { MiddlewareObj } from '@middy/core';
import { accessDirectory, AccessRefused, type AccessDirectory } from '../../auth/directory.ts';
import { actorsOf, mayActFor, UnrecognisedPrincipalError, type Principal } from '../../auth/principal.ts';
import type { RouteDeclaration } from '../../declarations.ts';
import { problems } from '../problems.ts';
import type { HttpContext, HttpEvent, HttpResult } from '../types.ts';

/**
 * Turns the verified JWT claims into a principal (auth/directory.ts: a person's roles and
 * whether it is still active come from the table) and checks the route's access list. Token
 * verification itself happened at the gateway; a route without claims was not behind the
 * authorizer, which is a 401 rather than a crash. A route under `/municipalities/{number}` is
 * that municipality's: anyone who may not act for it (another municipality, an advisor outside
 * its networks) gets 404, never learning that it exists, here for every such route rather than
 * in each handler.
 */
export function authorize(
  route: Pick<RouteDeclaration, 'method' | 'path' | 'access'>,
  directory: () => AccessDirectory = accessDirectory,
): MiddlewareObj<HttpEvent, HttpResult, Error, HttpContext> {
  const ownedByMunicipality = route.path.startsWith('/municipalities/{number}');
  return {
    before: async function authorizeBefore(request) {
      if (route.access === 'public') return;
      const claims = request.event.requestContext?.authorizer?.jwt?.claims;
      if (!claims) throw problems.unauthenticated('No verified token was presented');
      let principal: Principal;
      try {
        principal = await directory().principalOf(claims);
      } catch (error) {
        if (error instanceof UnrecognisedPrincipalError) throw problems.forbidden(error.message);
        if (error instanceof AccessRefused) throw error.status === 401 ? problems.unauthenticated(error.message) : problems.forbidden(error.message);
        throw error;
      }
      request.context.principal = principal;
      const access = route.access;
      if (!actorsOf(principal).some((actor) => access.includes(actor))) throw problems.forbidden(refusal(principal, route, access));
      if (ownedByMunicipality) {
        const number = request.event.pathParameters?.number ?? '';
        if (!mayActFor(principal, number)) throw problems.notFound(`No municipality ${number} for this caller`);
      }
    },
  };
}

/** What the caller lacks, by name: its roles or scopes, and what the route needs. */
function refusal(principal: Principal, route: Pick<RouteDeclaration, 'method' | 'path'>, access: readonly string[]): string {
  const has = actorsOf(principal);
  if (principal.kind === 'machine') {
    const scopes = access.filter((a) => a.includes(':'));
    return scopes.length === 0
      ? `${route.method} ${route.path} is not open to machine clients (the token has ${has.join(' ')})`
      : `${route.method} ${route.path} needs the scope ${scopes.join(' or ')}; the token has ${has.join(' ')}`;
  }
  return `The role ${has.join(', ') || '(none)'} may not call ${route.method} ${route.path}; it is open to ${access.filter((a) => !a.includes(':')).join(', ')}`;
}
