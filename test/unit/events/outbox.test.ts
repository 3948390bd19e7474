import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../../shared/event-catalogue.ts';
import { newEvent } from '../../../shared/event-catalogue.ts';
import { envelopeOf, isOutboxInsert } from '../../../shared/platform/outbox/outbox-stream.ts';
import { outboxItem } from '../../../shared/platform/outbox/outbox-item.ts';

const submitted = {
  applicationId: 'a1',
  cohortId: 'c0000000-0000-4000-8000-000000000001',
  municipalityNumber: '1721',
  municipalityName: 'Verdal',
  writtenStandard: 'neutral' as const,
  submittedAt: '2007-03-01T10:00:00.000Z',
  projectLeader: { name: 'Kari', email: 'kari@verdal.kommune.no' },
  focusAreas: ['care' as const],
};

const now = new Date('2007-03-01T10:00:00Z');

describe('newEvent', () => {
  it('wraps the data in versioned metadata with the correlation id', () => {
    const event = newEvent('ApplicationSubmitted', submitted, { correlationId: 'c-1', now, eventId: 'e-1' });
    expect(event).toEqual({
      metadata: { eventId: 'e-1', eventType: 'ApplicationSubmitted', version: 1, occurredAt: '2007-03-01T10:00:00.000Z', correlationId: 'c-1' },
      data: submitted,
    });
  });

  it('refuses data that does not match the catalogue', () => {
    expect(() => newEvent('ApplicationSubmitted', { ...submitted, municipalityNumber: '17' }, { correlationId: 'c', now })).toThrow();
  });
});

describe('parseEnvelope', () => {
  const event = newEvent('ApplicationSubmitted', submitted, { correlationId: 'c-1', now });

  it('accepts a valid envelope', () => {
    expect(parseEnvelope('ApplicationSubmitted', JSON.parse(JSON.stringify(event)))).toEqual(event);
  });

  it.each([
    ['another version', { ...event, metadata: { ...event.metadata, version: 2 } }],
    ['another type', { ...event, metadata: { ...event.metadata, eventType: 'SomethingElse' } }],
    ['missing data', { metadata: event.metadata }],
    ['broken data', { ...event, data: { ...event.data, focusAreas: ['unknown'] } }],
  ])('rejects %s', (_name, detail) => {
    expect(() => parseEnvelope('ApplicationSubmitted', detail)).toThrow();
  });
});

describe('outbox records on the stream', () => {
  const event = newEvent('ApplicationSubmitted', submitted, { correlationId: 'c-1', now });
  const item = outboxItem(event);
  const record = (eventName: DynamoDBRecord['eventName'], image: Record<string, unknown>): DynamoDBRecord => ({
    eventName,
    dynamodb: { NewImage: marshall(image, { removeUndefinedValues: true }) as never, SequenceNumber: '1' },
  });

  it('expires outbox items a week after the event', () => {
    expect(item.expiration).toBe(Date.parse('2007-03-01T10:00:00Z') / 1000 + 7 * 24 * 3600);
  });

  it('selects inserts of outbox items only', () => {
    expect(isOutboxInsert(record('INSERT', item))).toBe(true);
    expect(isOutboxInsert(record('MODIFY', item))).toBe(false);
    expect(isOutboxInsert(record('REMOVE', item))).toBe(false);
    expect(isOutboxInsert(record('INSERT', { pk: 'APPLICATION#1', sk: 'APPLICATION' }))).toBe(false);
    expect(isOutboxInsert({ eventName: 'INSERT', dynamodb: {} })).toBe(false);
  });

  it('reads back the exact envelope', () => {
    expect(envelopeOf(record('INSERT', item))).toEqual(event);
  });

  it('explains an outbox record without image', () => {
    expect(() => envelopeOf({ eventName: 'INSERT', dynamodb: {} })).toThrow(/NEW_IMAGE/);
  });
});
