import type { FunctionSpec, Grant } from '#shared/routing.ts';

/** Whether a routing-table function asks for a grant (the table's literal types make `includes` awkward). */
export function hasGrant(spec: FunctionSpec, grant: Grant): boolean {
  return (spec.grants as readonly Grant[]).includes(grant);
}
