import { DeleteTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { ensureTable } from '../../local/create-table.ts';
import { auditTableFor } from '../../shared/platform/audit/design.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local/environment.ts';
import { MunicipalitiesRepository } from '../../shared/municipalities/index.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import type { Municipality } from '../../shared/municipalities/model.ts';

/** Creates this test file's table (name from the setup file) and returns its name. */
export async function createTestTable(): Promise<{ tableName: string; streamArn: string }> {
  const tableName = process.env.TABLE_NAME!;
  const client = new DynamoDBClient({ endpoint: process.env.AWS_ENDPOINT_URL_DYNAMODB!, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const { streamArn } = await ensureTable(client, tableName);
  client.destroy();
  return { tableName, streamArn };
}

/**
 * Drops this test file's table when the file is done. The run shares one DynamoDB Local, and a
 * file that leaves 100,000 items and their stream behind (the 50,000-row upload) made every later
 * file several times slower.
 */
export async function deleteTestTable(endpoint = process.env.AWS_ENDPOINT_URL_DYNAMODB!, tableName = process.env.TABLE_NAME!): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  try {
    for (const name of [tableName, auditTableFor(tableName)]) {
      try {
        await client.send(new DeleteTableCommand({ TableName: name }));
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      }
    }
  } finally {
    client.destroy();
  }
}

export const verdal: Municipality = {
  number: '1721',
  name: 'Verdal',
  countyNumber: '17',
  countyName: 'Nord-Trøndelag',
  validFrom: '2006-01-01',
  writtenStandard: 'bokmal',
};

export const nynorskMunicipality: Municipality = {
  number: '1431',
  name: 'Jølster',
  countyNumber: '14',
  countyName: 'Sogn og Fjordane',
  validFrom: '2006-01-01',
  writtenStandard: 'nynorsk',
};

export async function seedTestMunicipalities(tableName: string, municipalities: Municipality[] = [verdal, nynorskMunicipality]) {
  await new MunicipalitiesRepository(new Table(tableName)).putAll(municipalities);
}
