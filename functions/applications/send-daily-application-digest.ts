import { applicationsRepository, dailyApplicationDigest } from '#shared/applications/index.ts';
import { previousUtcDay } from '#shared/platform/dates.ts';
import { scheduledHandler } from '#shared/platform/events/event-handler.ts';
import { notificationsRepository, queuedNotifications, secretariatRecipient } from '#shared/notifications/index.ts';
import { logger } from '#shared/platform/logger.ts';
import { dailyApplicationDigestSchedule } from '#shared/applications/routes.ts';

/** Each morning: the applications of the previous UTC day, one query on gsi2; no email on a quiet day. */
export const handler = scheduledHandler(dailyApplicationDigestSchedule, async (event) => {
  const day = previousUtcDay(new Date(event.time));
  const applications = await applicationsRepository().submittedOn(day);
  if (applications.length === 0) {
    logger.info('No applications to report', { day });
    return;
  }
  const secretariat = secretariatRecipient();
  await notificationsRepository().insertAll(queuedNotifications(dailyApplicationDigest(day, applications, secretariat), { eventId: event.id, eventType: 'Schedule:daily-application-digest' }));
  logger.info('Digest sent', { day, applications: applications.length });
});
