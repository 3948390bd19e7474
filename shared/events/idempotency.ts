/**
 * Idempotency records (Powertools) live in the programme table under one static partition,
 * keyed per function, and expire through the table's TTL attribute.
 */
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { dynamoDbClient } from '../adapters/dynamodb/client.ts';
import { IDEMPOTENCY_PARTITION, tableDesign } from '../adapters/dynamodb/table-design.ts';
import { config } from '../config.ts';

let store: DynamoDBPersistenceLayer | undefined;

/** One store per process, created when the first handler module is loaded. */
export function idempotencyStore(): DynamoDBPersistenceLayer {
  store ??= new DynamoDBPersistenceLayer({
    tableName: config.tableName(),
    keyAttr: tableDesign.partitionKey,
    sortKeyAttr: tableDesign.sortKey,
    staticPkValue: IDEMPOTENCY_PARTITION,
    expiryAttr: tableDesign.timeToLiveAttribute,
    awsSdkV3Client: dynamoDbClient,
  });
  return store;
}
