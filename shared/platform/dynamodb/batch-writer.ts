/**
 * Writes many items with BatchWriteItem: 25 items per request (DynamoDB's limit), a few requests
 * in flight at once, unprocessed items resent with exponential backoff. Used for bulk data
 * (the register, uploads of sick-leave figures), never where a write must be conditional.
 */
import { forEachConcurrently } from '../concurrency.ts';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './client.ts';

const ITEMS_PER_REQUEST = 25;
const MAX_ATTEMPTS = 10;

export interface BatchWriteOptions {
  /** Requests in flight at once. */
  readonly concurrency?: number;
  readonly onProgress?: (written: number, total: number) => void;
}

/** Writes the items to the table the request names (`RequestItems` keyed by the table's name). */
export async function batchWriteAll(table: { readonly name: string }, items: readonly Record<string, unknown>[], options: BatchWriteOptions = {}): Promise<void> {
  const chunks: Record<string, unknown>[][] = [];
  for (let start = 0; start < items.length; start += ITEMS_PER_REQUEST) chunks.push(items.slice(start, start + ITEMS_PER_REQUEST) as Record<string, unknown>[]);
  let written = 0;
  await forEachConcurrently(chunks, options.concurrency ?? 4, async (chunk) => {
    await writeChunk(table, chunk);
    written += chunk.length;
    options.onProgress?.(written, items.length);
  });
}

async function writeChunk(table: { readonly name: string }, chunk: readonly Record<string, unknown>[]): Promise<void> {
  let requests = chunk.map((Item) => ({ PutRequest: { Item } }));
  for (let attempt = 1; requests.length > 0; attempt++) {
    if (attempt > MAX_ATTEMPTS) throw new Error(`${requests.length} items were still unprocessed after ${MAX_ATTEMPTS} attempts`);
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 25 * 2 ** attempt)));
    const result = await documentClient.send(new BatchWriteCommand({ RequestItems: { [table.name]: requests } }));
    requests = (result.UnprocessedItems?.[table.name] ?? []) as typeof requests;
  }
}
