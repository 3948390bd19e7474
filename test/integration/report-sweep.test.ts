/**
 * The daily sweep against DynamoDB Local, called as the Lambda runtime calls it. A report gets
 * at most one letter per sweep (the latest step that has come; the others recorded as
 * skipped), and sweeps at once (EventBridge Scheduler delivers at least once; a late sweep can
 * meet the next day's) must between them send at most the right step, whatever order their
 * writes land in. The sweep clock is one per table: each test sweeps later days than the last.
 */
import type { ScheduledEvent } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler as runReportSweep } from '../../functions/reports/run-report-sweep.ts';
import { ReportsRepository } from '../../shared/reports/index.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import type { Report } from '../../shared/reports/model.ts';
import { lambdaContext } from '../support/http-events.ts';
import { createTestTable } from '../support/table.ts';

let tableName: string;
const reports = () => new ReportsRepository(new Table(tableName));
beforeAll(async () => {
  ({ tableName } = await createTestTable());
});

const report = (id: string, dueDate: string): Report => ({
  id,
  cohortId: 'cohort-sweep',
  cohortName: 'Pulje 9',
  municipalityNumber: '1721',
  municipalityName: 'Verdal',
  type: 'status-report',
  title: 'Statusrapport',
  dueDate,
  status: 'upcoming',
  remindersSent: [],
  remindersSkipped: [],
  remindersFrom: '2031-01-01',
  remindersHeld: false,
  history: [{ at: '2031-01-01T00:00:00.000Z', status: 'upcoming', dueDate }],
});

function sweepOn(day: string): ScheduledEvent {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '000000000000',
    time: `${day}T05:00:00Z`,
    region: 'eu-north-1',
    resources: ['arn:aws:events:eu-north-1:000000000000:rule/report-due-sweep'],
    detail: {},
  } as ScheduledEvent;
}

const sweep = (day: string) => runReportSweep(sweepOn(day), lambdaContext('runReportSweep'));


describe('the report sweep', () => {
  it('sends at most the right step when the due day’s sweep, a repeat of it and a later one run at the same time', async () => {
    const DUE = '2031-03-10';
    const ids = Array.from({ length: 12 }, (_, i) => `sweep-race-${i}`);
    await reports().insertNew(ids.map((id) => report(id, DUE)));

    // A repeated delivery of the due day's sweep (another event id), and the sweep eight days later: the later one owns the reports.
    await Promise.all([DUE, DUE, '2031-03-18'].map(sweep));

    for (const id of ids) {
      const stored = (await reports().get(id))!.value;
      // One letter: 7 days after (worded "8 days late"); the due day's sweep, superseded, sent nothing.
      expect(stored.remindersSent, id).toEqual(['after-7']);
      expect(stored.remindersSkipped.toSorted(), id).toEqual(['before-14', 'before-3', 'due-day']);
      expect(stored.status, id).toBe('overdue');
      expect(stored.history.at(-1), id).toMatchObject({ status: 'overdue', reminderSent: 'after-7', remindersSkipped: ['before-14', 'before-3', 'due-day'] });
    }
    expect(await reports().readSweepClock()).toMatchObject({ day: '2031-03-18' });
  });

  it('does nothing when a late sweep of an earlier day comes after a later one', async () => {
    const due = '2031-04-10';
    await reports().insertNew([report('late-sweep', due)]);
    await sweep('2031-03-27'); // 14 days before
    expect((await reports().get('late-sweep'))!.value.remindersSent).toEqual(['before-14']);
    await sweep('2031-03-20'); // a delivery of a week-old sweep: superseded
    await sweep('2031-03-27'); // a repeat of the same day: nothing left
    const stored = (await reports().get('late-sweep'))!.value;
    expect(stored.remindersSent).toEqual(['before-14']);
    expect(stored.remindersSkipped).toEqual([]);
  });

  it('after a missed week sends one letter, the current step, and records the others as skipped', async () => {
    const due = '2031-05-10';
    await reports().insertNew([report('missed-week', due)]);
    await sweep('2031-04-26'); // 14 days before: sent
    // No sweep from 27 April to 11 May.
    await sweep('2031-05-12');
    const stored = (await reports().get('missed-week'))!.value;
    expect(stored.remindersSent).toEqual(['before-14', 'due-day']);
    expect(stored.remindersSkipped).toEqual(['before-3']);
    expect(stored.history.filter((h) => h.reminderSent).map((h) => `${h.reminderSent} ${h.remindersSkipped ?? []}`)).toEqual(['before-14 ', 'due-day before-3']);
  });

  it('never reminds about a held report, and one past due at its first sweep becomes held', async () => {
    await reports().insertNew([
      { ...report('held', '2031-05-01'), remindersFrom: '2031-05-13', remindersHeld: true, status: 'overdue' },
      // Scheduled before the sweep clock knew a day (remindersFrom unset), already past due.
      { ...report('unset-past-due', '2031-05-02'), remindersFrom: undefined as unknown as string },
    ]);
    await sweep('2031-05-13');
    for (const id of ['held', 'unset-past-due']) {
      const stored = (await reports().get(id))!.value;
      expect(stored, id).toMatchObject({ remindersSent: [], remindersSkipped: [], remindersHeld: true, status: 'overdue' });
    }
  });
});
