import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { applicationReceipt } from '#shared/applications/index.ts';
import { notificationsRepository, queuedNotifications } from '#shared/notifications/index.ts';
import { sendApplicationReceipt } from '#shared/applications/routes.ts';

/** On ApplicationSubmitted: the project leader gets a receipt in the municipality's written standard. */
export const handler = eventHandler(sendApplicationReceipt, async ({ data, metadata }) => {
  await notificationsRepository().insertAll(queuedNotifications(applicationReceipt(data, metadata.correlationId), metadata));
});
