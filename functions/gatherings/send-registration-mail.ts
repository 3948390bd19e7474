import { gatheringsRepository, registrationsRepository, movedUpLetter, reminderLetter } from '#shared/gatherings/index.ts';
import { participantsRepository } from '#shared/applications/index.ts';
import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { notificationsRepository, queuedNotifications, recipientsByRole } from '#shared/notifications/index.ts';
import { peopleRepository } from '#shared/people/index.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { sendRegistrationMail } from '#shared/gatherings/registration-routes.ts';

/**
 * On GatheringRegistrationMovedUp: the attendee and the municipality's project leaders learn of
 * the seat. On GatheringReminderDue: the attendee is reminded, unless the registration was
 * cancelled meanwhile. In the municipality's written standard; the notifications' ids come from
 * the event, so a redelivery queues nothing twice.
 */
export const handler = eventHandler(sendRegistrationMail, async ({ data, metadata }) => {
  const [gathering, registration, municipality] = await Promise.all([
    gatheringsRepository().get(data.gatheringId),
    registrationsRepository().get(data.gatheringId, data.registrationId),
    municipalitiesRepository().get(data.municipalityNumber),
  ]);
  if (!gathering || !registration || registration.status !== 'registered' || gathering.value.status === 'cancelled') {
    logger.info('No longer registered: no mail', { gatheringId: data.gatheringId, registrationId: data.registrationId });
    return;
  }
  const language = languageFor(municipality?.writtenStandard ?? 'neutral');
  const about = { gathering: gathering.value, attendeeName: registration.attendee.name, sessionId: registration.sessionId };
  const attendee = registration.attendee.email ? [{ name: registration.attendee.name, address: registration.attendee.email }] : [];
  const notifications = notificationsRepository();
  if (metadata.eventType === 'GatheringReminderDue') {
    const daysBefore = (data as { daysBefore: number }).daysBefore;
    for (const to of attendee) await notifications.insertAll(queuedNotifications(reminderLetter({ ...about, daysBefore }, to, language, metadata.correlationId), metadata));
    return;
  }
  const participant = await participantsRepository().latestOf(data.municipalityNumber);
  const fallback = participant ? [{ name: participant.projectLeader.name, address: participant.projectLeader.email }] : [];
  const leaders = await recipientsByRole('gathering-moved-up', (roles) => peopleRepository().withRoles(data.municipalityNumber, roles), fallback);
  const seen = new Set<string>();
  for (const to of [...attendee, ...leaders]) {
    if (seen.has(to.address.toLowerCase())) continue;
    seen.add(to.address.toLowerCase());
    await notifications.insertAll(queuedNotifications(movedUpLetter(about, to, language, metadata.correlationId), metadata));
  }
});
