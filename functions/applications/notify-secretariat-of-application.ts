import { config } from '#shared/platform/config.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { newApplicationNotice } from '#shared/applications/index.ts';
import { notify } from '#shared/notifications/notify.ts';
import { secretariatRecipient } from '#shared/notifications/recipients.ts';
import { notifySecretariatOfApplication } from '#shared/applications/routes.ts';

/** On ApplicationSubmitted: the secretariat is told a new application has arrived. */
export const handler = eventHandler(notifySecretariatOfApplication, async ({ data, metadata }) => {
  const secretariat = secretariatRecipient();
  await notify(config.tableName(), newApplicationNotice(data, secretariat, metadata.correlationId), metadata);
});
