import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { newApplicationNotice } from '#shared/applications/index.ts';
import { notificationsRepository, queuedNotifications, secretariatRecipient } from '#shared/notifications/index.ts';
import { notifySecretariatOfApplication } from '#shared/applications/routes.ts';

/** On ApplicationSubmitted: the secretariat is told a new application has arrived. */
export const handler = eventHandler(notifySecretariatOfApplication, async ({ data, metadata }) => {
  const secretariat = secretariatRecipient();
  await notificationsRepository().insertAll(queuedNotifications(newApplicationNotice(data, secretariat, metadata.correlationId), metadata));
});
