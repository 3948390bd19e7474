/**
 * Reports. A report waiting for its reminders is in the sparse OPEN_REPORTS index, so the daily
 * sweep reads only reports due soon or overdue, never the table. Each reminder step is recorded
 * on the report with a conditional update in the same transaction as its event: a sweep that
 * runs twice, or two sweeps at once, send each step once.
 */
import type { EventEnvelope } from '../../contracts/events.ts';
import type { Report } from '../../contracts/reports.ts';
import { DATED_STATUSES, followsDueDate } from '../../domain/report.ts';
import { getVersioned, queryAll, queryIndex, type Versioned, versionOf, withoutStorageAttributes } from './query.ts';
import { keys } from './table-design.ts';
import { putVersioned, transact, transactIfConditionsHold } from './transaction.ts';

/** The item of a report; one whose status follows the due date is in the sweep's index. */
function reportItem(report: Report) {
  return {
    ...keys.report(report.id),
    ...keys.reportsOfCohort(report.cohortId, report.municipalityNumber, report.dueDate, report.id),
    ...(followsDueDate(report.status) ? keys.openReports(report.dueDate, report.id) : {}),
    entity: 'Report',
    ...report,
  };
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

export function getReport(tableName: string, id: string): Promise<Versioned<Report> | undefined> {
  return getVersioned<Report>(tableName, keys.report(id));
}

/** Replaces a report read at `version`, with its events; its status says whether it stays in (or returns to) the sweep's index. */
export async function saveReport(tableName: string, report: Versioned<Report>, events: readonly EventEnvelope[] = []): Promise<void> {
  await transact(tableName, [putVersioned(tableName, { ...reportItem(report.value), version: report.version }, `Report ${report.value.id}`)], events);
}

/**
 * Records one reminder step with its event on the report read at `version`, unless the report
 * changed since (a submission, a moved due date: the next sweep sees it), the step was recorded
 * already or the report no longer waits for a submission; false then. `done` takes the report
 * out of the sweep's index.
 */
export async function recordReminder(
  tableName: string,
  report: { id: string; version: number; status: Report['status']; history: Report['history'] },
  stepId: string,
  done: boolean,
  event: EventEnvelope,
): Promise<boolean> {
  return transactIfConditionsHold(
    tableName,
    [
      {
        Update: {
          TableName: tableName,
          Key: keys.report(report.id),
          UpdateExpression: `SET #status = :status, remindersSent = list_append(remindersSent, :step), history = :history ADD #version :one${done ? ' REMOVE gsi2pk, gsi2sk' : ''}`,
          // Only while the status still follows the due date (not submitted meanwhile).
          ConditionExpression: `#version = :version AND NOT contains(remindersSent, :stepId) AND #status IN (${DATED_STATUSES.map((_, i) => `:dated${i}`).join(', ')})`,
          ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
          ExpressionAttributeValues: {
            ':status': report.status,
            ':step': [stepId],
            ':stepId': stepId,
            ':history': report.history,
            ':one': 1,
            ':version': report.version,
            ...Object.fromEntries(DATED_STATUSES.map((status, i) => [`:dated${i}`, status])),
          },
        },
      },
    ],
    [event],
  );
}

/** Reports in the sweep's index due on or before `day`, oldest first. */
export async function openReportsDueBy(tableName: string, day: string): Promise<Versioned<Report>[]> {
  const items = await queryAll({
    TableName: tableName,
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk <= :last',
    ExpressionAttributeValues: { ':pk': keys.openReports().gsi2pk, ':last': `${day}~` },
  });
  return items.map((item) => ({ value: withoutStorageAttributes<Report>(item), version: versionOf(item) }));
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
  return items.map((i) => withoutStorageAttributes<Report>(i));
}
