/**
 * Every module-level schema is built through `schema`, each call marked with a PURE annotation:
 * `export const Contact = /* @__PURE__ *\/ schema(() => z.object(…))`. A function's bundle then
 * leaves out the schemas it never references (esbuild drops an unused pure call), instead of
 * building every contract at cold start: zod schema construction was the larger part of init.
 */
export function schema<T>(build: () => T): T {
  return build();
}
