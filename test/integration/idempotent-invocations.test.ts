/**
 * The idempotency middleware of the event handlers (and of the POST stack: the same
 * idempotentInvocations) against DynamoDB Local: a duplicate refused while the first invocation
 * runs must not release the first one's lock, or the next duplicate runs the handler again; an
 * invocation whose own handler fails does release it, so a retry runs.
 */
import type { EventBridgeEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../shared/event-catalogue.ts';
import { eventHandler } from '../../shared/platform/events/event-handler.ts';
import { newEvent } from '../../shared/event-catalogue.ts';
import { eventually, submittedData } from '../support/fixtures.ts';
import { lambdaContext } from '../support/http-events.ts';
import { createTestTable } from '../support/table.ts';
import { sendApplicationReceipt } from '../../shared/applications/routes.ts';

const calls: string[] = [];
let release!: () => void;
const gate = new Promise<void>((resolve) => (release = resolve));
let failNext = false;

const handler = eventHandler(sendApplicationReceipt, async (event) => {
  calls.push(event.data.applicationId);
  if (event.data.applicationId === 'held') await gate;
  if (failNext) {
    failNext = false;
    throw new Error('Injected failure');
  }
});

const delivery = (applicationId: string) => {
  const detail: EventEnvelope<'ApplicationSubmitted'> = newEvent('ApplicationSubmitted', submittedData({ applicationId }), { correlationId: `corr-${applicationId}`, now: new Date(), eventId: `event-${applicationId}-${Date.now()}` });
  return { version: '0', id: `eb-${applicationId}`, 'detail-type': 'ApplicationSubmitted', source: 'kvalitetskommune', account: '000000000000', time: new Date().toISOString(), region: 'eu-north-1', resources: [], detail } as EventBridgeEvent<'ApplicationSubmitted', typeof detail>;
};
const invoke = (event: ReturnType<typeof delivery>) => handler(event as never, lambdaContext('sendApplicationReceipt'));

beforeAll(async () => {
  await createTestTable();
});

describe('idempotentInvocations', () => {
  it('keeps the first invocation’s lock when a duplicate is refused as in progress, so a third duplicate is refused too', async () => {
    const event = delivery('held');
    const first = invoke(event);
    await eventually(() => (calls.includes('held') ? true : undefined), 10_000, 'the first invocation running');
    await expect(invoke(event)).rejects.toMatchObject({ name: 'IdempotencyAlreadyInProgressError' });
    let third: string | undefined;
    const thirdDone = invoke(event).then(
      () => (third = 'ran'),
      (error: Error) => (third = error.name),
    );
    await eventually(() => third ?? (calls.filter((c) => c === 'held').length > 1 ? 'ran again' : undefined), 10_000, 'the third duplicate answered');
    release();
    expect(calls.filter((c) => c === 'held')).toHaveLength(1);
    await first;
    await thirdDone;
    expect(third).toBe('IdempotencyAlreadyInProgressError');
    expect(await invoke(event)).toEqual({ handled: event.detail.metadata.eventId });
    expect(calls.filter((c) => c === 'held')).toHaveLength(1);
  });

  it('releases the key when its own handler fails, so the retry runs', async () => {
    const event = delivery('fails-once');
    failNext = true;
    await expect(invoke(event)).rejects.toThrow('Injected failure');
    expect(await invoke(event)).toEqual({ handled: event.detail.metadata.eventId });
    expect(calls.filter((c) => c === 'fails-once')).toHaveLength(2);
  });
});
