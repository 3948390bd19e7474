/**
 * Writes a state change and the events it causes in one DynamoDB transaction (the outbox),
 * and turns a failed condition into the error its step names, so callers see
 * "already exists" or "changed meanwhile" instead of TransactionCanceledException.
 * A single write with no event goes alone, as a conditional write: just as atomic, at half
 * the write capacity a transaction costs.
 */
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, TransactWriteCommand, UpdateCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Envelope as EventEnvelope } from '../events/envelope.ts';
import { documentClient } from './client.ts';
import { outboxPut } from '../outbox/outbox-item.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface TransactionStep {
  readonly item: TransactItem;
  /** The error to throw when this step's condition fails. */
  readonly onConditionFailed?: () => Error;
}

/** DynamoDB allows 100 items per transaction. */
const MAX_ITEMS = 100;

export class ConcurrentChangeError extends Error {
  constructor(what: string) {
    super(`${what} was changed by someone else meanwhile; read it again and retry`);
    this.name = 'ConcurrentChangeError';
  }
}

export async function transact(tableName: string, steps: readonly TransactionStep[], events: readonly EventEnvelope[] = []): Promise<void> {
  const items = [...steps.map((s) => s.item), ...events.map((e) => outboxPut(tableName, e))];
  if (items.length > MAX_ITEMS) throw new Error(`A transaction holds at most ${MAX_ITEMS} items, not ${items.length}`);
  if (items.length === 1 && steps.length === 1 && !steps[0]!.item.ConditionCheck) return writeAlone(steps[0]!);
  try {
    await documentClient.send(new TransactWriteCommand({ TransactItems: items }));
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

class ConditionNotMet extends Error {}

/**
 * Runs the transaction when every step's condition holds; resolves to false (writing nothing)
 * when one does not. For writes whose refusal is an ordinary outcome: "already queued",
 * "already sent", "no longer failed".
 */
export async function transactIfConditionsHold(tableName: string, steps: readonly TransactItem[], events: readonly EventEnvelope[] = []): Promise<boolean> {
  try {
    await transact(tableName, steps.map((item) => ({ item, onConditionFailed: () => new ConditionNotMet() })), events);
    return true;
  } catch (error) {
    if (error instanceof ConditionNotMet) return false;
    throw error;
  }
}

/** A Put that succeeds only for a new item. */
export function putNew(tableName: string, item: Record<string, unknown>, onExists: () => Error): TransactionStep {
  return { item: { Put: { TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } }, onConditionFailed: onExists };
}

/** A Put that replaces an item only if nobody changed it since it was read (optimistic locking). */
export function putVersioned(tableName: string, item: Record<string, unknown> & { version: number }, what: string): TransactionStep {
  return {
    item: {
      Put: {
        TableName: tableName,
        Item: { ...item, version: item.version + 1 },
        ConditionExpression: '#version = :expected',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':expected': item.version },
      },
    },
    onConditionFailed: () => new ConcurrentChangeError(what),
  };
}
