import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './client.ts';

/** Runs a Query to the end, page by page. For bounded partitions only (a register, a cohort). */
export async function queryAll(input: QueryCommandInput): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let exclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
  do {
    const page = await documentClient.send(new QueryCommand({ ...input, ExclusiveStartKey: exclusiveStartKey }));
    items.push(...(page.Items ?? []));
    exclusiveStartKey = page.LastEvaluatedKey;
  } while (exclusiveStartKey);
  return items;
}

const STORAGE_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'entity', 'version', 'expiration'];

/** The item without keys and bookkeeping: what the contracts describe. */
export function withoutStorageAttributes<T>(item: Record<string, unknown>): T {
  const copy: Record<string, unknown> = { ...item };
  for (const attribute of STORAGE_ATTRIBUTES) delete copy[attribute];
  return copy as T;
}

/** The optimistic-locking version stored on an item (items written before versioning count as 0). */
export function versionOf(item: Record<string, unknown>): number {
  return typeof item.version === 'number' ? item.version : 0;
}

/** An item as read, with the version a conditional write must find unchanged. */
export interface Versioned<T> {
  readonly value: T;
  readonly version: number;
}
