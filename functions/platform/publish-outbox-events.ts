import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { publishEvents } from '#shared/platform/outbox/publisher.ts';
import { config } from '#shared/platform/config.ts';
import { envelopeOf, isOutboxInsert } from '#shared/platform/outbox/outbox-stream.ts';
import { logger } from '#shared/platform/logger.ts';
import { withDeclaration } from '#shared/platform/declared.ts';
import { publishOutboxEvents } from '#shared/platform/routes.ts';

/**
 * Table stream → EventBridge. Each outbox insert becomes one domain event. Failures are
 * reported per record (ReportBatchItemFailures): the stream retries from the first failed
 * record, and after the retry limit the batch goes to the on-failure queue. Consumers are
 * idempotent, so a record published twice has its effects once.
 */
const stack = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(async (event) => {
    const publications: { key: string; event: ReturnType<typeof envelopeOf> }[] = [];
    const unreadable: string[] = [];
    for (const record of event.Records) {
      if (!isOutboxInsert(record)) continue;
      const sequenceNumber = record.dynamodb?.SequenceNumber ?? '';
      try {
        publications.push({ key: sequenceNumber, event: envelopeOf(record) });
      } catch (error) {
        logger.error('Unreadable outbox record', { sequenceNumber, error: error as Error });
        unreadable.push(sequenceNumber);
      }
    }
    const failed = [...unreadable, ...(await publishEvents(config.eventBusName(), publications))];
    if (failed.length > 0) logger.warn('Events not published; the stream will retry', { failed });
    logger.info('Published outbox events', { published: publications.length - (failed.length - unreadable.length) });
    return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
  });

/** Built by hand (no factory fits a stream, an S3 event or the $default route); it names its declaration like every handler. */
export const handler = withDeclaration(stack, publishOutboxEvents);
