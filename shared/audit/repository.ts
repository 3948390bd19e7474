/**
 * Reading the audit table (keys: shared/platform/audit/design.ts): a resource's partition, an
 * actor's or a day's index partition, each in time order, a page at a time. Query only: the
 * function's grant has no other action on the table.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { auditKeys, auditTableDesign } from '../platform/audit/design.ts';
import { config } from '../platform/config.ts';
import { documentClient } from '../platform/dynamodb/client.ts';
import type { AuditEntry } from '../platform/audit/entry.ts';
import { daysOf, type AuditRange, type AuditSelection } from './model.ts';

export interface StoredAuditEntry extends AuditEntry {
  readonly expiresAt: string;
}

export interface AuditPage {
  readonly entries: StoredAuditEntry[];
  /** The sort key of the last entry when there may be more. */
  readonly lastKey?: string;
}

/** Before and after every sort key of the range (keys are `<at>#<id>`; `to` is exclusive). */
const EARLIEST = '0000';
const LATEST = '9999';

export class AuditRepository {
  readonly tableName: string;

  constructor(tableName: string) {
    this.tableName = tableName;
  }

  /** Up to `limit` entries of the selection within the range (open ends when undefined), after the key `after`, oldest first. */
  async find(selection: AuditSelection, range: Partial<AuditRange>, limit: number, after?: string): Promise<AuditPage> {
    // One past the page: there is a next page exactly when it arrives.
    const wanted = limit + 1;
    const low = after ? `${after}!` : (range.from ?? EARLIEST);
    const high = range.to ?? LATEST;
    const items: Record<string, unknown>[] = [];
    if (selection.by === 'time') {
      if (!range.from || !range.to) throw new Error('A query by time needs both ends of its range');
      for (const day of daysOf({ from: range.from, to: range.to })) {
        if (after && day < after.slice(0, 10)) continue;
        items.push(...(await this.#query('byDay', 'dayKey', auditKeys.day(day), 'atKey', low, high, wanted - items.length)));
        if (items.length >= wanted) break;
      }
    } else if (selection.by === 'resource') {
      items.push(...(await this.#query(undefined, auditTableDesign.partitionKey, auditKeys.resource(selection.resource), auditTableDesign.sortKey, low, high, wanted)));
    } else {
      items.push(...(await this.#query('byActor', 'actorKey', auditKeys.actor(selection.actor), 'atKey', low, high, wanted)));
    }
    const entries = items.slice(0, limit).map(entryOf);
    return { entries, ...(items.length > limit ? { lastKey: String(items[limit - 1]!.sk) } : {}) };
  }

  /** One partition's items with sort keys in [low, high), at most `limit`, following DynamoDB's pages. */
  async #query(index: string | undefined, partitionAttribute: string, partition: string, sortAttribute: string, low: string, high: string, limit: number): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    if (low >= high) return items;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await documentClient.send(
        new QueryCommand({
          TableName: this.tableName,
          ...(index ? { IndexName: index } : {}),
          KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :low AND :high',
          ExpressionAttributeNames: { '#pk': partitionAttribute, '#sk': sortAttribute },
          ExpressionAttributeValues: { ':pk': partition, ':low': low, ':high': high },
          Limit: limit - items.length,
          ExclusiveStartKey: start,
        }),
      );
      // BETWEEN includes `high`; a key is `<at>#<id>`, so only `to` itself could equal it, and `to` is exclusive.
      items.push(...(page.Items ?? []).filter((item) => String(item[sortAttribute]) < high));
      start = page.LastEvaluatedKey;
    } while (start && items.length < limit);
    return items;
  }
}

function entryOf(item: Record<string, unknown>): StoredAuditEntry {
  return {
    id: item.id as string,
    at: item.at as string,
    actor: item.actor as AuditEntry['actor'],
    action: item.action as string,
    what: item.what as string[],
    resources: item.resources as string[],
    correlationId: item.correlationId as string,
    expiresAt: new Date(Number(item.expiration) * 1000).toISOString(),
  };
}

/** The deployment's audit table (AUDIT_TABLE_NAME; locally `<TABLE_NAME>-audit`). */
export const auditRepository = (): AuditRepository => new AuditRepository(config.auditTableName());
