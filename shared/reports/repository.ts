/**
 * Reports. A report waiting for its reminders is in the sparse OPEN_REPORTS index, so the daily
 * sweep reads only reports due soon or overdue, never the table. What a sweep decides for a
 * report (its status, the step it sends, the steps it skips) is one versioned write in the same
 * transaction as the letter's event: a sweep that runs twice, or two sweeps at once, send each
 * step once. The sweep clock (the latest sweep's day) lets a late sweep see that a later one
 * has started, and gives scheduling and moved due dates the day their reminders start.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { EventEnvelope } from '../event-catalogue.ts';
import type { Principal } from '../platform/auth/principal.ts';
import { visibleTo } from '../platform/http/access.ts';
import type { Report } from './contract.ts';
import { followsDueDate } from './model.ts';
import type { SweepClock } from './reminders.ts';
import { documentClient } from '../platform/dynamodb/client.ts';
import { getVersioned, queryAll, queryIndex, type Versioned, versionOf, withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { keys } from '../platform/dynamodb/table-design.ts';
import { putVersioned, transact, transactIfConditionsHold } from '../platform/dynamodb/transaction.ts';

/** The item of a report; one whose status follows the due date is in the sweep's index until its ladder is done. */
function reportItem(report: Report, remindersDone = false) {
  return {
    ...keys.report(report.id),
    ...keys.reportsOfCohort(report.cohortId, report.municipalityNumber, report.dueDate, report.id),
    ...(followsDueDate(report.status) && !remindersDone ? keys.openReports(report.dueDate, report.id) : {}),
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

/** The items of newly scheduled reports, in the sweep's index (what insertReports writes; bulk loads write them in batches). */
export function newReportItems(reports: readonly Report[]): Record<string, unknown>[] {
  return reports.map((r) => ({ ...reportItem(r), version: 1 }));
}

/** Stores a participant's reports all at once; false when they were scheduled before. */
export function insertReports(tableName: string, reports: readonly Report[]): Promise<boolean> {
  return transactIfConditionsHold(
    tableName,
    newReportItems(reports).map((Item) => ({ Put: { TableName: tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' } })),
  );
}

export async function getReport(tableName: string, id: string): Promise<Versioned<Report> | undefined> {
  const read = await getVersioned<Report>(tableName, keys.report(id));
  return read && { value: withReminderDefaults(read.value), version: read.version };
}

/**
 * Replaces a report read at `version`, with its events (ConcurrentChangeError when it changed
 * since); its status says whether it stays in (or returns to) the sweep's index, and
 * `remindersDone` (every ladder step sent or skipped) takes it out.
 */
export async function saveReport(tableName: string, report: Versioned<Report>, events: readonly EventEnvelope[] = [], { remindersDone = false } = {}): Promise<void> {
  await transact(tableName, [putVersioned(tableName, { ...reportItem(report.value, remindersDone), version: report.version }, `Report ${report.value.id}`)], events);
}

/** Reports in the sweep's index due on or before `day`, oldest first. */
export async function openReportsDueBy(tableName: string, day: string): Promise<Versioned<Report>[]> {
  const items = await queryAll({
    TableName: tableName,
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk <= :last',
    ExpressionAttributeValues: { ':pk': keys.openReports().gsi2pk, ':last': `${day}~` },
  });
  return items.map((item) => ({ value: reportOf(item), version: versionOf(item) }));
}

/** A cohort's reports, by municipality and due date; only one municipality's when given. */
export async function reportsOfCohort(tableName: string, cohortId: string, municipalityNumber?: string): Promise<Report[]> {
  const { gsi1pk } = keys.reportsOfCohort(cohortId);
  const items = municipalityNumber
    ? await queryAll({
        TableName: tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :municipality)',
        ExpressionAttributeValues: { ':pk': gsi1pk, ':municipality': `${municipalityNumber}#` },
      })
    : await queryIndex(tableName, 'gsi1', gsi1pk);
  return items.map(reportOf);
}

/** The sweep clock as it is now (strongly consistent); undefined before the first sweep. */
export async function readSweepClock(tableName: string): Promise<SweepClock | undefined> {
  const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: keys.reportSweepClock(), ConsistentRead: true }));
  return Item ? { day: String(Item.day), at: String(Item.at) } : undefined;
}

/**
 * A sweep of `day` starting at `at` moves the clock to its day, unless a sweep of that day or a
 * later one moved it already; resolves to the clock as it is then (a later day: this sweep is late).
 */
export async function advanceSweepClock(tableName: string, day: string, at: string): Promise<SweepClock> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName,
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
    return (await readSweepClock(tableName))!;
  }
}

/** The report if the principal may see it (a municipality: its own); otherwise 404, never revealing that it exists. */
export function visibleReport(tableName: string, principal: Principal | undefined, id: string): Promise<Versioned<Report>> {
  return visibleTo(principal, getReport(tableName, id), `No report ${id}`);
}
