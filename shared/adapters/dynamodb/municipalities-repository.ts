import { BatchWriteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Municipality } from '../../domain/municipality.ts';
import { documentClient } from './client.ts';
import { keys } from './table-design.ts';

/** Reads one municipality by number; undefined when the number is unknown. */
export async function getMunicipality(tableName: string, municipalityNumber: string): Promise<Municipality | undefined> {
  const { Item } = await documentClient.send(
    new GetCommand({ TableName: tableName, Key: keys.municipality(municipalityNumber) }),
  );
  return Item ? toMunicipality(Item) : undefined;
}

/**
 * Writes municipalities in batches of 25 (BatchWriteItem's limit), resending unprocessed items
 * with backoff until all are written. Used to seed the register; `onProgress` reports counts.
 */
export async function putMunicipalities(
  tableName: string,
  municipalities: readonly Municipality[],
  onProgress: (written: number, total: number) => void = () => {},
): Promise<void> {
  let written = 0;
  for (let start = 0; start < municipalities.length; start += 25) {
    let requests = municipalities.slice(start, start + 25).map((m) => ({
      PutRequest: { Item: { ...keys.municipality(m.number), type: 'Municipality', ...m } },
    }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt > 8) throw new Error(`Could not write ${requests.length} municipalities after ${attempt} attempts`);
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      const result = await documentClient.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
      requests = (result.UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
    written = Math.min(start + 25, municipalities.length);
    onProgress(written, municipalities.length);
  }
}

function toMunicipality(item: Record<string, unknown>): Municipality {
  return {
    number: String(item.number),
    name: String(item.name),
    countyNumber: String(item.countyNumber),
    countyName: String(item.countyName),
    validFrom: String(item.validFrom),
    ...(typeof item.validTo === 'string' ? { validTo: item.validTo } : {}),
    writtenStandard: item.writtenStandard === 'bokmal' || item.writtenStandard === 'nynorsk' ? item.writtenStandard : 'neutral',
  };
}
