import type { z } from 'zod';
import type { FieldError } from './problem.ts';

/** zod issues as RFC 6901 pointers with a readable message, one per invalid field. */
export function fieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => ({
    pointer: prefix + (issue.path.length ? '/' + issue.path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/') : ''),
    detail: issue.code === 'invalid_type' && issue.input === undefined ? 'Required' : issue.message,
  }));
}
