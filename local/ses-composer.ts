/**
 * What SES does with a SendEmail request before delivery, done locally: a simple message
 * (subject, text body, extra headers) becomes a MIME message, composed by nodemailer; a raw
 * message is taken as it is.
 */
import MailComposer from 'nodemailer/lib/mail-composer/index.js';

/** The parts of SES v2 SendEmail's JSON body that the backend sends. */
export interface SendEmailBody {
  readonly FromEmailAddress?: string;
  readonly ConfigurationSetName?: string;
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

/**
 * What SES's mailbox simulator (and the addresses the stand-in is told to bounce) report back:
 * the EventBridge entry SES publishes for a message sent with a configuration set, or nothing.
 * https://docs.aws.amazon.com/ses/latest/dg/send-an-email-from-console.html#send-email-simulator
 */
export function simulatedFeedback(
  request: SendEmailBody,
  messageId: string,
  bounceAddresses: ReadonlySet<string>,
  now = new Date(),
): { Source: string; DetailType: string; Detail: string; Resources: string[] } | undefined {
  if (!request.ConfigurationSetName) return undefined;
  const destination = (request.Destination?.ToAddresses ?? []).map((m) => (/<([^>]+)>\s*$/.exec(m)?.[1] ?? m).trim().toLowerCase());
  const bounced = destination.filter((a) => a === 'bounce@simulator.amazonses.com' || bounceAddresses.has(a));
  const complained = destination.filter((a) => a === 'complaint@simulator.amazonses.com');
  if (bounced.length === 0 && complained.length === 0) return undefined;
  const at = now.toISOString();
  const mail = {
    timestamp: at,
    source: request.FromEmailAddress,
    messageId,
    destination,
    tags: { 'ses:configuration-set': [request.ConfigurationSetName] },
  };
  const detail = bounced.length
    ? {
        eventType: 'Bounce',
        mail,
        bounce: {
          bounceType: 'Permanent',
          bounceSubType: 'General',
          bouncedRecipients: bounced.map((emailAddress) => ({ emailAddress, action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' })),
          timestamp: at,
          feedbackId: `${messageId}-bounce`,
          reportingMTA: 'dns; local.simulator',
        },
      }
    : {
        eventType: 'Complaint',
        mail,
        complaint: { complainedRecipients: complained.map((emailAddress) => ({ emailAddress })), complaintFeedbackType: 'abuse', timestamp: at, feedbackId: `${messageId}-complaint` },
      };
  return {
    Source: 'aws.ses',
    DetailType: bounced.length ? 'Email Bounced' : 'Email Complaint Received',
    Detail: JSON.stringify(detail),
    Resources: [`arn:aws:ses:eu-north-1:000000000000:configuration-set/${request.ConfigurationSetName}`],
  };
}
