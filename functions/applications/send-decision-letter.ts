import { decisionLetter } from '#shared/applications/index.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { notificationsRepository, queuedNotifications, recipientsByRole } from '#shared/notifications/index.ts';
import { peopleRepository } from '#shared/people/index.ts';
import { sendDecisionLetter } from '#shared/applications/routes.ts';

/**
 * On ApplicationDecided: the outcome and its reason, in the municipality's written standard, to
 * its project leaders and management by role, else to the application's project leader.
 */
export const handler = eventHandler(sendDecisionLetter, async ({ data, metadata }) => {
  const message = decisionLetter(data, languageFor(data.writtenStandard), metadata.correlationId);
  const recipients = await recipientsByRole('decision-letter', (roles) => peopleRepository().withRoles(data.municipalityNumber, roles), message.to);
  await notificationsRepository().insertAll(queuedNotifications({ ...message, to: recipients }, metadata));
});
