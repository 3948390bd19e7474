import { config } from '#shared/config.ts';
import { eventHandler } from '#shared/events/event-handler.ts';
import { newApplicationNotice } from '#shared/notifications/application-emails.ts';
import { notify } from '#shared/notifications/notify.ts';

/** On ApplicationSubmitted: the secretariat is told a new application has arrived. */
export const handler = eventHandler('notifySecretariatOfApplication', 'ApplicationSubmitted', async ({ data, metadata }) => {
  const secretariat = { name: 'Sekretariatet for Kvalitetskommuneprogrammet', address: config.secretariatEmail() };
  await notify(config.tableName(), newApplicationNotice(data, secretariat, metadata.correlationId), metadata);
});
