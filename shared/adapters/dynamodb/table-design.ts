/**
 * The programme table: one DynamoDB table for every item, designed from its access patterns.
 *
 * This definition is read by the CDK stack and by the local runtime (DynamoDB Local), so both
 * create the same table. Key builders live here too, so no other module spells a key.
 *
 * | access pattern                                   | key                                                   |
 * | ------------------------------------------------ | ----------------------------------------------------- |
 * | municipality by number                           | pk MUNICIPALITY#<nr>, sk PROFILE                      |
 * | application by id                                | pk APPLICATION#<id>, sk APPLICATION                   |
 * | applications of a municipality, newest first     | gsi1: gsi1pk MUNICIPALITY#<nr>, gsi1sk APPLICATION#<submittedAt> |
 * | applications submitted on a day (digest)         | gsi2: gsi2pk APPLICATIONS#SUBMITTED#<yyyy-mm-dd>, gsi2sk <submittedAt>#<id> |
 * | outbox event (stream → EventBridge)              | pk OUTBOX#<eventId>, sk EVENT (expires after 7 days)  |
 * | idempotency records (Powertools)                 | pk IDEMPOTENCY, sk <function>#<hash>                   |
 */
export const tableDesign = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB's TTL deletes expired outbox and idempotency items. */
  timeToLiveAttribute: 'expiration',
  /** The outbox publisher needs the new image only. */
  streamViewType: 'NEW_IMAGE',
  globalSecondaryIndexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
} as const;

export const keys = {
  municipality: (municipalityNumber: string) => ({ pk: `MUNICIPALITY#${municipalityNumber}`, sk: 'PROFILE' }),
  application: (applicationId: string) => ({ pk: `APPLICATION#${applicationId}`, sk: 'APPLICATION' }),
  applicationsOfMunicipality: (municipalityNumber: string, submittedAt: string) => ({
    gsi1pk: `MUNICIPALITY#${municipalityNumber}`,
    gsi1sk: `APPLICATION#${submittedAt}`,
  }),
  applicationsSubmittedOn: (day: string, submittedAt = '', applicationId = '') => ({
    gsi2pk: `APPLICATIONS#SUBMITTED#${day}`,
    gsi2sk: submittedAt ? `${submittedAt}#${applicationId}` : '',
  }),
  outbox: (eventId: string) => ({ pk: `${OUTBOX_PREFIX}${eventId}`, sk: 'EVENT' }),
} as const;

/** Prefix of outbox partition keys: the stream filter (AWS and local) selects on it. */
export const OUTBOX_PREFIX = 'OUTBOX#';

/** Static partition of Powertools idempotency records (see shared/events/idempotency.ts). */
export const IDEMPOTENCY_PARTITION = 'IDEMPOTENCY';
