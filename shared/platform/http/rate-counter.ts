/**
 * The per-caller request counter: one conditional UpdateItem per request on the caller's item
 * for the current window. DynamoDB applies the condition and the increment as one step, so
 * callers racing on one counter are admitted exactly up to the limit, never past it; the
 * window's item expires through the table's TTL.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../dynamodb/client.ts';
import { keys, tableDesign } from '../dynamodb/table-design.ts';

export interface CountedRequest {
  readonly tableName: string;
  /** Whose counter (see callerOf), in which class of routes. */
  readonly caller: string;
  readonly rateClass: string;
  /** Epoch seconds: the window's start and end. */
  readonly window: { readonly start: number; readonly end: number };
  readonly limit: number;
  /** Gives up (the caller decides what that means) when the store has not answered by then. */
  readonly timeoutMs: number;
}

/** How long a window's counter outlives the window: TTL deletes lazily, and nothing reads it after. */
const EXPIRY_MARGIN_SECONDS = 60;

/** Counts the request; false when the caller has already made `limit` requests in the window (then nothing is counted). */
export async function admitRequest(request: CountedRequest): Promise<boolean> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: request.tableName,
        Key: keys.rateCounter(request.caller, request.rateClass, request.window.start),
        UpdateExpression: 'ADD #count :one SET #expiration = if_not_exists(#expiration, :expiration)',
        ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
        ExpressionAttributeNames: { '#count': 'requests', '#expiration': tableDesign.timeToLiveAttribute },
        ExpressionAttributeValues: { ':one': 1, ':limit': request.limit, ':expiration': request.window.end + EXPIRY_MARGIN_SECONDS },
      }),
      { abortSignal: AbortSignal.timeout(request.timeoutMs) },
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
