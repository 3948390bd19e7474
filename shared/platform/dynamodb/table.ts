/**
 * The programme's table, bound once. A repository takes a `Table` at construction (as
 * Powertools' persistence layer and ElectroDB's `Service` take theirs), so no function passes
 * a table name along: the handler's repositories use `programmeTable()` (TABLE_NAME, read on
 * first use, not at import, so docs, CDK and unit tests import modules without it), and a test
 * binds a repository to a table of its own with `new Table(name)`.
 */
import type { QueryCommandInput, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Envelope as EventEnvelope } from '../events/envelope.ts';
import { config } from '../config.ts';
import { batchWriteAll, type BatchWriteOptions } from './batch-writer.ts';
import { documentClient } from './client.ts';
import { getVersioned, queryAll, queryIndex, queryPrefix, type Versioned } from './query.ts';
import { putNew, putVersioned, transact, transactIfConditionsHold, type TransactionStep } from './transaction.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
export type Key = { readonly pk: string; readonly sk: string };
export type Item = Record<string, unknown>;

export class Table {
  readonly name: string;
  /** For the few commands the methods below do not cover (an Update with its own expression, a BatchGet). */
  readonly client = documentClient;

  // No parameter property: tsconfig has erasableSyntaxOnly (Node runs the .ts files by type stripping).
  constructor(name: string) {
    this.name = name;
  }

  /** One item with its version, or undefined. */
  get<T>(key: Key): Promise<Versioned<T> | undefined> {
    return getVersioned<T>(this.name, key);
  }

  /** A Query on this table to its end (bounded partitions only). */
  query(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    return queryAll({ ...input, TableName: this.name });
  }

  /** The items of one partition whose sort key starts with a prefix. */
  queryPrefix(pk: string, skPrefix: string): Promise<Item[]> {
    return queryPrefix(this.name, pk, skPrefix);
  }

  /** The items of one GSI partition, in sort key order. */
  queryIndex(index: 'gsi1' | 'gsi2', partition: string): Promise<Item[]> {
    return queryIndex(this.name, index, partition);
  }

  /** The steps and the events they cause, in one transaction (events as outbox items of this table). */
  transact(steps: readonly TransactionStep[], events: readonly EventEnvelope[] = []): Promise<void> {
    return transact(this.name, steps, events);
  }

  /** Like transact, but a failed condition answers false instead of throwing. */
  transactIfConditionsHold(items: readonly TransactItem[], events: readonly EventEnvelope[] = []): Promise<boolean> {
    return transactIfConditionsHold(this.name, items, events);
  }

  /** A put that must not overwrite: `onExists` names the refusal. */
  putNew(item: Item, onExists: () => Error): TransactionStep {
    return putNew(this.name, item, onExists);
  }

  /** A put of the next version of an item read at `item.version` (lost updates refused). */
  putVersioned(item: Item & { version: number }, what: string): TransactionStep {
    return putVersioned(this.name, item, what);
  }

  batchWriteAll(items: readonly Item[], options?: BatchWriteOptions): Promise<void> {
    return batchWriteAll(this.name, items, options);
  }
}

let programme: Table | undefined;

/** This deployment's table (TABLE_NAME), bound on first use and kept for the container's life. */
export const programmeTable = (): Table => (programme ??= new Table(config.tableName()));
