import * as z from 'zod';
import { schema } from './schema.ts';

/** One invalid field of a request: where (RFC 6901 JSON pointer) and what is wrong. */
export const FieldError = /* @__PURE__ */ schema(() =>
  z
    .object({
      pointer: z.string().meta({ example: '/sickLeaveTarget/targetPercentage' }),
      detail: z.string(),
      row: z.number().int().optional().meta({ description: 'For uploads: the data row (1 = the first row after a CSV header)' }),
      column: z.string().optional().meta({ description: 'For uploads: the column' }),
    })
    .meta({ id: 'FieldError' }),
);

/** RFC 9457 problem details, as every error response of this API is shaped. */
export const Problem = /* @__PURE__ */ schema(() =>
  z
    .object({
      type: z.string().meta({ description: 'A URI reference naming the kind of problem', example: '/problems/validation-failed' }),
      title: z.string(),
      status: z.number().int(),
      detail: z.string().optional(),
      instance: z.string().optional(),
      correlationId: z.string().optional(),
      errors: z.array(FieldError).optional(),
      remainder: z
        .object({
          year: z.number().int(),
          line: z.string(),
          ore: z.number().int().meta({ description: 'What is left of the line, in øre' }),
          nok: z.string().meta({ description: 'The same for people, in kroner', example: '10,00 kr' }),
          requestedOre: z.number().int().meta({ description: 'The øre the refused decision would have granted' }),
        })
        .optional()
        .meta({ description: 'An extension member of /problems/budget-line-exceeded (409): what is left of the budget line' }),
    })
    .meta({ id: 'Problem', description: 'RFC 9457 problem details (media type application/problem+json)' }),
);

export type Problem = z.infer<typeof Problem>;
export type FieldError = z.infer<typeof FieldError>;
