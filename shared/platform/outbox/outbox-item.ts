import type { Envelope as EventEnvelope } from '../events/envelope.ts';
import { keys } from '../dynamodb/table-design.ts';

/** Outbox items outlive any stream retry window, then DynamoDB's TTL removes them. */
const OUTBOX_RETENTION_SECONDS = 7 * 24 * 3600;

/** The item that records an event next to the state change causing it (Table.transact puts it, once: a new item only). */
export function outboxItem(event: EventEnvelope) {
  const occurred = Date.parse(event.metadata.occurredAt);
  return {
    ...keys.outbox(event.metadata.eventId),
    eventType: event.metadata.eventType,
    detail: event,
    expiration: Math.floor(occurred / 1000) + OUTBOX_RETENTION_SECONDS,
  };
}
