/**
 * What SES does with a SendEmail request before delivery, done locally: a simple message
 * (subject, text body, extra headers) becomes a MIME message, composed by nodemailer; a raw
 * message is taken as it is.
 */
import MailComposer from 'nodemailer/lib/mail-composer/index.js';

/** The parts of SES v2 SendEmail's JSON body that the backend sends. */
export interface SendEmailBody {
  readonly FromEmailAddress?: string;
  readonly Destination?: { readonly ToAddresses?: readonly string[] };
  readonly Content?: {
    readonly Raw?: { readonly Data?: string };
    readonly Simple?: {
      readonly Subject?: { readonly Data?: string };
      readonly Body?: { readonly Text?: { readonly Data?: string } };
      readonly Headers?: readonly { readonly Name: string; readonly Value: string }[];
    };
  };
}

/** The MIME message SES would send, or undefined for content it would refuse. */
export async function composeAsSes(request: SendEmailBody): Promise<Buffer | undefined> {
  const raw = request.Content?.Raw?.Data;
  if (raw) return Buffer.from(raw, 'base64');
  const simple = request.Content?.Simple;
  if (!simple || !request.FromEmailAddress || !request.Destination?.ToAddresses?.length) return undefined;
  const composer = new MailComposer({
    from: request.FromEmailAddress,
    to: request.Destination.ToAddresses.map(decodedMailbox),
    subject: simple.Subject?.Data ?? '',
    text: simple.Body?.Text?.Data ?? '',
    headers: Object.fromEntries((simple.Headers ?? []).map((h) => [h.Name, h.Value])),
  });
  return composer.compile().build();
}

/** `=?UTF-8?B?…?= <address>` back to name and address, so the composer encodes the name itself. */
function decodedMailbox(mailbox: string): string | { name: string; address: string } {
  const encoded = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?= <([^>]+)>$/i.exec(mailbox);
  return encoded ? { name: Buffer.from(encoded[1]!, 'base64').toString('utf8'), address: encoded[2]! } : mailbox;
}
