/**
 * Storing a sweep's decision against DynamoDB Local: it goes onto the report as read by the
 * sweep, never onto a report that changed since (a moved due date re-weighs the reminders; the
 * sweep's stale history and status must not overwrite it); a report whose ladder is done
 * leaves the sweep's index; the sweep clock only moves forward.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportsRepository } from '../../shared/reports/index.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { ConcurrentChangeError } from '../../shared/platform/dynamodb/transaction.ts';
import type { Report } from '../../shared/reports/model.ts';
import { createTestTable } from '../support/table.ts';

let tableName: string;
const reports = () => new ReportsRepository(new Table(tableName));
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
  remindersSkipped: [],
  remindersFrom: '2025-01-02',
  remindersHeld: false,
  history: [{ at: '2025-01-01T00:00:00.000Z', status: 'upcoming', dueDate: '2025-03-01' }],
});

const inIndex = async (id: string) => (await reports().openDueBy('2025-12-31')).some((r) => r.value.id === id);

describe('storing a sweep’s decision', () => {
  it('refuses a decision when the report changed after the sweep read it (a due date moved meanwhile)', async () => {
    await reports().insertNew([report('r-2')]);
    const [read] = (await reports().openDueBy('2025-03-31')).filter((r) => r.value.id === 'r-2');
    const moved = { ...read!.value, dueDate: '2025-04-01', history: [...read!.value.history, { at: '2025-02-14T00:00:00.000Z', status: 'upcoming' as const, dueDate: '2025-04-01' }] };
    await reports().save({ value: moved, version: read!.version });

    const swept = { ...read!.value, remindersSent: ['before-14'], history: [...read!.value.history, { at: '2025-02-15T05:00:00.000Z', status: 'upcoming' as const, reminderSent: 'before-14' }] };
    await expect(reports().save({ value: swept, version: read!.version })).rejects.toBeInstanceOf(ConcurrentChangeError);
    const stored = (await reports().get('r-2'))!.value;
    expect(stored.dueDate).toBe('2025-04-01');
    expect(stored.remindersSent).toEqual([]);
    expect(stored.history).toEqual(moved.history);
  });

  it('takes a report whose every step is sent or skipped out of the sweep’s index, and a moved one back in', async () => {
    await reports().insertNew([report('r-3')]);
    expect(await inIndex('r-3')).toBe(true);
    const read = (await reports().get('r-3'))!;
    const finished = { ...read.value, status: 'overdue' as const, remindersSent: ['escalation-21'], remindersSkipped: ['before-14', 'before-3', 'due-day', 'after-7'] };
    await reports().save({ value: finished, version: read.version }, [], { remindersDone: true });
    expect(await inIndex('r-3')).toBe(false);
    await reports().save({ value: { ...finished, dueDate: '2025-06-01', status: 'upcoming', remindersSkipped: [] }, version: read.version + 1 });
    expect(await inIndex('r-3')).toBe(true);
  });

  it('reads a report stored before skipped steps existed with their defaults', async () => {
    const { remindersSkipped: _s, remindersHeld: _h, remindersFrom: _f, ...old } = report('r-old');
    await reports().insertNew([old as Report]);
    expect((await reports().get('r-old'))!.value).toMatchObject({ remindersSkipped: [], remindersHeld: false });
  });
});

describe('the sweep clock', () => {
  it('moves only forward: a late sweep of an earlier day finds the later day', async () => {
    expect(await reports().readSweepClock()).toBeUndefined();
    expect(await reports().advanceSweepClock('2025-03-02', '2026-01-01T05:00:00.000Z')).toEqual({ day: '2025-03-02', at: '2026-01-01T05:00:00.000Z' });
    expect(await reports().advanceSweepClock('2025-03-01', '2026-01-01T05:00:01.000Z')).toEqual({ day: '2025-03-02', at: '2026-01-01T05:00:00.000Z' });
    // A repeat of the same day keeps the first start.
    expect(await reports().advanceSweepClock('2025-03-02', '2026-01-01T05:30:00.000Z')).toEqual({ day: '2025-03-02', at: '2026-01-01T05:00:00.000Z' });
    expect(await reports().advanceSweepClock('2025-03-03', '2026-01-02T05:00:00.000Z')).toMatchObject({ day: '2025-03-03' });
  });
});
