/**
 * Publishes domain events to EventBridge. PutEvents reports failures per entry instead of
 * throwing, so failed entries are detected and resent with backoff; what still fails after
 * the last attempt is returned to the caller, who must not acknowledge it.
 */
import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type { Envelope as EventEnvelope } from '../events/envelope.ts';
import { EVENT_SOURCE } from '../config.ts';
import { canonicalJson } from '../canonical-json.ts';

const eventBridge = new EventBridgeClient({});

/** PutEvents accepts at most 10 entries per call. */
const MAX_ENTRIES_PER_CALL = 10;
const MAX_ATTEMPTS = 4;

export interface Publication<K> {
  readonly key: K;
  readonly event: EventEnvelope;
}

/** Publishes every event; resolves to the keys of those that could not be published. */
export async function publishEvents<K>(busName: string, publications: readonly Publication<K>[]): Promise<K[]> {
  const failed: K[] = [];
  for (let start = 0; start < publications.length; start += MAX_ENTRIES_PER_CALL) {
    failed.push(...(await publishChunk(busName, publications.slice(start, start + MAX_ENTRIES_PER_CALL))));
  }
  return failed;
}

async function publishChunk<K>(busName: string, chunk: readonly Publication<K>[]): Promise<K[]> {
  let pending = [...chunk];
  for (let attempt = 1; pending.length > 0 && attempt <= MAX_ATTEMPTS; attempt++) {
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** (attempt - 2)));
    try {
      const result = await eventBridge.send(new PutEventsCommand({ Entries: pending.map((p) => toEntry(busName, p.event)) }));
      if (!result.FailedEntryCount) return [];
      // Entries come back in request order; an entry with an ErrorCode was not accepted.
      pending = pending.filter((_, i) => result.Entries?.[i]?.ErrorCode !== undefined || result.Entries?.[i]?.EventId === undefined);
    } catch (error) {
      if (attempt === MAX_ATTEMPTS) throw error;
    }
  }
  return pending.map((p) => p.key);
}

function toEntry(busName: string, event: EventEnvelope): PutEventsRequestEntry {
  return {
    EventBusName: busName,
    Source: EVENT_SOURCE,
    DetailType: event.metadata.eventType,
    // Canonical (sorted keys): the stream's maps lost the order; every serialization of the detail is then the same text.
    Detail: canonicalJson(event),
    Time: new Date(event.metadata.occurredAt),
  };
}
