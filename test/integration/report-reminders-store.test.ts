/**
 * Recording a reminder step against DynamoDB Local: it goes onto the report as read by the
 * sweep, never onto a report that changed since (a moved due date resets the reminders; the
 * sweep's stale history and status must not overwrite it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getReport, insertReports, openReportsDueBy, recordReminder, saveReport } from '../../shared/adapters/dynamodb/reports-repository.ts';
import type { Report } from '../../shared/contracts/reports.ts';
import { newEvent } from '../../shared/events/outbox.ts';
import { createTestTable } from '../support/table.ts';

let tableName: string;
beforeAll(async () => {
  ({ tableName } = await createTestTable());
});

const report = (id: string): Report => ({
  id,
  cohortId: 'cohort-1',
  cohortName: 'Pulje 1',
  municipalityNumber: '1721',
  municipalityName: 'Verdal',
  type: 'project-plan',
  title: 'Prosjektplan',
  dueDate: '2025-03-01',
  status: 'upcoming',
  remindersSent: [],
  history: [{ at: '2025-01-01T00:00:00.000Z', status: 'upcoming', dueDate: '2025-03-01' }],
});
const reminder = (reportId: string, stepId: string) =>
  newEvent('ReportDue', { reportId, dueDate: '2025-03-01', stepId, daysFromDue: -14, notify: ['project-leader'], sweptOn: '2025-02-15' }, { correlationId: 'c', now: new Date() });

describe('recording a reminder step', () => {
  it('records steps one version after another on the report the sweep read', async () => {
    await insertReports(tableName, [report('r-1')]);
    const [read] = (await openReportsDueBy(tableName, '2025-03-31')).filter((r) => r.value.id === 'r-1');
    const { status, history } = read!.value;
    expect(await recordReminder(tableName, { id: 'r-1', version: read!.version, status, history }, 'd-14', false, reminder('r-1', 'd-14'))).toBe(true);
    expect(await recordReminder(tableName, { id: 'r-1', version: read!.version + 1, status, history }, 'd-3', false, reminder('r-1', 'd-3'))).toBe(true);
    expect((await getReport(tableName, 'r-1'))!.value.remindersSent).toEqual(['d-14', 'd-3']);
  });

  it('refuses a step when the report changed after the sweep read it (a due date moved meanwhile)', async () => {
    await insertReports(tableName, [report('r-2')]);
    const [read] = (await openReportsDueBy(tableName, '2025-03-31')).filter((r) => r.value.id === 'r-2');
    const moved = { ...read!.value, dueDate: '2025-04-01', history: [...read!.value.history, { at: '2025-02-14T00:00:00.000Z', status: 'upcoming' as const, dueDate: '2025-04-01' }] };
    await saveReport(tableName, { value: moved, version: read!.version });

    const { status, history } = read!.value;
    expect(await recordReminder(tableName, { id: 'r-2', version: read!.version, status, history }, 'd-14', false, reminder('r-2', 'd-14'))).toBe(false);
    const stored = (await getReport(tableName, 'r-2'))!.value;
    expect(stored.dueDate).toBe('2025-04-01');
    expect(stored.remindersSent).toEqual([]);
    expect(stored.history).toEqual(moved.history);
  });
});
