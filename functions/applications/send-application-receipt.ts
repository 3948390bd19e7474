import { sendEmail } from '#shared/adapters/mail/ses-mailer.ts';
import { config } from '#shared/config.ts';
import { eventHandler } from '#shared/events/event-handler.ts';
import { applicationReceipt } from '#shared/notifications/application-emails.ts';

/** On ApplicationSubmitted: the project leader gets a receipt in the municipality's written standard. */
export const handler = eventHandler('sendApplicationReceipt', 'ApplicationSubmitted', async ({ data, metadata }) => {
  await sendEmail(applicationReceipt(data, metadata.correlationId), config.mailFrom());
});
