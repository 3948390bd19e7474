import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { participantsRepository } from '#shared/applications/index.ts';
import { forEachConcurrently } from '#shared/platform/concurrency.ts';
import { existsOn } from '#shared/municipalities/model.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { cohortInvitation, cohortInvitationsRepository, invitationSummary } from '#shared/cohorts/index.ts';
import { notificationsRepository, NOTIFY_CONCURRENCY, queuedNotifications, secretariatRecipient } from '#shared/notifications/index.ts';
import { sendCohortInvitations } from '#shared/cohorts/routes.ts';

/**
 * On CohortOpened: every municipality existing at the cohort's start and not yet participating
 * gets an invitation at its contact address; the secretariat gets the count and the list of
 * municipalities that have no contact address yet. Each invitation is recorded after its
 * notification (the nudges before the window closes read who was invited). A retry sends only
 * what was not sent and records only what was not recorded.
 */
export const handler = eventHandler(sendCohortInvitations, async ({ data, metadata }) => {
  const notifications = notificationsRepository();
  const [register, admissions] = await Promise.all([municipalitiesRepository().list(), participantsRepository().admissions()]);
  const participants = new Set(admissions.map((a) => a.municipalityNumber));
  const invitees = register.filter((m) => existsOn(m, data.startDate) && !participants.has(m.number));
  const withoutContact = invitees.filter((m) => !m.contactEmail);

  let sent = 0;
  await forEachConcurrently(invitees, NOTIFY_CONCURRENCY, async (municipality) => {
    if (!municipality.contactEmail) return;
    const to = { name: `${municipality.name} kommune`, address: municipality.contactEmail };
    const message = cohortInvitation(data, municipality.name, to, languageFor(municipality.writtenStandard), metadata.correlationId);
    if ((await notifications.insertAll(queuedNotifications(message, metadata))) > 0) sent++;
    await cohortInvitationsRepository().record({ cohortId: data.cohortId, municipalityNumber: municipality.number, municipalityName: municipality.name, address: municipality.contactEmail, invitedAt: metadata.occurredAt });
  });
  const secretariat = secretariatRecipient();
  await notifications.insertAll(queuedNotifications(invitationSummary(data, invitees.length - withoutContact.length, withoutContact, secretariat, metadata.correlationId), metadata));
  logger.info('Invitations sent', { invitees: invitees.length, sent, withoutContact: withoutContact.length });
});
