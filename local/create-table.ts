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
  const { TableDescription } = await client.send(
    new CreateTableCommand({ ...keySchemaOf(tableName, tableDesign), StreamSpecification: { StreamEnabled: true, StreamViewType: tableDesign.streamViewType } }),
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
  await client.send(new CreateTableCommand(keySchemaOf(tableName, auditTableDesign)));
  await client.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: auditTableDesign.timeToLiveAttribute, Enabled: true } }));
}

/** A table's name, billing and keys (table, indexes) from its design: the programme table and the audit table alike. */
function keySchemaOf(
  tableName: string,
  design: { readonly partitionKey: string; readonly sortKey: string; readonly globalSecondaryIndexes: readonly { readonly indexName: string; readonly partitionKey: string; readonly sortKey: string }[] },
) {
  const keyAttributes = new Set<string>([design.partitionKey, design.sortKey]);
  for (const index of design.globalSecondaryIndexes) keyAttributes.add(index.partitionKey).add(index.sortKey);
  const keySchema = (partitionKey: string, sortKey: string) => [
    { AttributeName: partitionKey, KeyType: 'HASH' as const },
    { AttributeName: sortKey, KeyType: 'RANGE' as const },
  ];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: [...keyAttributes].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
    KeySchema: keySchema(design.partitionKey, design.sortKey),
    GlobalSecondaryIndexes: design.globalSecondaryIndexes.map((index) => ({ IndexName: index.indexName, KeySchema: keySchema(index.partitionKey, index.sortKey), Projection: { ProjectionType: 'ALL' as const } })),
  };
}
