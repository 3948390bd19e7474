import type { z } from 'zod';
import type { FieldError } from './problem.ts';

/** At most this many field errors are listed in one response; `detail` says how many there were. */
export const MAX_LISTED_ERRORS = 100;

/**
 * zod issues as RFC 6901 pointers with a readable message, one per invalid field. Issues inside
 * `rows[i]` (uploads) also carry the data row (1-based) and the column. Given the input that was
 * checked, a message names what is really wrong: "Required" only where nothing was sent, "Number
 * too large" for a number JSON could only read as infinite (`1e400`), and "The body must be a
 * JSON object" for a body that is an array, a number, a string or null.
 */
export function fieldErrors(error: z.ZodError, prefix = '', input?: unknown): FieldError[] {
  return error.issues.slice(0, MAX_LISTED_ERRORS).map((issue) => {
    const [first, index, column] = issue.path;
    return {
      pointer: prefix + (issue.path.length ? '/' + issue.path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/') : ''),
      detail: detailOf(issue, prefix, input),
      ...(first === 'rows' && typeof index === 'number' ? { row: index + 1, ...(column !== undefined ? { column: String(column) } : {}) } : {}),
    };
  });
}

function detailOf(issue: z.core.$ZodIssue, prefix: string, input: unknown): string {
  if (issue.code !== 'invalid_type') return issue.message;
  const value = valueAt(input, issue.path);
  if (!value.found) return 'Required';
  if (issue.path.length === 0 && prefix === '' && issue.expected === 'object') return 'The body must be a JSON object';
  if (typeof value.value === 'number' && !Number.isFinite(value.value)) return 'Number too large';
  return issue.message;
}

/** The value at a zod path in the checked input; `found: false` where the input has nothing. */
function valueAt(input: unknown, path: readonly PropertyKey[]): { found: boolean; value?: unknown } {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return { found: false };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { found: value !== undefined, value };
}
