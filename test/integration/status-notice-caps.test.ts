/**
 * The cap on target status notices against DynamoDB Local: a burst of uploads that flips a
 * municipality's status ten times in six seconds, its events handled all at once and out of
 * order, sends one notice that day; the other nine are recorded as coalesced; the next morning
 * the day's latest status follows, once, however often the follow-up runs or the events come again.
 */
import type { ScheduledEvent } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler as sendNotice, handler as sendFollowUps } from '../../functions/target-status/send-target-status-notice.ts';
import { NotificationsRepository } from '../../shared/notifications/index.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import type { EventData } from '../../shared/event-catalogue.ts';
import { newEvent } from '../../shared/event-catalogue.ts';
import { lambdaContext } from '../support/http-events.ts';
import { createTestTable } from '../support/table.ts';

let tableName: string;
const notifications = () => new NotificationsRepository(new Table(tableName));
beforeAll(async () => {
  ({ tableName } = await createTestTable());
});

const STATUSES = ['on-track', 'at-risk', 'off-track', 'achieved'] as const;

function change(municipalityNumber: string, status: (typeof STATUSES)[number], previousStatus: string | null): EventData<'TargetStatusChanged'> {
  return {
    municipalityNumber,
    municipalityName: `Kommune ${municipalityNumber}`,
    writtenStandard: 'bokmal',
    cohortId: 'c1',
    cohortName: 'Pulje I',
    previousStatus,
    assessment: { status, baselinePercentage: 9.8, targetPercentage: 8, targetDate: '2009-12-31', explanation: `Status ${status}` },
    projectLeader: { name: 'Kari Nordmann', email: `leder@${municipalityNumber}.kommune.no` },
    advisor: null,
  };
}

const asEventBridge = (event: ReturnType<typeof newEvent>) => ({
  version: '0',
  id: randomUUID(),
  'detail-type': event.metadata.eventType,
  source: 'no.kvalitetskommune.programme',
  account: '000000000000',
  time: event.metadata.occurredAt,
  region: 'eu-north-1',
  resources: [],
  detail: JSON.parse(JSON.stringify(event)),
});

const morning = (day: string): ScheduledEvent =>
  ({ version: '0', id: randomUUID(), 'detail-type': 'Scheduled Event', source: 'aws.events', account: '000000000000', time: `${day}T05:00:00Z`, region: 'eu-north-1', resources: [], detail: {} }) as ScheduledEvent;

/** Ten changes in six seconds, 10:00:00 to 10:00:06 Norwegian time on 2009-03-02; the last is `last`. */
function burst(municipalityNumber: string, last: (typeof STATUSES)[number]) {
  const start = Date.parse('2009-03-02T09:00:00Z');
  return Array.from({ length: 10 }, (_, i) => {
    const status = i === 9 ? last : STATUSES[i % 3]!;
    return newEvent('TargetStatusChanged', change(municipalityNumber, status, i === 0 ? null : STATUSES[(i - 1) % 3]!), {
      correlationId: `burst-${municipalityNumber}`,
      now: new Date(start + i * 650),
    });
  });
}

const of = async (municipalityNumber: string, status: 'queued' | 'coalesced') =>
  (await notifications().list(status)).filter((n) => n.recipient.address === `leder@${municipalityNumber}.kommune.no`);

describe('a burst of status changes', () => {
  const events = burst('1721', 'achieved');

  beforeAll(async () => {
    // The first change alone, then the other nine all at once, newest first: the order EventBridge delivers in is not the order of the changes.
    await sendNotice(asEventBridge(events[0]!), lambdaContext('sendTargetStatusNotice'));
    await Promise.all(events.slice(1).toReversed().map((event) => sendNotice(asEventBridge(event), lambdaContext('sendTargetStatusNotice'))));
  });

  it('sends one notice that day and records the other nine as coalesced', async () => {
    expect(await of('1721', 'queued')).toHaveLength(1);
    const coalesced = await of('1721', 'coalesced');
    expect(coalesced).toHaveLength(9);
    expect(coalesced[0]!.heldBack).toMatch(/Coalesced/);
    const causes = [...(await of('1721', 'queued')), ...coalesced].map((n) => n.cause.eventId).sort();
    expect(causes).toEqual(events.map((e) => e.metadata.eventId).sort());
  });

  it('changes nothing when the same events come again', async () => {
    await Promise.all(events.map((event) => sendNotice(asEventBridge(event), lambdaContext('sendTargetStatusNotice'))));
    expect(await of('1721', 'queued')).toHaveLength(1);
    expect(await of('1721', 'coalesced')).toHaveLength(9);
  });

  it('sends the day’s latest status the next morning, once', async () => {
    const before = (await of('1721', 'queued')).length;
    await Promise.all([morning('2009-03-03'), morning('2009-03-03')].map((m) => sendFollowUps(m, lambdaContext('sendTargetStatusNotice'))));
    await sendFollowUps(morning('2009-03-03'), lambdaContext('sendTargetStatusNotice'));
    const queued = await of('1721', 'queued');
    expect(queued).toHaveLength(before + 1);
    const followUp = queued.find((n) => n.cause.eventId.endsWith('#follow-up'))!;
    expect(followUp.text).toContain('er nå nådd');
  });
});

describe('ten changes handled at the same moment', () => {
  it('let exactly one of them take the day’s place; the follow-up sends the latest only if the one sent was not it', async () => {
    const events = burst('1432', 'achieved');
    await Promise.all(events.map((event) => sendNotice(asEventBridge(event), lambdaContext('sendTargetStatusNotice'))));
    const [sent, ...more] = await of('1432', 'queued');
    expect(more).toEqual([]);
    expect(await of('1432', 'coalesced')).toHaveLength(9);
    await sendFollowUps(morning('2009-03-03'), lambdaContext('sendTargetStatusNotice'));
    const followUps = (await of('1432', 'queued')).filter((n) => n.cause.eventId.endsWith('#follow-up'));
    const sentLatest = sent!.cause.eventId === events[9]!.metadata.eventId || sent!.text.includes('er nå nådd');
    expect(followUps.map((n) => n.text.includes('er nå nådd'))).toEqual(sentLatest ? [] : [true]);
  });
});

describe('when the day’s notice already carried the latest status', () => {
  it('sends no follow-up', async () => {
    const first = burst('1719', 'on-track')[0]!;
    const last = newEvent('TargetStatusChanged', change('1719', 'on-track', 'at-risk'), { correlationId: 'c', now: new Date('2009-03-02T09:00:05Z') });
    const between = newEvent('TargetStatusChanged', change('1719', 'at-risk', 'on-track'), { correlationId: 'c', now: new Date('2009-03-02T09:00:03Z') });
    for (const event of [first, between, last]) await sendNotice(asEventBridge(event), lambdaContext('sendTargetStatusNotice'));
    await sendFollowUps(morning('2009-03-03'), lambdaContext('sendTargetStatusNotice'));
    expect(await of('1719', 'queued')).toHaveLength(1);
    expect(await of('1719', 'coalesced')).toHaveLength(2);
  });
});
