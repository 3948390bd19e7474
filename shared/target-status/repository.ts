import type { StoredTargetStatus } from '../absence/contract.ts';
import type { EventEnvelope } from '../event-catalogue.ts';
import { getVersioned, queryIndex, type Versioned, withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { keys } from '../platform/dynamodb/table-design.ts';
import { ConcurrentChangeError, putNew, putVersioned, transact } from '../platform/dynamodb/transaction.ts';

export function getTargetStatus(tableName: string, municipalityNumber: string): Promise<Versioned<StoredTargetStatus> | undefined> {
  return getVersioned<StoredTargetStatus>(tableName, keys.targetStatus(municipalityNumber));
}

/** Stores a (re)assessment, with its event when the status changed; version 0 means a first assessment. */
export async function saveTargetStatus(tableName: string, status: Versioned<StoredTargetStatus>, events: readonly EventEnvelope[]): Promise<void> {
  const item = { ...keys.targetStatus(status.value.municipalityNumber), ...keys.allTargetStatuses(status.value.municipalityNumber), entity: 'TargetStatus', ...status.value };
  const step =
    status.version === 0
      ? putNew(tableName, { ...item, version: 1 }, () => new ConcurrentChangeError(`Target status of ${status.value.municipalityNumber}`))
      : putVersioned(tableName, { ...item, version: status.version }, `Target status of ${status.value.municipalityNumber}`);
  await transact(tableName, [step], events);
}

export async function listTargetStatuses(tableName: string): Promise<StoredTargetStatus[]> {
  return (await queryIndex(tableName, 'gsi1', keys.allTargetStatuses().gsi1pk)).map((i) => withoutStorageAttributes<StoredTargetStatus>(i));
}
