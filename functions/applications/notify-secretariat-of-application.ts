import { sendEmail } from '#shared/adapters/mail/ses-mailer.ts';
import { config } from '#shared/config.ts';
import { eventHandler } from '#shared/events/event-handler.ts';
import { newApplicationNotice } from '#shared/notifications/application-emails.ts';

/** On ApplicationSubmitted: the secretariat is told a new application has arrived. */
export const handler = eventHandler('notifySecretariatOfApplication', 'ApplicationSubmitted', async ({ data, metadata }) => {
  const secretariat = { name: 'Sekretariatet for Kvalitetskommuneprogrammet', address: config.secretariatEmail() };
  await sendEmail(newApplicationNotice(data, secretariat, metadata.correlationId), config.mailFrom());
});
