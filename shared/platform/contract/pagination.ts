/**
 * Pages of list responses: `limit` (1-500, default 100) and an opaque `cursor` from the previous
 * page's `nextCursor`. Lists are read from bounded partitions and sorted before paging, so the
 * cursor is a position in that order.
 */
import * as z from 'zod';
import { schema } from './schema.ts';

export const MAX_PAGE_SIZE = 500;

export const PageQuery = /* @__PURE__ */ schema(() => ({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(100).meta({ description: `Items per page, at most ${MAX_PAGE_SIZE}` }),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}$/, 'Use the nextCursor of the previous page')
    // One the API did not give (it reads as no position) is refused, not taken as the first page.
    .refine((cursor) => decode(cursor) !== undefined, 'Use the nextCursor of the previous page')
    .optional()
    .meta({ description: 'nextCursor of the previous page' }),
}));

export const NextCursor = /* @__PURE__ */ schema(() => z.string().optional().meta({ description: 'Present when there is another page' }));

/** One page of an ordered list, and the cursor to the next. */
export function page<T>(items: readonly T[], query: { limit: number; cursor?: string | undefined }): { items: T[]; nextCursor?: string } {
  const start = query.cursor ? (decode(query.cursor) ?? 0) : 0;
  const end = start + query.limit;
  return { items: items.slice(start, end), ...(end < items.length ? { nextCursor: encode(end) } : {}) };
}

const encode = (offset: number) => Buffer.from(`o${offset}`).toString('base64url');

/** The position a cursor names, or undefined for one this API did not make. */
function decode(cursor: string): number | undefined {
  const offset = /^o(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))?.[1];
  return offset === undefined ? undefined : Number(offset);
}
