/**
 * Idempotency records (Powertools) live in the programme table, in one partition per function, and expire through the table's TTL attribute.
 */
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { dynamoDbClient } from '../adapters/dynamodb/client.ts';
import { idempotencyPartition, tableDesign } from '../adapters/dynamodb/table-design.ts';
import { config } from '../config.ts';
import type { FunctionName } from '../routing.ts';

const stores = new Map<FunctionName, DynamoDBPersistenceLayer>();

/**
 * One store per function. A store is configured (key prefix, key path) on first use and keeps
 * that configuration, so functions sharing a process (the local runtime, tests) must not share one.
 */
export function idempotencyStore(functionName: FunctionName): DynamoDBPersistenceLayer {
  let store = stores.get(functionName);
  if (!store) {
    store = new DynamoDBPersistenceLayer({
      tableName: config.tableName(),
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
