/**
 * Domain events on their way out: built here, written in the same DynamoDB transaction as the
 * state change that causes them (the transactional outbox), published from the table stream.
 */
import { randomUUID } from 'node:crypto';
import { eventCatalogue, type EventData, type EventEnvelope, type EventType } from '../../event-catalogue.ts';

/** Builds a versioned envelope; the data is validated so a producer can never emit a bad event. */
export function newEvent<T extends EventType>(
  eventType: T,
  data: EventData<T>,
  context: { readonly correlationId: string; readonly now: Date; readonly eventId?: string },
): EventEnvelope<T> {
  const definition = eventCatalogue[eventType];
  return {
    metadata: {
      eventId: context.eventId ?? randomUUID(),
      eventType,
      version: definition.version,
      occurredAt: context.now.toISOString(),
      correlationId: context.correlationId,
    },
    data: definition.data.parse(data) as EventData<T>,
  };
}
