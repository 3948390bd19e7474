/**
 * The event catalogue: every domain event this backend publishes, with its version and the
 * schema of its data. Producers write events through the outbox; consumers parse them with
 * the same schema. README's event catalogue is generated from this list.
 */
import { z } from 'zod';
import { Contact, IsoDateTime, MunicipalityNumber, WrittenStandard } from './common.ts';
import { FocusArea } from './applications.ts';

export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  readonly version: number;
  readonly description: string;
  readonly data: S;
}

export const eventCatalogue = {
  ApplicationSubmitted: {
    version: 1,
    description: 'A municipality submitted an application to join the programme.',
    data: z.object({
      applicationId: z.string(),
      municipalityNumber: MunicipalityNumber,
      municipalityName: z.string(),
      writtenStandard: WrittenStandard,
      submittedAt: IsoDateTime,
      projectLeader: Contact,
      focusAreas: z.array(FocusArea),
    }),
  },
} as const satisfies Record<string, EventDefinition>;

export type EventType = keyof typeof eventCatalogue;
export type EventData<T extends EventType> = z.infer<(typeof eventCatalogue)[T]['data']>;

/** Envelope metadata carried by every event (EventBridge `detail.metadata`). */
export const EventMetadata = z.object({
  eventId: z.string().min(1),
  eventType: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: IsoDateTime,
  correlationId: z.string().min(1),
});
export type EventMetadata = z.infer<typeof EventMetadata>;

/** What EventBridge carries as `detail`: metadata plus the event's data. */
export interface EventEnvelope<T extends EventType = EventType> {
  readonly metadata: EventMetadata & { readonly eventType: T };
  readonly data: EventData<T>;
}

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(eventCatalogue, value);
}

/** Validates an envelope against the catalogue; throws a ZodError naming what is wrong. */
export function parseEnvelope<T extends EventType>(eventType: T, detail: unknown): EventEnvelope<T> {
  const schema = z.object({
    metadata: EventMetadata.extend({ eventType: z.literal(eventType), version: z.literal(eventCatalogue[eventType].version) }),
    data: eventCatalogue[eventType].data,
  });
  return schema.parse(detail) as EventEnvelope<T>;
}
