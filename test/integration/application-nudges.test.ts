/**
 * The nudges before an application window closes and the nightly close, against DynamoDB Local,
 * called as the Lambda runtime calls them. Nudges: run twice at once, again, late, and stale
 * (yesterday's run after today's), they record (with the outbox event) one nudge per
 * municipality, cohort and step, never an earlier step after a later one, only for drafts and
 * invited municipalities without an application. The close: run twice at once and again, and
 * raced against the secretariat's POST /cohorts/{id}/transitions, CohortClosed is written once.
 * Windows far from other tests' data (2043).
 */
import type { ScheduledEvent } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler as runApplicationNudges } from '../../functions/applications/run-application-nudges.ts';
import { handler as closeEndedApplicationWindows } from '../../functions/cohorts/close-ended-application-windows.ts';
import { ApplicationNudgesRepository } from '../../shared/applications/index.ts';
import { CohortInvitationsRepository, CohortsRepository } from '../../shared/cohorts/index.ts';
import { newEvent } from '../../shared/event-catalogue.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { keys } from '../../shared/platform/dynamodb/table-design.ts';
import { completeApplication, openCohort } from '../support/fixtures.ts';
import { claims, lambdaContext } from '../support/http-events.ts';
import { call } from '../support/invoke.ts';
import { loginsForTestClaims } from '../support/people.ts';
import { createTestTable, seedTestMunicipalities } from '../support/table.ts';

let table: Table;
let cohorts: CohortsRepository;
const window = { opensOn: '2043-01-15', closesOn: '2043-03-15' };
const nudged = openCohort({ name: 'Pulje 43', applicationWindow: window, startDate: '2043-09-01', endDate: '2046-09-01' });
const DRAFT = '1431';
const APPLIED = '1721';
const INVITED = '5001';

const scheduled = (day: string, time: string) =>
  ({ version: '0', id: randomUUID(), 'detail-type': 'Scheduled Event', source: 'aws.events', account: '000000000000', time: `${day}T${time}Z`, region: 'eu-north-1', resources: [], detail: {} }) as ScheduledEvent;
const nudgeOn = (day: string) => runApplicationNudges(scheduled(day, '05:30:00'), lambdaContext('runApplicationNudges'));
const closeOn = (day: string) => closeEndedApplicationWindows(scheduled(day, '00:15:00'), lambdaContext('closeEndedApplicationWindows'));

const getItem = async (key: { pk: string; sk: string }) => (await table.client.send(new GetCommand({ TableName: table.name, Key: key, ConsistentRead: true }))).Item;
const sent = async (cohortId = nudged.id) => Object.fromEntries((await new ApplicationNudgesRepository(table).ofCohort(cohortId)).map((n) => [n.municipalityNumber, n.steps]));

/** The outbox's CohortClosed events of a cohort (a test may scan its own table). */
async function closedEvents(cohortId: string): Promise<number> {
  const { Items = [] } = await table.client.send(
    new ScanCommand({ TableName: table.name, ConsistentRead: true, FilterExpression: 'begins_with(pk, :outbox) AND eventType = :type', ExpressionAttributeValues: { ':outbox': 'OUTBOX#', ':type': 'CohortClosed' } }),
  );
  return Items.filter((i) => (i.detail as { data: { cohortId: string } }).data.cohortId === cohortId).length;
}

beforeAll(async () => {
  const { tableName } = await createTestTable();
  table = new Table(tableName);
  cohorts = new CohortsRepository(table);
  await seedTestMunicipalities(tableName);
  await loginsForTestClaims(tableName, [DRAFT, APPLIED]);
  await cohorts.insert(nudged);
  const draft = await call('saveApplicationDraft', { claims: claims.municipality(DRAFT), body: { cohortId: nudged.id, focusAreas: ['care'] } });
  expect(draft.status, JSON.stringify(draft.json)).toBe(201);
  const submitted = await call('submitApplication', { claims: claims.municipality(APPLIED), body: { ...completeApplication(), cohortId: nudged.id } });
  expect(submitted.status, JSON.stringify(submitted.json)).toBe(201);
  const invitations = new CohortInvitationsRepository(table);
  for (const municipalityNumber of [APPLIED, INVITED]) {
    await invitations.record({ cohortId: nudged.id, municipalityNumber, municipalityName: `Kommune ${municipalityNumber}`, address: `post@${municipalityNumber}.example`, invitedAt: '2043-01-15T08:00:00.000Z' });
  }
});

describe('the nudges before a window closes', () => {
  it('records an invitation once', async () => {
    const again = await new CohortInvitationsRepository(table).record({ cohortId: nudged.id, municipalityNumber: INVITED, municipalityName: 'x', address: 'y@example.org', invitedAt: '2043-01-16T08:00:00.000Z' });
    expect(again).toBe(false);
    expect((await new CohortInvitationsRepository(table).ofCohort(nudged.id)).map((i) => i.municipalityNumber)).toEqual([APPLIED, INVITED]);
  });

  it('go once per municipality and step, however often, late or stale the schedule runs, never an earlier step after a later one', async () => {
    await nudgeOn('2043-02-28'); // the day before the first step: nothing
    expect(await sent()).toEqual({});

    // The first step's day, delivered twice at once, then again, then a late run within its window.
    await Promise.all([nudgeOn('2043-03-01'), nudgeOn('2043-03-01')]);
    await nudgeOn('2043-03-01');
    await nudgeOn('2043-03-03');
    expect(await sent()).toEqual({ [DRAFT]: [14], [INVITED]: [14] });

    // The second step a day late (the schedule was down), twice at once; then yesterday's stale
    // run, whose day still has the first step due, comes after it: nothing goes out.
    await Promise.all([nudgeOn('2043-03-13'), nudgeOn('2043-03-13')]);
    await nudgeOn('2043-03-02');
    await nudgeOn('2043-03-15'); // past the second's late-run window
    await nudgeOn('2043-03-16'); // past the window
    expect(await sent()).toEqual({ [DRAFT]: [14, 3], [INVITED]: [14, 3] });

    // A claim of a step already sent, or of an earlier one, writes nothing and queues no event.
    const repository = new ApplicationNudgesRepository(table);
    const event = (daysBefore: number) =>
      newEvent('ApplicationWindowClosing', { cohortId: nudged.id, cohortName: nudged.name, closesOn: window.closesOn, municipalityNumber: DRAFT, reason: 'draft', daysBefore, dueOn: '2043-03-12', sentFor: '2043-03-13' }, { correlationId: 'c', now: new Date() });
    expect(await repository.claim({ cohortId: nudged.id, municipalityNumber: DRAFT, daysBefore: 3, sentFor: '2043-03-13' }, event(3))).toBe(false);
    expect(await repository.claim({ cohortId: nudged.id, municipalityNumber: DRAFT, daysBefore: 14, sentFor: '2043-03-13' }, event(14))).toBe(false);

    // The latest record's event is in the outbox, with the reason.
    for (const [number, reason] of [[DRAFT, 'draft'], [INVITED, 'invited']] as const) {
      const record = await getItem({ pk: `COHORT#${nudged.id}`, sk: `NUDGE#${number}` });
      const outbox = await getItem(keys.outbox(String(record!.eventId)));
      expect(outbox).toMatchObject({ eventType: 'ApplicationWindowClosing' });
      expect((outbox!.detail as { data: object }).data).toMatchObject({ municipalityNumber: number, reason, daysBefore: 3, dueOn: '2043-03-12', sentFor: '2043-03-13' });
    }
  });

  it('skip a cohort that is not open', async () => {
    const draft = openCohort({ status: 'draft', applicationWindow: window, startDate: '2043-09-01', endDate: '2046-09-01' });
    await cohorts.insert(draft);
    await new CohortInvitationsRepository(table).record({ cohortId: draft.id, municipalityNumber: INVITED, municipalityName: 'x', address: 'y@example.org', invitedAt: '2043-01-16T08:00:00.000Z' });
    await nudgeOn('2043-03-01');
    expect(await sent(draft.id)).toEqual({});
  });
});

describe('the nightly close of ended windows', () => {
  it('closes an open cohort the day after its last day, once, however often it runs', async () => {
    const cohort = openCohort({ applicationWindow: { opensOn: '2043-04-01', closesOn: '2043-04-30' }, startDate: '2043-09-01', endDate: '2046-09-01' });
    await cohorts.insert(cohort);
    await closeOn('2043-04-30'); // its last day: applications are still accepted
    expect((await cohorts.require(cohort.id)).value.status).toBe('open');
    await Promise.all([closeOn('2043-05-01'), closeOn('2043-05-01')]);
    await closeOn('2043-05-02');
    expect((await cohorts.require(cohort.id)).value.status).toBe('closed');
    expect(await closedEvents(cohort.id)).toBe(1);
  });

  it('emits CohortClosed once when it races the secretariat’s close', async () => {
    const raced = Array.from({ length: 4 }, () => openCohort({ applicationWindow: { opensOn: '2043-04-01', closesOn: '2043-04-30' }, startDate: '2043-09-01', endDate: '2046-09-01' }));
    for (const cohort of raced) await cohorts.insert(cohort);
    const manual = await Promise.all([
      ...raced.map((cohort) => call('changeCohortStatus', { claims: claims.secretariat(), params: { cohortId: cohort.id }, body: { action: 'close' } })),
      closeOn('2043-05-01').then(() => undefined),
    ]);
    for (const answer of manual.slice(0, raced.length)) expect([200, 409], JSON.stringify(answer?.json)).toContain(answer!.status);
    for (const cohort of raced) {
      expect((await cohorts.require(cohort.id)).value.status).toBe('closed');
      expect(await closedEvents(cohort.id)).toBe(1);
    }
  });
});
