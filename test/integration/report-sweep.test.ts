/**
 * The daily sweep against DynamoDB Local, called as the Lambda runtime calls it. Two sweeps at
 * once (EventBridge Scheduler delivers at least once; a late sweep can meet the next day's) must
 * between them record every step that is due, each once, whatever order their writes land in.
 */
import type { ScheduledEvent } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler as runReportSweep } from '../../functions/reports/run-report-sweep.ts';
import { getReport, insertReports } from '../../shared/adapters/dynamodb/reports-repository.ts';
import type { Report } from '../../shared/contracts/reports.ts';
import { lambdaContext } from '../support/http-events.ts';
import { createTestTable } from '../support/table.ts';

let tableName: string;
beforeAll(async () => {
  ({ tableName } = await createTestTable());
});

const DUE = '2031-03-10';
const report = (id: string): Report => ({
  id,
  cohortId: 'cohort-sweep',
  cohortName: 'Pulje 9',
  municipalityNumber: '1721',
  municipalityName: 'Verdal',
  type: 'status-report',
  title: 'Statusrapport',
  dueDate: DUE,
  status: 'upcoming',
  remindersSent: [],
  history: [{ at: '2031-01-01T00:00:00.000Z', status: 'upcoming', dueDate: DUE }],
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

describe('the report sweep', () => {
  it('records every due step once when the due day’s sweep, a repeat of it and a later one run at the same time', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `sweep-race-${i}`);
    await insertReports(tableName, ids.map(report));

    // A repeated delivery of the due day's sweep (another event id), and the due day's sweep owes before-14, before-3 and due-day; eight days later also after-7.
    await Promise.all([DUE, DUE, '2031-03-18'].map((day) => runReportSweep(sweepOn(day), lambdaContext('runReportSweep'))));

    for (const id of ids) {
      const stored = (await getReport(tableName, id))!.value;
      expect(stored.remindersSent.toSorted(), id).toEqual(['after-7', 'before-14', 'before-3', 'due-day']);
      expect(stored.status, id).toBe('overdue');
    }
  });
});
