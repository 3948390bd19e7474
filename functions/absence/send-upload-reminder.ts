import { absenceRepository, figuresMissing, quarterOf, uploadReminder } from '#shared/absence/index.ts';
import { participantsRepository } from '#shared/applications/index.ts';
import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { notificationsRepository, queuedNotifications, recipientsByRole, secretariatRecipient } from '#shared/notifications/index.ts';
import { peopleRepository } from '#shared/people/index.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { sendUploadReminder } from '#shared/absence/routes.ts';

/**
 * On AbsenceFiguresReminderDue: the municipality's figures uploaders and project leaders (else the
 * application's project leader) are reminded, in its written standard; not at all when the
 * figures came in meanwhile. On AbsenceFiguresMissing: the secretariat gets the list. The
 * notifications' ids come from the event, so a redelivered event queues nothing twice.
 */
export const handler = eventHandler(sendUploadReminder, async ({ data, metadata }) => {
  if (metadata.eventType === 'AbsenceFiguresMissing') {
    const d = data as { quarter: string; step: 'first' | 'second'; municipalities: { municipalityNumber: string; municipalityName: string }[] };
    await notificationsRepository().insertAll(queuedNotifications(figuresMissing(d, secretariatRecipient(), metadata.correlationId), metadata));
    return;
  }
  const d = data as { municipalityNumber: string; quarter: string; step: 'first' | 'second' };
  const [figures, participant, municipality] = await Promise.all([
    absenceRepository().figuresOf(d.municipalityNumber),
    participantsRepository().latestOf(d.municipalityNumber),
    municipalitiesRepository().get(d.municipalityNumber),
  ]);
  if (figures.some((f) => quarterOf(f.period) === d.quarter)) {
    logger.info('Figures came in meanwhile: no reminder', { municipalityNumber: d.municipalityNumber, quarter: d.quarter });
    return;
  }
  if (!participant) throw new Error(`Municipality ${d.municipalityNumber} is not a participant`);
  const fallback = [{ name: participant.projectLeader.name, address: participant.projectLeader.email }];
  const to = await recipientsByRole('absence-upload-reminder', (roles) => peopleRepository().withRoles(d.municipalityNumber, roles), fallback);
  const language = languageFor(municipality?.writtenStandard ?? 'neutral');
  const name = municipality?.name ?? participant.municipalityName;
  for (const recipient of to) await notificationsRepository().insertAll(queuedNotifications(uploadReminder({ municipalityName: name, quarter: d.quarter, step: d.step }, recipient, language, metadata.correlationId), metadata));
});
