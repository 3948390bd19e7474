/**
 * Reports. A report waiting for its reminders is in the sparse OPEN_REPORTS index, so the daily
 * sweep reads only reports due soon or overdue, never the table. What a sweep decides for a
 * report (its status, the step it sends, the steps it skips) is one versioned write in the same
 * transaction as the letter's event: a sweep that runs twice, or two sweeps at once, send each
 * step once. The sweep clock (the latest sweep's day) lets a late sweep see that a later one
 * has started, and gives scheduling and moved due dates the day their reminders start.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EventEnvelope } from '../event-catalogue.ts';
import type { Principal } from '../platform/auth/principal.ts';
import { visibleTo } from '../platform/auth/tenancy.ts';
import { versionOf, withoutStorageAttributes, type Versioned } from '../platform/dynamodb/query.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import { ConcurrentChangeError } from '../platform/dynamodb/transaction.ts';
import { followsDueDate, type Report, type SweepClock } from './model.ts';

/** Where this capability's items live in the programme's table (the table's whole key space: platform/dynamodb/table-design.ts). */
export const keys = {
  report: (reportId: string) => ({ pk: `REPORT#${reportId}`, sk: 'REPORT' }),
  reportsOfCohort: (cohortId: string, municipalityNumber = '', dueDate = '', reportId = '') => ({
    gsi1pk: `REPORTS#${cohortId}`,
    gsi1sk: municipalityNumber ? `${municipalityNumber}#${dueDate}#${reportId}` : '',
  }),
  reportSweepClock: () => ({ pk: 'REPORT_SWEEP', sk: 'CLOCK' }),
  openReports: (dueDate = '', reportId = '') => ({ gsi2pk: 'OPEN_REPORTS', gsi2sk: dueDate ? `${dueDate}#${reportId}` : '' }),
  /** gsi2 REPORTS_AWAITING_SIGNATURES / <submittedAt>#<id>: the signature sweep's sparse index. */
  reportsAwaitingSignatures: (submittedAt = '', reportId = '') => ({ gsi2pk: 'REPORTS_AWAITING_SIGNATURES', gsi2sk: submittedAt ? `${submittedAt}#${reportId}` : '' }),
} as const;

/** The item of a report; one whose status follows the due date is in the sweep's index until its ladder is done. */
function reportItem(report: Report, remindersDone = false) {
  return {
    ...keys.report(report.id),
    ...keys.reportsOfCohort(report.cohortId, report.municipalityNumber, report.dueDate, report.id),
    ...(followsDueDate(report.status) && !remindersDone ? keys.openReports(report.dueDate, report.id) : {}),
    ...(report.status === 'awaiting-signatures' ? keys.reportsAwaitingSignatures(report.submittedAt ?? report.dueDate, report.id) : {}),
    entity: 'Report',
    ...report,
  };
}

/** A stored report as the contract has it (reports stored before skipped steps and held reminders existed get their defaults). */
function reportOf(item: Record<string, unknown>): Report {
  return withReminderDefaults(withoutStorageAttributes<Report>(item));
}

function withReminderDefaults(report: Report): Report {
  return { ...report, remindersSkipped: report.remindersSkipped ?? [], remindersHeld: report.remindersHeld ?? false };
}

/** The items of newly scheduled reports, in the sweep's index (what insertNew writes; bulk loads write them in batches). */
export function newReportItems(reports: readonly Report[]): Record<string, unknown>[] {
  return reports.map((r) => ({ ...reportItem(r), version: 1 }));
}

export class ReportsRepository {
  readonly table: Table;

  constructor(table: Table) {
    this.table = table;
  }

  /** Stores a participant's reports all at once; false when they were scheduled before. */
  insertNew(reports: readonly Report[]): Promise<boolean> {
    return this.table.transactIfConditionsHold(
      newReportItems(reports).map((Item) => ({ Put: { TableName: this.table.name, Item, ConditionExpression: 'attribute_not_exists(pk)' } })),
    );
  }

  async get(id: string): Promise<Versioned<Report> | undefined> {
    const read = await this.table.get<Report>(keys.report(id));
    return read && { value: withReminderDefaults(read.value), version: read.version };
  }

  /** The report if the principal may see it (a municipality: its own); otherwise 404, never revealing that it exists. */
  visibleReport(principal: Principal | undefined, id: string): Promise<Versioned<Report>> {
    return visibleTo(principal, this.get(id), `No report ${id}`);
  }

  /**
   * Replaces a report read at `version`, with its events (ConcurrentChangeError when it changed
   * since); its status says whether it stays in (or returns to) the sweep's index, and
   * `remindersDone` (every ladder step sent or skipped) takes it out.
   */
  async save(report: Versioned<Report>, events: readonly EventEnvelope[] = [], { remindersDone = false } = {}): Promise<void> {
    await this.table.transact([this.table.putVersioned({ ...reportItem(report.value, remindersDone), version: report.version }, `Report ${report.value.id}`)], events);
  }

  /**
   * Runs `change` on the report (`first` as already read, else read now), and when it lost a race
   * (ConcurrentChangeError: the report changed since it was read) reads it again and runs it
   * afresh, up to `attempts` times in all. `change` gets undefined for a report that does not
   * exist. Undefined when every attempt lost.
   */
  async withRereads<T>(id: string, attempts: number, change: (current: Versioned<Report> | undefined) => Promise<T>, first?: Versioned<Report>): Promise<T | undefined> {
    let current = first ?? (await this.get(id));
    for (let attempt = 0; attempt < attempts; attempt++) {
      try {
        return await change(current);
      } catch (error) {
        if (!(error instanceof ConcurrentChangeError)) throw error;
        current = await this.get(id);
      }
    }
    return undefined;
  }

  /** Reports in the sweep's index due on or before `day`, oldest first. */
  async openDueBy(day: string): Promise<Versioned<Report>[]> {
    const items = await this.table.query({
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk <= :last',
      ExpressionAttributeValues: { ':pk': keys.openReports().gsi2pk, ':last': `${day}~` },
    });
    return items.map((item) => ({ value: reportOf(item), version: versionOf(item) }));
  }

  /** Reports awaiting signatures (the sparse index; never the table), oldest submission first. */
  async awaitingSignatures(): Promise<Versioned<Report>[]> {
    const items = await this.table.queryIndex('gsi2', keys.reportsAwaitingSignatures().gsi2pk);
    return items.map((item) => ({ value: reportOf(item), version: versionOf(item) }));
  }

  /** A cohort's reports, by municipality and due date; only one municipality's when given. */
  async ofCohort(cohortId: string, municipalityNumber?: string): Promise<Report[]> {
    const { gsi1pk } = keys.reportsOfCohort(cohortId);
    const items = municipalityNumber
      ? await this.table.query({
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :municipality)',
          ExpressionAttributeValues: { ':pk': gsi1pk, ':municipality': `${municipalityNumber}#` },
        })
      : await this.table.queryIndex('gsi1', gsi1pk);
    return items.map(reportOf);
  }

  /** The sweep clock as it is now (strongly consistent); undefined before the first sweep. */
  async readSweepClock(): Promise<SweepClock | undefined> {
    const { Item } = await this.table.client.send(new GetCommand({ TableName: this.table.name, Key: keys.reportSweepClock(), ConsistentRead: true }));
    return Item ? { day: String(Item.day), at: String(Item.at) } : undefined;
  }

  /**
   * A sweep of `day` starting at `at` moves the clock to its day, unless a sweep of that day or a
   * later one moved it already; resolves to the clock as it is then (a later day: this sweep is late).
   */
  async advanceSweepClock(day: string, at: string): Promise<SweepClock> {
    try {
      await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: keys.reportSweepClock(),
          UpdateExpression: 'SET #day = :day, #at = :at, entity = :entity',
          ConditionExpression: 'attribute_not_exists(#day) OR #day < :day',
          ExpressionAttributeNames: { '#day': 'day', '#at': 'at' },
          ExpressionAttributeValues: { ':day': day, ':at': at, ':entity': 'ReportSweepClock' },
        }),
      );
      return { day, at };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      return (await this.readSweepClock())!;
    }
  }
}

let bound: ReportsRepository | undefined;

/** The reports of this deployment's table, bound on first use and kept for the container's life. */
export const reportsRepository = (): ReportsRepository => (bound ??= new ReportsRepository(programmeTable()));

