/**
 * Creates the programme table and its audit table in DynamoDB Local from the same designs the
 * CDK stack uses.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { auditTableDesign, auditTableFor } from '#shared/platform/audit/design.ts';
import { tableDesign } from '#shared/platform/dynamodb/table-design.ts';

/** Creates the table (and its audit table, `<name>-audit`) unless it exists (a persisted data folder); returns its stream ARN. */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<{ streamArn: string; created: boolean }> {
  await ensureAuditTable(client, auditTableFor(tableName));
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.LatestStreamArn) return { streamArn: Table.LatestStreamArn, created: false };
    throw new Error(`Table ${tableName} exists without a stream; remove the data folder and start again`);
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const keyAttributes = new Set<string>([tableDesign.partitionKey, tableDesign.sortKey]);
  for (const index of tableDesign.globalSecondaryIndexes) {
    keyAttributes.add(index.partitionKey).add(index.sortKey);
  }
  const { TableDescription } = await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [...keyAttributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: tableDesign.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableDesign.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: tableDesign.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
      StreamSpecification: { StreamEnabled: true, StreamViewType: tableDesign.streamViewType },
    }),
  );
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: tableDesign.timeToLiveAttribute, Enabled: true },
    }),
  );
  const streamArn = TableDescription?.LatestStreamArn;
  if (!streamArn) throw new Error('DynamoDB Local created the table without a stream');
  return { streamArn, created: true };
}

/** The audit table: no stream (nothing reacts to an entry), its own TTL of years. */
async function ensureAuditTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const keyAttributes = new Set<string>([auditTableDesign.partitionKey, auditTableDesign.sortKey]);
  for (const index of auditTableDesign.globalSecondaryIndexes) keyAttributes.add(index.partitionKey).add(index.sortKey);
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [...keyAttributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: auditTableDesign.partitionKey, KeyType: 'HASH' },
        { AttributeName: auditTableDesign.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: auditTableDesign.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );
  await client.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: auditTableDesign.timeToLiveAttribute, Enabled: true } }));
}
