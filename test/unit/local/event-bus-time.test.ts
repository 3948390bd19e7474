import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAwsEmulator, type AwsEmulator } from '../../../local/aws-emulator.ts';
import { DeadLetterStore } from '../../../local/dead-letters.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../local/environment.ts';
import { LocalEventBus, type BusEvent } from '../../../local/event-bus.ts';
import type { LambdaRuntime } from '../../../local/lambda-runtime.ts';
import { MailSink } from '../../../local/mail-sink.ts';

/** The event's `time` as the SDK sends PutEvents over the wire (Time as epoch seconds in JSON 1.1). */
describe('the local event bus stamps time as EventBridge does', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kvk-bus-time-'));
  const runtime = { invoke: async () => undefined } as unknown as LambdaRuntime;
  const bus = new LocalEventBus(runtime, new DeadLetterStore(join(folder, 'dead-letters')), { attempts: 1, initialDelayMs: 0 }, () => {});
  let emulator: AwsEmulator;
  let client: EventBridgeClient;
  beforeAll(async () => {
    emulator = await startAwsEmulator(bus, new MailSink(join(folder, 'mail')));
    client = new EventBridgeClient({ endpoint: emulator.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  });
  afterAll(async () => {
    client.destroy();
    await emulator.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const put = async (time?: Date) => {
    const seen: BusEvent[] = [];
    const listener = (event: BusEvent) => seen.push(event);
    bus.on('put', listener);
    await client.send(new PutEventsCommand({ Entries: [{ Source: 'test', DetailType: 'NoSubscriber', Detail: '{}', ...(time ? { Time: time } : {}) }] }));
    bus.off('put', listener);
    return (seen[0] as BusEvent & { time: string }).time;
  };

  it("uses the entry's Time, to the second", async () => {
    expect(await put(new Date('2009-03-01T12:34:56.789Z'))).toBe('2009-03-01T12:34:56Z');
  });

  it('uses now when the entry has no Time', async () => {
    const before = Date.now() - 1_000;
    const time = Date.parse(await put());
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(Date.now());
  });
});
