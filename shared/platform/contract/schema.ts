/**
 * Every module-level schema is built through `schema`, each call marked with a PURE annotation:
 * `export const Contact = /* @__PURE__ *\/ schema(() => z.object(…))`. A function's bundle then
 * leaves out the schemas it never references (esbuild drops an unused pure call), instead of
 * building every contract at cold start: zod schema construction was the larger part of init.
 */
export function schema<T>(build: () => T): T {
  return build();
}

/**
 * Options for a refinement that compares fields of an object: it runs only when none of those
 * fields is itself invalid or missing (nor the object), so a malformed value is reported alone, not beside a
 * comparison it could not make ("to must not be before from" next to "from=2009Q5").
 */
export function whenValid(...fields: readonly string[]): { when: (payload: { readonly issues: readonly { readonly path?: readonly PropertyKey[] | undefined }[] }) => boolean } {
  // An issue without a path is the object itself (missing, or not an object): nothing to compare.
  return { when: (payload) => !payload.issues.some((issue) => !issue.path?.length || fields.includes(String(issue.path[0]))) };
}
