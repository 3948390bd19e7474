import { absenceWarningsRepository } from '#shared/absence/index.ts';
import { promoteAbsenceWarnings } from '#shared/absence/routes.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';

/**
 * On AbsenceFiguresUploaded: the committed upload's plausibility warnings, written pending with
 * its rows, become open and listed (GET /absence-figures/warnings). Idempotent; a failure is
 * retried and dead-lettered, far within the pending warnings' TTL.
 */
export const handler = eventHandler(promoteAbsenceWarnings, async ({ data }) => {
  logger.info('Warnings promoted', { uploadId: data.uploadId, warnings: await absenceWarningsRepository().promote(data.uploadId, data.municipalities) });
});
