import { reportsRepository, signatureSweep, type Report } from '#shared/reports/index.ts';
import type { Versioned } from '#shared/platform/dynamodb/query.ts';
import { forEachConcurrently } from '#shared/platform/concurrency.ts';
import { utcDay } from '#shared/platform/dates.ts';
import { scheduledHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { signatureSweepSchedule } from '#shared/reports/routes.ts';

const SWEEP_CONCURRENCY = 8;

/**
 * Daily: each report awaiting signatures (the sparse REPORTS_AWAITING_SIGNATURES index, never a
 * Scan) gets one ReportSignaturesMissing for the day at most, written with the day in the
 * report at its version: a sweep that runs twice, or two at once, remind once per report and day.
 */
export const handler = scheduledHandler(signatureSweepSchedule, async (event) => {
  const reports = reportsRepository();
  const today = utcDay(event.time);
  const awaiting = await reports.awaitingSignatures();
  let reminded = 0;
  await forEachConcurrently(awaiting, SWEEP_CONCURRENCY, async (read) => {
    const done = await reports.withRereads(read.value.id, 4, async (current: Versioned<Report> | undefined) => {
      if (!current) return false;
      const step = signatureSweep(current.value, today, { correlationId: event.id, now: new Date() });
      if (step === 'unchanged') return false;
      if (step === 'leave-index') {
        await reports.save(current);
        return false;
      }
      await reports.save({ value: step.state, version: current.version }, step.events);
      return true;
    }, read);
    if (done) reminded++;
  });
  logger.info('Signature sweep', { day: today, reportsRead: awaiting.length, reminded });
});
