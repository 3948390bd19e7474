/**
 * Which routing-table route a request path names, as API Gateway matches it: the path's segments
 * against each route's template (`{name}` is one segment). The local gateway routes with it, and
 * the `$default` route's function tells 404 (no route has the path) from 405 (the path exists
 * with other methods) with it.
 */
import { httpRoutes, type HttpMethod, type HttpRoute } from '../../routing.ts';

interface CompiledRoute {
  readonly route: HttpRoute;
  readonly pattern: RegExp;
  readonly params: readonly string[];
}

const compiled: readonly CompiledRoute[] = (httpRoutes as readonly HttpRoute[]).map((route) => {
  const params: string[] = [];
  const source = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_match, name: string) => {
    params.push(name);
    return '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}$`), params };
});

export type RouteMatch =
  | { readonly kind: 'route'; readonly route: HttpRoute; readonly rawParams: Readonly<Record<string, string>> }
  | { readonly kind: 'method-not-allowed'; readonly allow: readonly HttpMethod[] }
  | { readonly kind: 'not-found' };

/** The route for `method path`; path parameters as they appear in the path (still percent-encoded). */
export function matchRoute(method: string, path: string): RouteMatch {
  const candidates = compiled.filter((c) => c.pattern.test(path));
  if (candidates.length === 0) return { kind: 'not-found' };
  const match = candidates.find((c) => c.route.method === method);
  if (!match) return { kind: 'method-not-allowed', allow: candidates.map((c) => c.route.method) };
  const values = match.pattern.exec(path)!.slice(1);
  return { kind: 'route', route: match.route, rawParams: Object.fromEntries(match.params.map((name, i) => [name, values[i]!])) };
}
