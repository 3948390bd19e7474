/** A handler knows the declaration it was built from; a unit test compares it with the routing table's. */
export type DeclaredHandler<H, D> = H & { readonly declaration: D };

/** Attaches the declaration a handler was built from to the handler. */
export function withDeclaration<H extends object, D>(handler: H, declaration: D): DeclaredHandler<H, D> {
  return Object.assign(handler, { declaration });
}
