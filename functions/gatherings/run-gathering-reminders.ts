import { gatheringsRepository, registrationsRepository, dueReminderStep, gatheringReminderSchedule, reminderReach, isFixed } from '#shared/gatherings/index.ts';
import { newEvent } from '#shared/event-catalogue.ts';
import { forEachConcurrently } from '#shared/platform/concurrency.ts';
import { addDays, norwegianDay } from '#shared/platform/dates.ts';
import { scheduledHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { gatheringReminderSchedule as schedule } from '#shared/gatherings/registration-routes.ts';

const CONCURRENCY = 8;

/**
 * Daily: the gatherings starting within the schedule's reach (one Query of the date index,
 * `between`), each with its step due today (shared/gatherings/registration-reminders.ts); every
 * registered attendee of one with a step due is reminded: one conditional write per registration
 * and step with its event (GatheringReminderDue), so a second run, or two at once, send nothing twice.
 */
export const handler = scheduledHandler(schedule, async (event) => {
  const today = norwegianDay(event.time);
  const config = gatheringReminderSchedule();
  const upcoming = await gatheringsRepository().between(addDays(today, 1), addDays(today, reminderReach(config)));
  const repository = registrationsRepository();
  const now = new Date();
  for (const gathering of upcoming) {
    if (gathering.status === 'cancelled' || !isFixed(gathering.when)) continue;
    const firstDay = gathering.when.from;
    const step = dueReminderStep(today, firstDay, config);
    if (step === undefined) continue;
    const registered = (await repository.ofGathering(gathering.id)).filter((r) => r.status === 'registered');
    let sent = 0;
    await forEachConcurrently(registered, CONCURRENCY, async (r) => {
      const due = newEvent(
        'GatheringReminderDue',
        { gatheringId: gathering.id, registrationId: r.id, municipalityNumber: r.municipalityNumber, ...(r.sessionId ? { sessionId: r.sessionId } : {}), daysBefore: step, firstDay, sentFor: today },
        { correlationId: event.id, now },
      );
      if (await repository.claimReminder(gathering.id, step, r.id, due)) sent++;
    });
    logger.info('Gathering reminders', { day: today, gatheringId: gathering.id, step, registered: registered.length, sent });
  }
});
