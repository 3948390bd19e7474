/**
 * The shape every domain event has, independent of which events exist: a definition (type,
 * version, description, the schema of its data), the envelope EventBridge carries as `detail`
 * (metadata plus data), and building and parsing an envelope against a definition. The
 * programme's events are defined in the capabilities' contracts and listed in
 * shared/event-catalogue.ts; a subscription declares the definitions it consumes, so the
 * event stack parses with them without knowing any event.
 */
import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { schema } from '../contract/schema.ts';
import { IsoDateTime } from '../contract/common.ts';

export interface EventDefinition<T extends string = string, S extends z.ZodType = z.ZodType> {
  readonly type: T;
  readonly version: number;
  readonly description: string;
  readonly data: S;
}

/**
 * One event's definition. Its data object is built on first use, not when the definition is
 * loaded: a function builds only the event objects it emits or handles. The building blocks
 * they refer to (Contact, Gathering, TargetAssessment…) are module-level schemas of other
 * contracts, still built at load in every function importing them (about 6 ms in the heaviest
 * functions, measured; see README, Performance).
 */
export function defineEvent<T extends string, S extends z.ZodType>(type: T, version: number, description: string, data: () => S): EventDefinition<T, S> {
  let built: S | undefined;
  return {
    type,
    version,
    description,
    get data() {
      return (built ??= data());
    },
  };
}

/** Envelope metadata carried by every event (EventBridge `detail.metadata`); built only where events are parsed. */
export const EventMetadata = /* @__PURE__ */ schema(() =>
  z.object({
    eventId: z.string().min(1),
    eventType: z.string().min(1),
    version: z.number().int().positive(),
    occurredAt: IsoDateTime,
    correlationId: z.string().min(1),
  }),
);
export type EventMetadata = z.infer<typeof EventMetadata>;

/** What EventBridge carries as `detail`: metadata plus the event's data. */
export interface Envelope<T extends string = string, D = unknown> {
  readonly metadata: EventMetadata & { readonly eventType: T };
  readonly data: D;
}

/** The envelope of one definition's events. */
export type EnvelopeOf<D extends EventDefinition> = D extends EventDefinition<infer T, infer S> ? Envelope<T, z.infer<S>> : never;

/** Builds a versioned envelope; the data is validated so a producer can never emit a bad event. */
export function envelopeOf<D extends EventDefinition>(
  definition: D,
  data: z.infer<D['data']>,
  context: { readonly correlationId: string; readonly now: Date; readonly eventId?: string },
): EnvelopeOf<D> {
  return {
    metadata: {
      eventId: context.eventId ?? randomUUID(),
      eventType: definition.type,
      version: definition.version,
      occurredAt: context.now.toISOString(),
      correlationId: context.correlationId,
    },
    data: definition.data.parse(data),
  } as EnvelopeOf<D>;
}

const envelopes = new WeakMap<EventDefinition, z.ZodType>();

/** Validates an envelope against its definition; throws a ZodError naming what is wrong. */
export function parseWith<D extends EventDefinition>(definition: D, detail: unknown): EnvelopeOf<D> {
  // Built once per definition, on first use: not per event handled.
  let envelope = envelopes.get(definition);
  if (!envelope) {
    envelope = z.object({
      metadata: EventMetadata.extend({ eventType: z.literal(definition.type), version: z.literal(definition.version) }),
      data: definition.data,
    });
    envelopes.set(definition, envelope);
  }
  return envelope.parse(detail) as EnvelopeOf<D>;
}
