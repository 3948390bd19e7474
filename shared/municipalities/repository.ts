import { BatchGetCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Municipality } from './model.ts';
import { refuse } from '../platform/refusal.ts';
import { batchWriteAll } from '../platform/dynamodb/batch-writer.ts';
import { documentClient } from '../platform/dynamodb/client.ts';
import { queryIndex, withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { keys } from '../platform/dynamodb/table-design.ts';

/** Reads one municipality by number; undefined when the number is unknown. */
export async function getMunicipality(tableName: string, municipalityNumber: string): Promise<Municipality | undefined> {
  const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: keys.municipality(municipalityNumber) }));
  return Item ? withoutStorageAttributes<Municipality>(Item) : undefined;
}

/** The whole register in number order: one GSI partition of ~430 small items. */
export async function listMunicipalities(tableName: string): Promise<Municipality[]> {
  return (await queryIndex(tableName, 'gsi1', keys.register().gsi1pk)).map((item) => withoutStorageAttributes<Municipality>(item));
}

/** Several municipalities by number (BatchGetItem, 100 keys per call, unprocessed keys resent). */
export async function getMunicipalities(tableName: string, numbers: readonly string[]): Promise<Map<string, Municipality>> {
  const found = new Map<string, Municipality>();
  const unique = [...new Set(numbers)];
  for (let start = 0; start < unique.length; start += 100) {
    let requestKeys: Record<string, unknown>[] = unique.slice(start, start + 100).map((n) => keys.municipality(n));
    for (let attempt = 0; requestKeys.length > 0; attempt++) {
      if (attempt > 8) throw new Error(`Could not read ${requestKeys.length} municipalities`);
      if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
      const result = await documentClient.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: requestKeys } } }));
      for (const item of result.Responses?.[tableName] ?? []) {
        const municipality = withoutStorageAttributes<Municipality>(item);
        found.set(municipality.number, municipality);
      }
      requestKeys = (result.UnprocessedKeys?.[tableName]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return found;
}

/** Sets the written standard and/or contact address; refuses an unknown number. */
export async function updateMunicipality(
  tableName: string,
  municipalityNumber: string,
  changes: { writtenStandard?: Municipality['writtenStandard']; contactEmail?: string },
): Promise<Municipality> {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets: string[] = [];
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    names[`#${field}`] = field;
    values[`:${field}`] = value;
    sets.push(`#${field} = :${field}`);
  }
  try {
    const { Attributes } = await documentClient.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.municipality(municipalityNumber),
        UpdateExpression: `SET ${sets.join(', ')} ADD #version :one`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { ...names, '#version': 'version' },
        ExpressionAttributeValues: { ...values, ':one': 1 },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return withoutStorageAttributes<Municipality>(Attributes ?? {});
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw refuse.notFound(`No municipality ${municipalityNumber}`);
    throw error;
  }
}

/** Writes (seeds) municipalities into the register; `onProgress` reports counts. */
export async function putMunicipalities(
  tableName: string,
  municipalities: readonly Municipality[],
  onProgress?: (written: number, total: number) => void,
): Promise<void> {
  const items = municipalities.map((m) => ({ ...keys.municipality(m.number), ...keys.register(m.number), entity: 'Municipality', version: 1, ...m }));
  await batchWriteAll(tableName, items, onProgress ? { onProgress } : {});
}
