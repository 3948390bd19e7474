import { decisionLetter } from '#shared/applications/index.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { notificationsRepository, queuedNotifications } from '#shared/notifications/index.ts';
import { sendDecisionLetter } from '#shared/applications/routes.ts';

/** On ApplicationDecided: the outcome and its reason to the project leader, in the municipality's written standard. */
export const handler = eventHandler(sendDecisionLetter, async ({ data, metadata }) => {
  await notificationsRepository().insertAll(queuedNotifications(decisionLetter(data, languageFor(data.writtenStandard), metadata.correlationId), metadata));
});
