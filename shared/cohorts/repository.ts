import type { Gathering } from './contract.ts';
import type { EventEnvelope } from '../event-catalogue.ts';
import type { CohortRecord } from './model.ts';
import { refuse } from '../platform/refusal.ts';
import { getVersioned, queryIndex, queryPrefix, type Versioned, versionOf, withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { keys } from '../platform/dynamodb/table-design.ts';
import { putNew, putVersioned, transact } from '../platform/dynamodb/transaction.ts';

export type { CohortRecord };


function cohortItem(cohort: CohortRecord, version: number) {
  return { ...keys.cohort(cohort.id), ...keys.cohortsByStart(cohort.startDate, cohort.id), entity: 'Cohort', version, ...cohort };
}

export async function insertCohort(tableName: string, cohort: CohortRecord, events: readonly EventEnvelope[] = []): Promise<void> {
  await transact(tableName, [putNew(tableName, { ...cohortItem(cohort, 1) }, () => refuse.conflict(`Cohort ${cohort.id} exists`))], events);
}

export function getCohort(tableName: string, cohortId: string): Promise<Versioned<CohortRecord> | undefined> {
  return getVersioned<CohortRecord>(tableName, keys.cohort(cohortId));
}

/** The cohort, or a not-found refusal. */
export async function requireCohort(tableName: string, cohortId: string): Promise<Versioned<CohortRecord>> {
  const cohort = await getCohort(tableName, cohortId);
  if (!cohort) throw refuse.notFound(`No cohort ${cohortId}`);
  return cohort;
}

export async function listCohorts(tableName: string): Promise<CohortRecord[]> {
  return (await queryIndex(tableName, 'gsi1', keys.cohortsByStart().gsi1pk)).map((item) => withoutStorageAttributes<CohortRecord>(item));
}

/** Replaces the cohort if nobody changed it since `version`, with the events of the change. */
export async function saveCohort(tableName: string, cohort: Versioned<CohortRecord>, events: readonly EventEnvelope[]): Promise<void> {
  await transact(tableName, [putVersioned(tableName, cohortItem(cohort.value, cohort.version), `Cohort ${cohort.value.id}`)], events);
}

export async function listGatherings(tableName: string, cohortId: string): Promise<Versioned<Gathering>[]> {
  const items = await queryPrefix(tableName, keys.gathering(cohortId).pk, 'GATHERING#');
  return items
    .map((item) => ({ value: withoutStorageAttributes<Gathering & { cohortId?: string }>(item), version: versionOf(item) }))
    .map(({ value: { cohortId: _c, ...gathering }, version }) => ({ value: gathering, version }))
    .sort((a, b) => a.value.date.localeCompare(b.value.date));
}

/** One gathering of a cohort, read to be changed. */
export async function getGathering(tableName: string, cohortId: string, gatheringId: string): Promise<Versioned<Gathering> | undefined> {
  const read = await getVersioned<Gathering & { cohortId?: string }>(tableName, keys.gathering(cohortId, gatheringId));
  if (!read) return undefined;
  const { cohortId: _cohort, ...gathering } = read.value;
  return { value: gathering, version: read.version };
}

/** Adds (version 0) or replaces (optimistic locking) a gathering, with its event. */
export async function saveGathering(tableName: string, cohortId: string, gathering: Versioned<Gathering>, events: readonly EventEnvelope[]): Promise<void> {
  const item = { ...keys.gathering(cohortId, gathering.value.id), entity: 'Gathering', cohortId, ...gathering.value };
  const step =
    gathering.version === 0
      ? putNew(tableName, { ...item, version: 1 }, () => refuse.conflict(`Gathering ${gathering.value.id} exists`))
      : putVersioned(tableName, { ...item, version: gathering.version }, `Gathering ${gathering.value.id}`);
  await transact(tableName, [step], events);
}
