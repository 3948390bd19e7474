import { absenceRepository } from '#shared/absence/index.ts';
import { forEachConcurrently } from '#shared/platform/concurrency.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { reassessTargetStatus, type Reassessment } from '#shared/target-status/index.ts';
import { recomputeTargetStatus } from '#shared/target-status/routes.ts';

/** Municipalities reassessed at once; a bulk upload names ~430. */
const CONCURRENCY = 8;

/**
 * On AbsenceFiguresUploaded or MunicipalityAdmitted: reassess each named participant's target
 * status. An upload's rows are first promoted (their TTL cleared): they count from the commit on
 * either way, but only promoted rows outlive the TTL, so a failure here is retried and dead-lettered.
 */
export const handler = eventHandler(recomputeTargetStatus, async ({ data, metadata }) => {
  if ('uploadId' in data) logger.info('Upload promoted', { uploadId: data.uploadId, rows: await absenceRepository().promoteUpload(data.uploadId, data.municipalities) });
  const numbers = 'municipalities' in data ? data.municipalities : [data.municipalityNumber];
  const outcomes: Record<Reassessment, number> = { 'not-a-participant': 0, unchanged: 0, 'figures-updated': 0, 'status-changed': 0 };
  await forEachConcurrently(numbers, CONCURRENCY, async (number) => {
    outcomes[await reassessTargetStatus(number, { correlationId: metadata.correlationId })]++;
  });
  logger.info('Target statuses reassessed', { municipalities: numbers.length, ...outcomes });
});
