/**
 * Cohorts and their gatherings in the programme table, bound to it once: `cohortsRepository()` in
 * a handler, `new CohortsRepository(new Table(name))` in a test.
 */
import type { Gathering } from './contract.ts';
import type { EventEnvelope } from '../event-catalogue.ts';
import { acceptsApplications, COHORT_STATUSES, type CohortRecord } from './model.ts';
import type { TransactionStep } from '../platform/dynamodb/transaction.ts';
import { refuse } from '../platform/refusal.ts';
import { versionOf, withoutStorageAttributes, type Versioned } from '../platform/dynamodb/query.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';

export const keys = {
  /** pk COHORT#<id>, sk COHORT (applications' guard items check the cohort by this key too). */
  cohort: (cohortId: string) => ({ pk: `COHORT#${cohortId}`, sk: 'COHORT' }),
  /** gsi1 COHORTS / <startDate>#<id>: every cohort by start date. */
  cohortsByStart: (startDate = '', cohortId = '') => ({ gsi1pk: 'COHORTS', gsi1sk: startDate ? `${startDate}#${cohortId}` : '' }),
  /** pk COHORT#<id>, sk GATHERING#<id>: a cohort's calendar, in its partition. */
  gathering: (cohortId: string, gatheringId = '') => ({ pk: `COHORT#${cohortId}`, sk: `GATHERING#${gatheringId}` }),
};

function cohortItem(cohort: CohortRecord, version: number) {
  return { ...keys.cohort(cohort.id), ...keys.cohortsByStart(cohort.startDate, cohort.id), entity: 'Cohort', version, ...cohort };
}

function gatheringItem(cohortId: string, gathering: Gathering) {
  return { ...keys.gathering(cohortId, gathering.id), entity: 'Gathering', cohortId, ...gathering };
}

/** A gathering as read: the item without its storage attributes and its cohort's id. */
function gatheringOf(item: Record<string, unknown>): Gathering {
  const { cohortId: _cohort, ...gathering } = withoutStorageAttributes<Gathering & { cohortId?: string }>(item);
  return gathering;
}

/** The cohort statuses in which an application may be stored. */
const ACCEPTING = /* @__PURE__ */ COHORT_STATUSES.filter(acceptsApplications);

export class CohortsRepository {
  readonly #table: Table;

  constructor(table: Table) {
    this.#table = table;
  }

  /** A step of another transaction that holds only while the cohort accepts applications (an application's insert joins it). */
  acceptsApplicationsStep(cohortId: string): TransactionStep {
    return {
      item: {
        ConditionCheck: {
          TableName: this.#table.name,
          Key: keys.cohort(cohortId),
          // The statuses the domain says accept applications.
          ConditionExpression: `#status IN (${ACCEPTING.map((_, i) => `:accepting${i}`).join(', ')})`,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: Object.fromEntries(ACCEPTING.map((status, i) => [`:accepting${i}`, status])),
        },
      },
      onConditionFailed: () => refuse.conflict('The cohort does not accept applications: it is not open'),
    };
  }

  async insert(cohort: CohortRecord, events: readonly EventEnvelope[] = []): Promise<void> {
    await this.#table.transact([this.#table.putNew(cohortItem(cohort, 1), () => refuse.conflict(`Cohort ${cohort.id} exists`))], events);
  }

  get(cohortId: string): Promise<Versioned<CohortRecord> | undefined> {
    return this.#table.get<CohortRecord>(keys.cohort(cohortId));
  }

  /** The cohort, or a not-found refusal. */
  async require(cohortId: string): Promise<Versioned<CohortRecord>> {
    const cohort = await this.get(cohortId);
    if (!cohort) throw refuse.notFound(`No cohort ${cohortId}`);
    return cohort;
  }

  /** Every cohort, by start date. */
  async list(): Promise<CohortRecord[]> {
    return (await this.#table.queryIndex('gsi1', keys.cohortsByStart().gsi1pk)).map((item) => withoutStorageAttributes<CohortRecord>(item));
  }

  /** Replaces the cohort if nobody changed it since `version`, with the events of the change. */
  async save(cohort: Versioned<CohortRecord>, events: readonly EventEnvelope[] = []): Promise<void> {
    await this.#table.transact([this.#table.putVersioned(cohortItem(cohort.value, cohort.version), `Cohort ${cohort.value.id}`)], events);
  }

  /** The cohort's calendar, in date order. */
  async gatherings(cohortId: string): Promise<Versioned<Gathering>[]> {
    const items = await this.#table.queryPrefix(keys.gathering(cohortId).pk, 'GATHERING#');
    return items.map((item) => ({ value: gatheringOf(item), version: versionOf(item) })).sort((a, b) => a.value.date.localeCompare(b.value.date));
  }

  /** One gathering of a cohort, read to be changed. */
  async gathering(cohortId: string, gatheringId: string): Promise<Versioned<Gathering> | undefined> {
    const read = await this.#table.get<Record<string, unknown>>(keys.gathering(cohortId, gatheringId));
    return read && { value: gatheringOf(read.value), version: read.version };
  }

  /** Adds (version 0) or replaces (optimistic locking) a gathering, with its event. */
  async saveGathering(cohortId: string, gathering: Versioned<Gathering>, events: readonly EventEnvelope[]): Promise<void> {
    const item = gatheringItem(cohortId, gathering.value);
    const step =
      gathering.version === 0
        ? this.#table.putNew({ ...item, version: 1 }, () => refuse.conflict(`Gathering ${gathering.value.id} exists`))
        : this.#table.putVersioned({ ...item, version: gathering.version }, `Gathering ${gathering.value.id}`);
    await this.#table.transact([step], events);
  }
}

let bound: CohortsRepository | undefined;

/** The deployment's cohorts (TABLE_NAME), bound on first use. */
export const cohortsRepository = (): CohortsRepository => (bound ??= new CohortsRepository(programmeTable()));


