/**
 * Sends email through Amazon SES (v2 API) as a raw MIME message composed by nodemailer.
 * In development `AWS_ENDPOINT_URL_SESV2` points the same client at the local mail sink,
 * which writes each message as an .eml file, so this code path is exercised locally too.
 */
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { EmailMessage } from '../../notifications/email-message.ts';

// One attempt per call: retries belong to the notification pipeline (EventBridge and Lambda), which counts them.
const ses = new SESv2Client({ maxAttempts: 1 });

/** Composes the MIME message (headers, plain-text part, UTF-8 subject) as bytes. */
export async function composeMime(message: EmailMessage, from: string): Promise<Buffer> {
  const composer = new MailComposer({
    from,
    to: message.to.map((r) => (r.name ? { name: r.name, address: r.address } : r.address)),
    subject: message.subject,
    text: message.text,
    headers: {
      'Content-Language': message.language === 'nn' ? 'nn' : 'nb',
      ...(message.correlationId ? { 'X-Correlation-Id': message.correlationId } : {}),
    },
  });
  return composer.compile().build();
}

/** Sends one message; resolves to SES's message id. */
export async function sendEmail(message: EmailMessage, from: string): Promise<string> {
  const raw = await composeMime(message, from);
  const result = await ses.send(new SendEmailCommand({ Content: { Raw: { Data: raw } } }));
  return result.MessageId ?? '';
}
