/**
 * Reading the outbox from the table stream: which records are outbox inserts, and the event
 * each carries. Pure, so the Lambda publisher and the local stream reader agree exactly.
 */
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { Envelope as EventEnvelope } from '../events/envelope.ts';
import { OUTBOX_PREFIX } from '../dynamodb/table-design.ts';

/** True for the records the publisher acts on: new outbox items (TTL removals are ignored). */
export function isOutboxInsert(record: DynamoDBRecord): boolean {
  return record.eventName === 'INSERT' && (record.dynamodb?.NewImage?.pk?.S ?? '').startsWith(OUTBOX_PREFIX);
}

/** The event envelope stored in an outbox item's `detail` attribute. */
export function envelopeOf(record: DynamoDBRecord): EventEnvelope {
  const image = record.dynamodb?.NewImage as Record<string, SdkAttributeValue> | undefined;
  if (!image) throw new Error('Outbox record has no new image (stream view type must include NEW_IMAGE)');
  const item = unmarshall(image);
  if (typeof item.detail !== 'object' || item.detail === null) throw new Error(`Outbox item ${String(item.pk)} has no detail`);
  return item.detail as EventEnvelope;
}
