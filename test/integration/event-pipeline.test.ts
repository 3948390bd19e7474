/**
 * The asynchronous side against DynamoDB Local and the local AWS stand-in: the outbox
 * publisher's handling of rejected PutEvents entries, the email handlers' idempotency (one
 * event delivered three times queues one notification) and notification delivery.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent, EventBridgeEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAwsEmulator, type AwsEmulator } from '../../local/aws-emulator.ts';
import { DeadLetterStore } from '../../local/dead-letters.ts';
import { LocalEventBus } from '../../local/event-bus.ts';
import { LambdaRuntime } from '../../local/lambda-runtime.ts';
import { MailSink } from '../../local/mail-sink.ts';
import { NotificationsRepository } from '../../shared/notifications/index.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { outboxItem } from '../../shared/platform/outbox/outbox-item.ts';
import { newEvent } from '../../shared/event-catalogue.ts';
import { submittedData } from '../support/fixtures.ts';
import { lambdaContext } from '../support/http-events.ts';
import { createTestTable } from '../support/table.ts';

let emulator: AwsEmulator;
let mail: MailSink;
let bus: LocalEventBus;
let tableName: string;
const notifications = () => new NotificationsRepository(new Table(tableName));
const delivered: unknown[] = [];

class RecordingRuntime extends LambdaRuntime {
  override async invoke<R>(_name: string, event: unknown): Promise<R> {
    delivered.push(event);
    return undefined as R;
  }
}

beforeAll(async () => {
  ({ tableName } = await createTestTable());
  const dir = mkdtempSync(join(tmpdir(), 'kvk-pipeline-'));
  mail = new MailSink(join(dir, 'mail'));
  bus = new LocalEventBus(new RecordingRuntime(), new DeadLetterStore(join(dir, 'dead')), { attempts: 1, initialDelayMs: 1 }, () => {});
  emulator = await startAwsEmulator(bus, mail);
  process.env.AWS_ENDPOINT_URL_EVENTBRIDGE = emulator.endpoint;
  process.env.AWS_ENDPOINT_URL_SESV2 = emulator.endpoint;
});

afterAll(async () => {
  await emulator.close();
});

const submitted = (applicationId: string, writtenStandard: 'nynorsk' | 'bokmal' = 'nynorsk') =>
  newEvent(
    'ApplicationSubmitted',
    submittedData({ applicationId, writtenStandard, focusAreas: ['care'] }),
    { correlationId: `corr-${applicationId}`, now: new Date('2007-03-01T10:00:00Z') },
  );

function streamEvent(events: ReturnType<typeof submitted>[]): DynamoDBStreamEvent {
  return {
    Records: events.map((event, i) => ({
      eventName: 'INSERT',
      eventSourceARN: 'arn:aws:dynamodb:local:000000000000:table/t/stream/x',
      dynamodb: { SequenceNumber: String(1000 + i), NewImage: marshall(outboxItem(event)) as never },
    })),
  };
}

describe('outbox publisher', () => {
  it('publishes every outbox insert as a domain event', async () => {
    const { handler } = await import('../../functions/platform/publish-outbox-events.ts');
    delivered.length = 0;
    const events = Array.from({ length: 12 }, (_, i) => submitted(`pub-${i}`));
    const result = (await handler(streamEvent(events), lambdaContext('publishOutboxEvents'))) as DynamoDBBatchResponse;
    expect(result.batchItemFailures).toEqual([]);
    // Two subscribers per ApplicationSubmitted.
    expect(delivered).toHaveLength(24);
    const first = delivered[0] as EventBridgeEvent<string, { metadata: { eventId: string } }>;
    expect(first['detail-type']).toBe('ApplicationSubmitted');
    expect(first.source).toBe('no.kvalitetskommune.programme');
    expect(first.detail.metadata.eventId).toBe(events[0]!.metadata.eventId);
  });

  it('resends entries EventBridge rejected, so none is lost', async () => {
    const { handler } = await import('../../functions/platform/publish-outbox-events.ts');
    delivered.length = 0;
    bus.rejectNextEntries = 3;
    const result = (await handler(streamEvent([submitted('r-1'), submitted('r-2'), submitted('r-3'), submitted('r-4')]), lambdaContext())) as DynamoDBBatchResponse;
    expect(result.batchItemFailures).toEqual([]);
    const ids = delivered.map((e) => (e as EventBridgeEvent<string, { data: { applicationId: string } }>).detail.data.applicationId);
    expect(new Set(ids)).toEqual(new Set(['r-1', 'r-2', 'r-3', 'r-4']));
    expect(ids).toHaveLength(8);
  });

  it('reports records it could not publish, for the stream to retry', async () => {
    const { handler } = await import('../../functions/platform/publish-outbox-events.ts');
    bus.rejectNextEntries = 1_000;
    try {
      const result = (await handler(streamEvent([submitted('f-1'), submitted('f-2')]), lambdaContext())) as DynamoDBBatchResponse;
      expect(result.batchItemFailures).toEqual([{ itemIdentifier: '1000' }, { itemIdentifier: '1001' }]);
    } finally {
      bus.rejectNextEntries = 0;
    }
  });

  it('ignores records that are not outbox inserts', async () => {
    const { handler } = await import('../../functions/platform/publish-outbox-events.ts');
    delivered.length = 0;
    const event: DynamoDBStreamEvent = {
      Records: [
        { eventName: 'INSERT', dynamodb: { SequenceNumber: '1', NewImage: marshall({ pk: 'APPLICATION#1', sk: 'APPLICATION' }) as never } },
        { eventName: 'REMOVE', dynamodb: { SequenceNumber: '2', OldImage: marshall({ pk: 'OUTBOX#1', sk: 'EVENT' }) as never } },
      ],
    };
    expect(await handler(event, lambdaContext())).toEqual({ batchItemFailures: [] });
    expect(delivered).toEqual([]);
  });
});

describe('email handlers queue notifications; delivery sends them', () => {
  const asEventBridge = (event: { metadata: { eventType: string; occurredAt: string } }) => ({
    version: '0',
    id: crypto.randomUUID(),
    'detail-type': event.metadata.eventType,
    source: 'no.kvalitetskommune.programme',
    account: '000000000000',
    time: event.metadata.occurredAt,
    region: 'eu-north-1',
    resources: [],
    detail: JSON.parse(JSON.stringify(event)),
  });
  const queuedFor = async (eventId: string) => (await notifications().list('queued')).filter((n) => n.cause.eventId === eventId);

  it('queues the receipt once when the same event arrives three times', async () => {
    const { handler } = await import('../../functions/applications/send-application-receipt.ts');
    const event = submitted('idem-1');
    // Redeliveries carry a new EventBridge id (a republished record) but the same event id.
    for (let i = 0; i < 3; i++) await handler(asEventBridge(event), lambdaContext('sendApplicationReceipt'));
    const queued = await queuedFor(event.metadata.eventId);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({
      template: 'application-receipt',
      language: 'nn',
      recipient: { name: 'Ola Nordmann', address: 'ola@jolster.kommune.no' },
      subject: 'Stadfesting: søknad frå Jølster kommune er motteken',
      attempts: 0,
      cause: { eventType: 'ApplicationSubmitted' },
    });
  });

  it('keeps the receipt and the secretariat notice apart: one each per event', async () => {
    const receipt = (await import('../../functions/applications/send-application-receipt.ts')).handler;
    const notice = (await import('../../functions/applications/notify-secretariat-of-application.ts')).handler;
    const event = submitted('idem-2', 'bokmal');
    await receipt(asEventBridge(event), lambdaContext());
    await notice(asEventBridge(event), lambdaContext());
    await notice(asEventBridge(event), lambdaContext());
    expect((await queuedFor(event.metadata.eventId)).map((n) => n.template).sort()).toEqual(['application-receipt', 'new-application-notice']);
  });

  it('delivers a notification once; a failed send is recorded, rethrown for a retry, and sent on the retry', async () => {
    const receipt = (await import('../../functions/applications/send-application-receipt.ts')).handler;
    const deliver = (await import('../../functions/notifications/deliver-notification.ts')).handler;
    const event = submitted('deliver-1');
    await receipt(asEventBridge(event), lambdaContext());
    const [notification] = await queuedFor(event.metadata.eventId);
    const queuedEvent = newEvent('NotificationQueued', { notificationId: notification!.id, template: notification!.template }, { correlationId: 'c', now: new Date() });
    const before = (await mail.list()).length;

    emulator.failNextEmails = 1;
    await expect(deliver(asEventBridge(queuedEvent), lambdaContext())).rejects.toThrow(/Injected failure/);
    expect(await notifications().get(notification!.id)).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringContaining('Injected failure') });
    expect((await notifications().list('failed')).map((n) => n.id)).toContain(notification!.id);

    await deliver(asEventBridge(queuedEvent), lambdaContext());
    await deliver(asEventBridge(queuedEvent), lambdaContext());
    expect(await notifications().get(notification!.id)).toMatchObject({ status: 'sent', attempts: 2, messageId: expect.any(String) });
    const sent = (await mail.list()).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: '"Ola Nordmann" <ola@jolster.kommune.no>', language: 'nn', subject: 'Stadfesting: søknad frå Jølster kommune er motteken' });
  });

  it('refuses an event that does not match the catalogue instead of guessing', async () => {
    const { handler } = await import('../../functions/applications/send-application-receipt.ts');
    const event = asEventBridge(submitted('bad-1'));
    event.detail.data.municipalityNumber = 'x';
    await expect(handler(event, lambdaContext())).rejects.toThrow();
  });
});
