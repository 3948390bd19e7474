/**
 * Idempotency records (Powertools) live in the programme table, in one partition per function, and expire through the table's TTL attribute.
 * The middleware every idempotent function uses (POST routes, event and schedule handlers) is
 * Powertools' own behind a guard: only the invocation holding a record may release it.
 */
import { makeHandlerIdempotent } from '@aws-lambda-powertools/idempotency/middleware';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { MiddlewareObj, Request } from '@middy/core';
import { dynamoDbClient } from './dynamodb/client.ts';
import { idempotencyPartition, tableDesign } from './dynamodb/table-design.ts';
import { programmeTable } from './dynamodb/table.ts';

const stores = new Map<string, DynamoDBPersistenceLayer>();

/**
 * One store per function. A store is configured (key prefix, key path) on first use and keeps
 * that configuration, so functions sharing a process (the local runtime, tests) must not share one.
 */
export function idempotencyStore(functionName: string): DynamoDBPersistenceLayer {
  let store = stores.get(functionName);
  if (!store) {
    store = new DynamoDBPersistenceLayer({
      tableName: programmeTable().name,
      keyAttr: tableDesign.partitionKey,
      sortKeyAttr: tableDesign.sortKey,
      staticPkValue: idempotencyPartition(functionName),
      expiryAttr: tableDesign.timeToLiveAttribute,
      awsSdkV3Client: dynamoDbClient,
    });
    stores.set(functionName, store);
  }
  return store;
}

const OWNS_RECORD = 'kvk.idempotency.ownsRecord';

/**
 * Powertools' `makeHandlerIdempotent`, except that only the invocation that acquired the
 * in-progress record may delete it. Middy runs every `onError` when any `before` throws, and
 * Powertools 2.35's `onError` deletes the record unconditionally: a duplicate refused as
 * "in progress" deleted the lock of the invocation still running (so the next duplicate ran the
 * handler again), and a key reused with another body deleted the first request's stored answer
 * (so its repeat ran again). Upstream: aws-powertools/powertools-lambda-typescript#5675, fixed in
 * #5676 after 2.35.0. An invocation owns the record when `before` neither threw nor replayed a
 * stored answer; once its answer is being saved it no longer deletes (a failed save leaves the
 * record in progress until it expires rather than inviting a second run of committed work).
 */
export function idempotentInvocations<E, R, C = unknown>(
  options: Parameters<typeof makeHandlerIdempotent>[0],
  /** Shapes a replayed answer for this invocation; middy skips every `after` on a replay. */
  onReplay?: (answer: R, request: Request<E, R, Error, C>) => R,
): MiddlewareObj<E, R, Error, C> {
  const inner = makeHandlerIdempotent(options);
  const owns = (request: Request<E, R, Error, C>) => (request.internal as Record<string, unknown>)[OWNS_RECORD] === true;
  const setOwns = (request: Request<E, R, Error, C>, value: boolean) => {
    (request.internal as Record<string, unknown>)[OWNS_RECORD] = value;
  };
  return {
    before: async function idempotentInvocationsBefore(request) {
      setOwns(request, false);
      const replayed = await inner.before!(request as never);
      if (replayed === undefined) {
        setOwns(request, true);
        return undefined;
      }
      return onReplay ? onReplay(replayed as R, request) : (replayed as R);
    },
    after: async function idempotentInvocationsAfter(request) {
      setOwns(request, false);
      await inner.after!(request as never);
    },
    onError: async function idempotentInvocationsOnError(request) {
      if (!owns(request)) return;
      setOwns(request, false);
      await inner.onError!(request as never);
    },
  };
}
