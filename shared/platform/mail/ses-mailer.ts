/**
 * Sends email through Amazon SES (v2 API) as a simple message: SES composes the MIME (UTF-8
 * subject and plain-text body, our headers added), so no MIME library is loaded into the
 * Lambda. In development `AWS_ENDPOINT_URL_SESV2` points the same client at the local stand-in,
 * which composes the message with nodemailer the same way and writes it as an .eml file.
 */
import { SendEmailCommand, SESv2Client, type SendEmailCommandInput } from '@aws-sdk/client-sesv2';
import type { EmailMessage, Recipient } from './email-message.ts';

// One attempt per call: retries belong to the notification pipeline (EventBridge and Lambda), which counts them.
const ses = new SESv2Client({ maxAttempts: 1 });

/** The SendEmail request for one message. */
export function sendEmailRequest(message: EmailMessage, from: string, configurationSet?: string): SendEmailCommandInput {
  return {
    FromEmailAddress: from,
    // The configuration set publishes the message's bounces and complaints (to EventBridge).
    ...(configurationSet ? { ConfigurationSetName: configurationSet } : {}),
    Destination: { ToAddresses: message.to.map(mailbox) },
    Content: {
      Simple: {
        Subject: { Data: message.subject, Charset: 'UTF-8' },
        Body: { Text: { Data: message.text, Charset: 'UTF-8' } },
        Headers: [
          { Name: 'Content-Language', Value: message.language === 'nn' ? 'nn' : 'nb' },
          ...(message.correlationId ? [{ Name: 'X-Correlation-Id', Value: message.correlationId }] : []),
          // SES v2 takes any RFC 822 header here, List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) included.
          ...(message.headers ?? []).map((h) => ({ Name: h.name, Value: h.value })),
        ],
      },
    },
  };
}

/**
 * A recipient as an address header value. SES takes display names with characters outside
 * ASCII (Ø, å…) only as RFC 2047 encoded words; other names are quoted.
 */
export function mailbox(recipient: Recipient): string {
  if (!recipient.name) return recipient.address;
  const name = /^[\x20-\x7e]*$/.test(recipient.name)
    ? `"${recipient.name.replace(/["\\]/g, '\\$&')}"`
    : `=?UTF-8?B?${Buffer.from(recipient.name, 'utf8').toString('base64')}?=`;
  return `${name} <${recipient.address}>`;
}

/** Sends one message; resolves to SES's message id. */
export async function sendEmail(message: EmailMessage, from: string, configurationSet?: string): Promise<string> {
  const result = await ses.send(new SendEmailCommand(sendEmailRequest(message, from, configurationSet)));
  return result.MessageId ?? '';
}
