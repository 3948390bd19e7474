/**
 * The only message a typed, unconfirmed address receives: who entered it, the code that
 * confirms it, and that nothing else is sent until then. Bokmål and nynorsk, in the written
 * standard of the municipality that typed it. Pure: data in, message out.
 */
import type { Language } from '../platform/written-standard.ts';
import { letter, longDate, type EmailMessage } from '../platform/mail/email-message.ts';

/** The template of the confirmation message: the one delivered to an address awaiting confirmation. */
export const CONFIRMATION_TEMPLATE = 'email-address-confirmation';

/**
 * The invitation of a person (shared/people/emails.ts): it carries the confirmation code
 * itself, so, like the confirmation message, it is never held for the confirmation it asks for.
 */
export const INVITATION_TEMPLATE = 'person-invitation';

/** The templates delivered to an address that awaits confirmation. */
export const CONFIRMING_TEMPLATES: ReadonlySet<string> = new Set([CONFIRMATION_TEMPLATE, INVITATION_TEMPLATE]);

export function confirmationMessage(
  request: { address: string; municipalityName: string; token: string; expiresAt: string },
  language: Language,
  correlationId?: string,
): EmailMessage {
  const to = { address: request.address };
  const expires = longDate(request.expiresAt);
  const path = `/email-confirmations/${request.token}`;
  return language === 'nn'
    ? letter(CONFIRMATION_TEMPLATE, to, 'nn', 'Stadfest e-postadressa di for Kvalitetskommuneprogrammet', [
        `${request.municipalityName} kommune har oppgitt ${request.address} som e-postadresse i Kvalitetskommuneprogrammet.`,
        '',
        `Stadfest adressa med denne koden før ${expires}:`,
        request.token,
        `(I programmet sitt API: POST ${path})`,
        '',
        'Vi sender ikkje anna e-post til adressa før ho er stadfest. Kjenner du ikkje til dette, kan du sjå bort frå meldinga.',
      ], correlationId)
    : letter(CONFIRMATION_TEMPLATE, to, 'nb', 'Bekreft e-postadressen din for Kvalitetskommuneprogrammet', [
        `${request.municipalityName} kommune har oppgitt ${request.address} som e-postadresse i Kvalitetskommuneprogrammet.`,
        '',
        `Bekreft adressen med denne koden før ${expires}:`,
        request.token,
        `(I programmets API: POST ${path})`,
        '',
        'Vi sender ikke annen e-post til adressen før den er bekreftet. Kjenner du ikke til dette, kan du se bort fra meldingen.',
      ], correlationId);
}
