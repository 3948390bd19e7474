/**
 * The programme's website, the public entry: what its handlers use (the declarations are in
 * routes.ts, the wire schemas in contract.ts).
 */
export * from './model.ts';
export { ProgrammeSiteSources, programmeSiteSources } from './repository.ts';
