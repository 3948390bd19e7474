/**
 * The events a test's local stack puts on the bus, as the outbox published them: type and data,
 * in order. For tests that count an effect by its events.
 */
import type { LocalStack } from '../../local/stack.ts';

export interface PublishedEvent {
  readonly type: string;
  readonly data: Record<string, unknown>;
}

/** Appends every event `stack` publishes from now on to `into`. */
export function recordPublished(stack: LocalStack, into: PublishedEvent[]): void {
  stack.bus.on('put', (event) => {
    const { detail } = event as unknown as { detail: { data: Record<string, unknown> } };
    into.push({ type: event['detail-type'] ?? '', data: detail.data });
  });
}
