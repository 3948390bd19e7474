import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { page, PageQuery } from '../../../shared/platform/contract/pagination.ts';

describe('page', () => {
  const items = Array.from({ length: 250 }, (_, i) => i);

  it('walks a list in pages with opaque cursors', () => {
    const first = page(items, { limit: 100 });
    expect(first.items).toEqual(items.slice(0, 100));
    const second = page(items, { limit: 100, cursor: first.nextCursor });
    expect(second.items).toEqual(items.slice(100, 200));
    const last = page(items, { limit: 100, cursor: second.nextCursor });
    expect(last.items).toEqual(items.slice(200));
    expect(last.nextCursor).toBeUndefined();
  });

  it('gives no cursor when everything fits, and starts over for a cursor it did not make', () => {
    expect(page(items, { limit: 500 })).toEqual({ items });
    expect(page(items, { limit: 10, cursor: 'Zm9v' }).items).toEqual(items.slice(0, 10));
  });

  it('refuses a cursor the API did not make (422 at the route), and takes the ones it made', () => {
    const query = z.object(PageQuery);
    expect(query.safeParse({ cursor: 'not-a-cursor' }).success).toBe(false);
    expect(query.safeParse({ cursor: 'Zm9v' }).success).toBe(false);
    expect(query.safeParse({ cursor: page(items, { limit: 10 }).nextCursor }).success).toBe(true);
  });
});
