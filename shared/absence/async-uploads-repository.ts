/**
 * Asynchronous uploads: the resource a caller polls while a large file is checked and accepted.
 * Each status move is a conditional write on the status it leaves (two deliveries of the same
 * object cannot both move it), and the final move is written with its event in one transaction.
 * Kept 30 days (TTL), longer than the upload objects (7 days).
 */
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { AbsenceUpload } from './upload-contract.ts';
import type { UploadReceipt } from './contract.ts';
import type { EventEnvelope } from '../event-catalogue.ts';
import type { Problem } from '../platform/contract/problem.ts';
import { moveUpload, type AbsenceUploadStatus } from './upload-status.ts';
import { documentClient } from '../platform/dynamodb/client.ts';
import { withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { keys, tableDesign } from '../platform/dynamodb/table-design.ts';
import { transactIfConditionsHold } from '../platform/dynamodb/transaction.ts';

const KEEP_SECONDS = 30 * 24 * 3600;

/** What the upload resource stores besides what the API shows: who uploaded it, and the outcome event (for its email). */
export interface StoredAsyncUpload extends AbsenceUpload {
  readonly uploadedBy: string;
  readonly correlationId: string;
  readonly outcomeEventId?: string;
}

export async function createAsyncUpload(tableName: string, upload: StoredAsyncUpload): Promise<void> {
  await documentClient.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...keys.asyncUpload(upload.uploadId), entity: 'AsyncUpload', ...upload, [tableDesign.timeToLiveAttribute]: Math.floor(Date.parse(upload.createdAt) / 1000) + KEEP_SECONDS },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function getAsyncUpload(tableName: string, uploadId: string): Promise<StoredAsyncUpload | undefined> {
  const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: keys.asyncUpload(uploadId), ConsistentRead: true }));
  return Item ? withoutStorageAttributes<StoredAsyncUpload>(Item) : undefined;
}

function move(tableName: string, uploadId: string, from: AbsenceUploadStatus, to: AbsenceUploadStatus, at: string, set: Record<string, unknown> = {}) {
  moveUpload(from, to);
  const names = Object.keys(set);
  return {
    TableName: tableName,
    Key: keys.asyncUpload(uploadId),
    UpdateExpression: `SET #status = :to, updatedAt = :at, history = list_append(history, :step)${names.map((n, i) => `, #f${i} = :f${i}`).join('')}`,
    ConditionExpression: '#status = :from',
    ExpressionAttributeNames: { '#status': 'status', ...Object.fromEntries(names.map((n, i) => [`#f${i}`, n])) },
    ExpressionAttributeValues: { ':from': from, ':to': to, ':at': at, ':step': [{ status: to, at }], ...Object.fromEntries(names.map((n, i) => [`:f${i}`, set[n]])) },
  };
}

/** received → validating; false when it had already left `received` (another delivery has it). */
export async function startValidating(tableName: string, uploadId: string, now: Date): Promise<boolean> {
  try {
    await documentClient.send(new UpdateCommand(move(tableName, uploadId, 'received', 'validating', now.toISOString())));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** validating → committed | rejected, with the outcome event; false when it was no longer validating. */
export function finishAsyncUpload(
  tableName: string,
  uploadId: string,
  outcome: { readonly status: 'committed'; readonly receipt: UploadReceipt } | { readonly status: 'rejected'; readonly problem: Problem },
  event: EventEnvelope,
  now: Date,
): Promise<boolean> {
  const set = { ...(outcome.status === 'committed' ? { receipt: outcome.receipt } : { problem: outcome.problem }), outcomeEventId: event.metadata.eventId };
  return transactIfConditionsHold(tableName, [{ Update: move(tableName, uploadId, 'validating', outcome.status, now.toISOString(), set) }], [event]);
}
