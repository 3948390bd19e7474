/**
 * Which routing-table route a request path names, as API Gateway matches it: the path's segments
 * against each route's template (`{name}` is one segment). The local gateway routes with it, and
 * the `$default` route's function tells 404 (no route has the path) from 405 (the path exists
 * with other methods) with it.
 */
import type { HttpMethod } from '../declarations.ts';

/** What matching needs of a route: the local gateway passes the routing table's, the `$default` function the generated route-paths.json. */
export interface RoutePath {
  readonly method: HttpMethod;
  readonly path: string;
}

interface CompiledRoute<R extends RoutePath> {
  readonly route: R;
  readonly pattern: RegExp;
  readonly params: readonly string[];
}

const compiledTables = new WeakMap<readonly RoutePath[], readonly CompiledRoute<RoutePath>[]>();

function compile<R extends RoutePath>(routes: readonly R[]): readonly CompiledRoute<R>[] {
  let compiled = compiledTables.get(routes);
  if (!compiled) {
    compiled = routes.map((route) => {
      const params: string[] = [];
      const source = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_match, name: string) => {
        params.push(name);
        return '([^/]+)';
      });
      return { route, pattern: new RegExp(`^${source}$`), params };
    });
    compiledTables.set(routes, compiled);
  }
  return compiled as readonly CompiledRoute<R>[];
}

export type RouteMatch<R extends RoutePath = RoutePath> =
  | { readonly kind: 'route'; readonly route: R; readonly rawParams: Readonly<Record<string, string>> }
  | { readonly kind: 'method-not-allowed'; readonly allow: readonly HttpMethod[] }
  | { readonly kind: 'not-found' };

/** The route for `method path`; path parameters as they appear in the path (still percent-encoded). */
export function matchRoute<R extends RoutePath>(routes: readonly R[], method: string, path: string): RouteMatch<R> {
  const candidates = compile(routes).filter((c) => c.pattern.test(path));
  if (candidates.length === 0) return { kind: 'not-found' };
  const match = candidates.find((c) => c.route.method === method);
  if (!match) return { kind: 'method-not-allowed', allow: candidates.map((c) => c.route.method) };
  const values = match.pattern.exec(path)!.slice(1);
  return { kind: 'route', route: match.route, rawParams: Object.fromEntries(match.params.map((name, i) => [name, values[i]!])) };
}
