import { forEachConcurrently } from '#shared/concurrency.ts';
import { config } from '#shared/config.ts';
import { eventHandler } from '#shared/events/event-handler.ts';
import { logger } from '#shared/observability/logger.ts';
import { reassessTargetStatus, type Reassessment } from '#shared/services/target-status.ts';

/** Municipalities reassessed at once; a bulk upload names ~430. */
const CONCURRENCY = 8;

/** On AbsenceFiguresUploaded or MunicipalityAdmitted: reassess each named participant's target status. */
export const handler = eventHandler('recomputeTargetStatus', ['AbsenceFiguresUploaded', 'MunicipalityAdmitted'], async ({ data, metadata }) => {
  const tableName = config.tableName();
  const numbers = 'municipalities' in data ? data.municipalities : [data.municipalityNumber];
  const outcomes: Record<Reassessment, number> = { 'not-a-participant': 0, unchanged: 0, 'figures-updated': 0, 'status-changed': 0 };
  await forEachConcurrently(numbers, CONCURRENCY, async (number) => {
    outcomes[await reassessTargetStatus(tableName, number, { correlationId: metadata.correlationId })]++;
  });
  logger.info('Target statuses reassessed', { municipalities: numbers.length, ...outcomes });
});
