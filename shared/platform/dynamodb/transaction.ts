/**
 * Writes a state change and the events it causes in one DynamoDB transaction (the outbox),
 * and turns a failed condition into the error its step names, so callers see
 * "already exists" or "changed meanwhile" instead of TransactionCanceledException.
 * `Table.transact` adds the audit entry to every transaction, so an audited change is never a
 * lone write; a lone item given here directly still goes as a plain conditional write.
 */
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, TransactWriteCommand, UpdateCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './client.ts';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface TransactionStep {
  readonly item: TransactItem;
  /** The error to throw when this step's condition fails. */
  readonly onConditionFailed?: () => Error;
}

/** DynamoDB allows 100 items per transaction. */
export const MAX_TRANSACTION_ITEMS = 100;
const MAX_ITEMS = MAX_TRANSACTION_ITEMS;

export class ConcurrentChangeError extends Error {
  constructor(what: string) {
    super(`${what} was changed by someone else meanwhile; read it again and retry`);
    this.name = 'ConcurrentChangeError';
  }
}

/**
 * Runs a read-decide-write again when it lost an optimistic race (ConcurrentChangeError: what it
 * read changed before its conditional write), at most `attempts` times; `backoffMs` > 0 waits a
 * random time up to it (doubling per attempt, capped at 8×) so writers contending for one item
 * spread out instead of colliding again.
 */
export async function retryingConcurrentChange<T>(work: (attempt: number) => Promise<T>, attempts = 3, backoffMs = 0): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      if (!(error instanceof ConcurrentChangeError) || attempt >= attempts) throw error;
      if (backoffMs > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * backoffMs * 2 ** Math.min(attempt - 1, 3)));
    }
  }
}

/**
 * Runs built transaction items (the table's `transact` builds them): a failed condition throws
 * the error of the step it belongs to. Items after the steps (outbox and audit puts) have no
 * error of their own. A lone step still goes as a plain conditional write, but `transact`
 * always adds its audit entry, so every audited change is a transaction.
 */
export async function runTransaction(steps: readonly TransactionStep[], items: readonly TransactItem[]): Promise<void> {
  if (items.length > MAX_ITEMS) throw new Error(`A transaction holds at most ${MAX_ITEMS} items, not ${items.length}`);
  if (items.length === 1 && steps.length === 1 && !steps[0]!.item.ConditionCheck) return writeAlone(steps[0]!);
  try {
    await documentClient.send(new TransactWriteCommand({ TransactItems: [...items] }));
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const failed = error.CancellationReasons?.findIndex((r) => r.Code === 'ConditionalCheckFailed') ?? -1;
      if (failed >= 0) {
        const onFailed = steps[failed]?.onConditionFailed;
        throw onFailed ? onFailed() : new ConcurrentChangeError('An item');
      }
    }
    throw error;
  }
}

/** One Put, Update or Delete as a plain conditional write; a failed condition throws the step's error. */
async function writeAlone(step: TransactionStep): Promise<void> {
  const { Put, Update, Delete } = step.item;
  try {
    if (Put) await documentClient.send(new PutCommand(Put));
    else if (Update) await documentClient.send(new UpdateCommand(Update));
    else if (Delete) await documentClient.send(new DeleteCommand(Delete));
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw step.onConditionFailed ? step.onConditionFailed() : new ConcurrentChangeError('An item');
    throw error;
  }
}

/** A step's condition did not hold where that is an ordinary outcome (Table.transactIfConditionsHold). */
export class ConditionNotMet extends Error {}
