/**
 * The shape of a capability's commands: pure functions `(state, input, context) → Outcome`
 * (or a refusal thrown with platform/refusal.ts). The handler loads the state, calls the command
 * and stores the new state with its events in one transaction (the outbox).
 */
import type { Envelope } from './events/envelope.ts';

/** What a command knows of the moment it runs in: who asked (for the events' correlation) and when. */
export interface CommandContext {
  readonly correlationId: string;
  readonly now: Date;
}

/** A command's result: the new state and the events it causes. */
export interface Outcome<S, E extends Envelope = Envelope> {
  readonly state: S;
  readonly events: readonly E[];
}
