/**
 * Cohorts in the programme table, bound to it once: `cohortsRepository()` in
 * a handler, `new CohortsRepository(new Table(name))` in a test.
 */
import type { EventEnvelope } from '../event-catalogue.ts';
import { acceptsApplications, COHORT_STATUSES, type CohortRecord } from './model.ts';
import type { TransactionStep } from '../platform/dynamodb/transaction.ts';
import { refuse } from '../platform/refusal.ts';
import { withoutStorageAttributes, type Versioned } from '../platform/dynamodb/query.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';

export const keys = {
  /** pk COHORT#<id>, sk COHORT (applications' guard items check the cohort by this key too). */
  cohort: (cohortId: string) => ({ pk: `COHORT#${cohortId}`, sk: 'COHORT' }),
  /** gsi1 COHORTS / <startDate>#<id>: every cohort by start date. */
  cohortsByStart: (startDate = '', cohortId = '') => ({ gsi1pk: 'COHORTS', gsi1sk: startDate ? `${startDate}#${cohortId}` : '' }),
};

function cohortItem(cohort: CohortRecord, version: number) {
  return { ...keys.cohort(cohort.id), ...keys.cohortsByStart(cohort.startDate, cohort.id), entity: 'Cohort', version, ...cohort };
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

}

let bound: CohortsRepository | undefined;

/** The deployment's cohorts (TABLE_NAME), bound on first use. */
export const cohortsRepository = (): CohortsRepository => (bound ??= new CohortsRepository(programmeTable()));


