import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DeadLetterStore } from '../../../local/dead-letters.ts';
import { LocalEventBus, type BusEvent } from '../../../local/event-bus.ts';
import type { LambdaRuntime } from '../../../local/lambda-runtime.ts';
import { MailSink, type MailStored } from '../../../local/mail-sink.ts';

const folders: string[] = [];
const temporary = () => {
  const folder = mkdtempSync(join(tmpdir(), 'kvk-observers-'));
  folders.push(folder);
  return folder;
};

describe('what the local pipeline tells observers', () => {
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('the mail sink emits each message once its file is written', () => {
    const sink = new MailSink(temporary());
    const seen: MailStored[] = [];
    sink.on('stored', (mail) => seen.push({ ...mail, raw: readFileSync(join(sink.dir, mail.file)) }));
    const raw = Buffer.from('From: a@example.no\r\nTo: b@example.no\r\nSubject: Hei\r\n\r\nTekst\r\n');
    const { file, messageId } = sink.store(raw);
    expect(seen).toEqual([{ file, messageId, raw }]);
  });

  it('the event bus emits each event it accepts, as its subscribers get it', async () => {
    const invoked: unknown[] = [];
    const runtime = { invoke: async (_name: string, event: unknown) => void invoked.push(event) } as unknown as LambdaRuntime;
    const bus = new LocalEventBus(runtime, new DeadLetterStore(temporary()), { attempts: 1, initialDelayMs: 0 }, () => {});
    const put: BusEvent[] = [];
    bus.on('put', (event) => put.push(event));
    const detail = { metadata: { eventId: 'e-1', eventType: 'CohortClosed', version: 1, occurredAt: '2007-03-16T00:00:00.000Z', correlationId: 'c-1' }, data: {} };
    const [accepted, refused] = bus.putEvents([
      { Source: 'no.kvalitetskommune.programme', DetailType: 'CohortClosed', Detail: JSON.stringify(detail) },
      { Source: 'no.kvalitetskommune.programme', DetailType: 'CohortClosed' },
    ]);
    await bus.idle();
    expect(accepted?.EventId).toBeDefined();
    expect(refused?.ErrorCode).toBe('MalformedDetail');
    expect(put).toEqual([expect.objectContaining({ id: accepted!.EventId, 'detail-type': 'CohortClosed', detail })]);
    expect(invoked).toEqual([]);
  });
});
