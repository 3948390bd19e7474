/**
 * The upload reminder schedule against DynamoDB Local, called as the Lambda runtime calls it:
 * run twice at once, again, and late, it records (with its outbox event) exactly one reminder per
 * participant, quarter and step, none for a participant with figures, none for a municipality
 * admitted after the quarter; and the secretariat's list once per quarter and step.
 * A quarter far from other tests' data (2041Q1); the assertions name only this test's municipalities.
 */
import type { ScheduledEvent } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler as runUploadReminders } from '../../functions/absence/run-upload-reminders.ts';
import { AbsenceRepository, UploadRemindersRepository, SECRETARIAT } from '../../shared/absence/index.ts';
import { acceptUpload } from '../../shared/absence/uploads.ts';
import { ParticipantsRepository } from '../../shared/applications/index.ts';
import { newEvent } from '../../shared/event-catalogue.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { keys } from '../../shared/platform/dynamodb/table-design.ts';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { completeApplication } from '../support/fixtures.ts';
import { lambdaContext } from '../support/http-events.ts';
import { createTestTable } from '../support/table.ts';

let table: Table;
const MISSING = '5006';
const WITH_FIGURES = '5007';
const ADMITTED_LATER = '5014';
const OURS = new Set([MISSING, WITH_FIGURES, ADMITTED_LATER, SECRETARIAT]);

beforeAll(async () => {
  const { tableName } = await createTestTable();
  table = new Table(tableName);
  const participants = new ParticipantsRepository(table);
  const { sickLeaveTarget, projectLeader, focusAreas } = completeApplication();
  const admit = (municipalityNumber: string, admittedOn: string) =>
    participants.admit({ cohortId: 'cohort-reminders', cohortName: 'Pulje 41', municipalityNumber, municipalityName: `Kommune ${municipalityNumber}`, applicationId: `a-${municipalityNumber}`, admittedOn, projectLeader, focusAreas, sickLeaveTarget, goals: [] });
  await table.transact([admit(MISSING, '2041-01-10'), admit(WITH_FIGURES, '2041-03-31'), admit(ADMITTED_LATER, '2041-04-01')]);
  await acceptUpload(new AbsenceRepository(table), [{ municipalityNumber: WITH_FIGURES, period: '2041Q1', lostDays: 50, agreedDays: 1000 }], { uploadedBy: 'test', correlationId: 'c' });
});

const runOn = (day: string) =>
  runUploadReminders(
    { version: '0', id: randomUUID(), 'detail-type': 'Scheduled Event', source: 'aws.events', account: '000000000000', time: `${day}T05:15:00Z`, region: 'eu-north-1', resources: [], detail: {} } as ScheduledEvent,
    lambdaContext('runUploadReminders'),
  );

const getItem = async (key: { pk: string; sk: string }) => (await table.client.send(new GetCommand({ TableName: table.name, Key: key, ConsistentRead: true }))).Item;

const sent = async () => (await new UploadRemindersRepository(table).ofQuarter('2041Q1')).filter((r) => OURS.has(r.recipient)).map((r) => `${r.step}#${r.recipient}`).sort();

describe('the upload reminder schedule', () => {
  it('sends each reminder once, however often and however late it runs', async () => {
    await runOn('2041-04-29'); // the day before the first: nothing
    expect(await sent()).toEqual([]);

    // The first day's run delivered twice at once, then again, then a late run of the first window.
    await Promise.all([runOn('2041-04-30'), runOn('2041-04-30')]);
    await runOn('2041-04-30');
    await runOn('2041-05-10');
    expect(await sent()).toEqual([`first#${MISSING}`, `first#${SECRETARIAT}`]);

    // Days missed: a run nine days after the second's day still sends it, once, and no first again.
    await Promise.all([runOn('2041-05-24'), runOn('2041-05-24'), runOn('2041-05-29')]);
    await runOn('2041-05-30'); // past the late-run window: the quarter is no longer chased
    expect(await sent()).toEqual([`first#${MISSING}`, `first#${SECRETARIAT}`, `second#${MISSING}`, `second#${SECRETARIAT}`]);

    // A claim of a reminder already sent writes nothing (the condition), and so queues no second event.
    const again = await new UploadRemindersRepository(table).claim(
      { quarter: '2041Q1', step: 'first', recipient: MISSING, sentFor: '2041-05-01' },
      newEvent('AbsenceFiguresReminderDue', { municipalityNumber: MISSING, quarter: '2041Q1', step: 'first', dueOn: '2041-04-30', sentFor: '2041-05-01' }, { correlationId: 'c', now: new Date() }),
    );
    expect(again).toBe(false);

    // Each record went with its one event into the outbox.
    const records = [...(await table.queryPrefix('UPLOAD_REMINDER#2041Q1', 'first#')), ...(await table.queryPrefix('UPLOAD_REMINDER#2041Q1', 'second#'))].filter((r) => OURS.has(String(r.recipient)));
    expect(records).toHaveLength(4);
    for (const record of records) {
      const outbox = await getItem(keys.outbox(String(record.eventId)));
      expect(outbox, String(record.sk)).toMatchObject({ eventType: record.recipient === SECRETARIAT ? 'AbsenceFiguresMissing' : 'AbsenceFiguresReminderDue' });
    }
    const list = await getItem(keys.outbox(String(records.find((r) => r.sk === `second#${SECRETARIAT}`)!.eventId)));
    const listed = (list!.detail as { data: { municipalities: { municipalityNumber: string }[] } }).data.municipalities.map((m) => m.municipalityNumber);
    expect(listed).toContain(MISSING);
    expect(listed).not.toContain(WITH_FIGURES);
    expect(listed).not.toContain(ADMITTED_LATER);
  });
});
