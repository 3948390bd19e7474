import { config } from '#shared/platform/config.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { applicationReceipt } from '#shared/applications/index.ts';
import { notify } from '#shared/notifications/notify.ts';
import { sendApplicationReceipt } from '#shared/applications/routes.ts';

/** On ApplicationSubmitted: the project leader gets a receipt in the municipality's written standard. */
export const handler = eventHandler(sendApplicationReceipt, async ({ data, metadata }) => {
  await notify(config.tableName(), applicationReceipt(data, metadata.correlationId), metadata);
});
