import type { z } from 'zod';
import type { FieldError } from './problem.ts';

/** At most this many field errors are listed in one response; `detail` says how many there were. */
export const MAX_LISTED_ERRORS = 100;

/**
 * zod issues as RFC 6901 pointers with a readable message, one per invalid field. Issues inside
 * `rows[i]` (uploads) also carry the data row (1-based) and the column.
 */
export function fieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.slice(0, MAX_LISTED_ERRORS).map((issue) => {
    const [first, index, column] = issue.path;
    return {
      pointer: prefix + (issue.path.length ? '/' + issue.path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/') : ''),
      detail: issue.code === 'invalid_type' && issue.input === undefined ? 'Required' : issue.message,
      ...(first === 'rows' && typeof index === 'number' ? { row: index + 1, ...(column !== undefined ? { column: String(column) } : {}) } : {}),
    };
  });
}
