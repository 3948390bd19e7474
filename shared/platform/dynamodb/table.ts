/**
 * The programme's table, bound once. A repository takes a `Table` at construction (as
 * Powertools' persistence layer and ElectroDB's `Service` take theirs), so no function passes
 * a table name along: the handler's repositories use `programmeTable()` (TABLE_NAME, read on
 * first use, not at import, so docs, CDK and unit tests import modules without it), and a test
 * binds a repository to a table of its own with `new Table(name)`.
 *
 * Every transaction is audited: `transact` adds the audit entry (shared/platform/audit/) to the
 * same TransactWriteItems, written to the audit table beside this one.
 */
import { GetCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Envelope as EventEnvelope } from '../events/envelope.ts';
import { auditPuts } from '../audit/audit-log.ts';
import { auditTableFor } from '../audit/design.ts';
import { config } from '../config.ts';
import { outboxItem } from '../outbox/outbox-item.ts';
import { batchWriteAll, type BatchWriteOptions } from './batch-writer.ts';
import { documentClient } from './client.ts';
import { queryAll, versionOf, withoutStorageAttributes, type Versioned } from './query.ts';
import { ConcurrentChangeError, ConditionNotMet, MAX_TRANSACTION_ITEMS, runTransaction, type TransactionStep, type TransactItem } from './transaction.ts';
export type Key = { readonly pk: string; readonly sk: string };
export type Item = Record<string, unknown>;

export class Table {
  readonly name: string;
  /** Where this table's writes are audited: the deployment's audit table, or `<name>-audit` beside a table of a test. */
  readonly auditTableName: string;
  /** For the few commands the methods below do not cover (an Update with its own expression, a BatchGet). */
  readonly client = documentClient;

  // No parameter property: tsconfig has erasableSyntaxOnly (Node runs the .ts files by type stripping).
  constructor(name: string, auditTableName = auditTableFor(name)) {
    this.name = name;
    this.auditTableName = auditTableName;
  }

  /** One item by key, strongly consistent (it is read to be changed), with its version; or undefined. */
  async get<T>(key: Key): Promise<Versioned<T> | undefined> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.name, Key: { pk: key.pk, sk: key.sk }, ConsistentRead: true }));
    return Item ? { value: withoutStorageAttributes<T>(Item), version: versionOf(Item) } : undefined;
  }

  /** A Query on this table to its end (bounded partitions only). */
  query(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    return queryAll({ ...input, TableName: this.name });
  }

  /** The items of one partition whose sort key starts with a prefix. */
  queryPrefix(pk: string, skPrefix: string): Promise<Item[]> {
    return this.query({ KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix } });
  }

  /** The items of one GSI partition, in sort key order. */
  queryIndex(index: 'gsi1' | 'gsi2', partition: string): Promise<Item[]> {
    return this.query({ IndexName: index, KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': `${index}pk` }, ExpressionAttributeValues: { ':pk': partition } });
  }

  /**
   * The steps, the events they cause (each an outbox item of this table, put once) and the audit
   * entry of the change (who, what, which resources: the ambient audit context), in one
   * transaction; a failed condition throws the error its step names. A transaction must leave
   * one of DynamoDB's 100 items for its audit entry; it takes up to 10 (one per resource
   * touched) when there is room. `about` names resources the change concerns beyond the keys it
   * writes (an upload's municipalities), so the entry is found under them too.
   */
  async transact(steps: readonly TransactionStep[], events: readonly EventEnvelope[] = [], about: readonly string[] = []): Promise<void> {
    const outbox = events.map((event) => ({ Put: { TableName: this.name, Item: outboxItem(event), ConditionExpression: 'attribute_not_exists(pk)' } }));
    const items = [...steps.map((s) => s.item), ...outbox];
    const room = MAX_TRANSACTION_ITEMS - items.length;
    if (room < 1) throw new Error(`A transaction holds at most ${MAX_TRANSACTION_ITEMS} items with its audit entry; this one has ${items.length} without it`);
    const changed = steps.flatMap((s) => (s.item.ConditionCheck ? [] : [changedPartition(s.item)]));
    const audit = auditPuts(this.auditTableName, changed, events.map((e) => e.metadata.eventType), room, about);
    return runTransaction(steps, [...items, ...audit]);
  }

  /**
   * Runs the transaction when every step's condition holds; resolves to false (writing nothing)
   * when one does not. For writes whose refusal is an ordinary outcome: "already queued",
   * "already sent", "no longer failed".
   */
  async transactIfConditionsHold(items: readonly TransactItem[], events: readonly EventEnvelope[] = []): Promise<boolean> {
    try {
      await this.transact(items.map((item) => ({ item, onConditionFailed: () => new ConditionNotMet() })), events);
      return true;
    } catch (error) {
      if (error instanceof ConditionNotMet) return false;
      throw error;
    }
  }

  /** A Put that succeeds only for a new item: `onExists` names the refusal. */
  putNew(item: Item, onExists: () => Error): TransactionStep {
    return { item: { Put: { TableName: this.name, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } }, onConditionFailed: onExists };
  }

  /** A Put that replaces an item only if nobody changed it since it was read at `item.version` (optimistic locking). */
  putVersioned(item: Item & { version: number }, what: string): TransactionStep {
    return {
      item: {
        Put: {
          TableName: this.name,
          Item: { ...item, version: item.version + 1 },
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': item.version },
        },
      },
      onConditionFailed: () => new ConcurrentChangeError(what),
    };
  }

  /** Many unconditional puts with BatchWriteItem (bulk data: the register, figures), unprocessed items resent. */
  batchWriteAll(items: readonly Item[], options?: BatchWriteOptions): Promise<void> {
    return batchWriteAll(this, items, options);
  }
}

/** The partition an item of a transaction writes (Put, Update or Delete). */
function changedPartition(item: TransactItem): string {
  const key = item.Put?.Item ?? item.Update?.Key ?? item.Delete?.Key;
  return String(key?.pk ?? '');
}

let programme: Table | undefined;

/** This deployment's table (TABLE_NAME) and its audit table (AUDIT_TABLE_NAME), bound on first use and kept for the container's life. */
export const programmeTable = (): Table => (programme ??= new Table(config.tableName(), config.auditTableName()));
