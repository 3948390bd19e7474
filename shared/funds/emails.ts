/**
 * The letter of a grant decision to the municipality's project leader, in bokmål and nynorsk:
 * pure, data in and message out; the caller picks the language from the municipality's
 * written standard.
 */
import type { Language } from '../platform/written-standard.ts';
import { letter, quoted, type EmailMessage, type Recipient } from '../platform/mail/email-message.ts';
import { nok } from './model.ts';

export function grantDecisionLetter(
  grant: { id: string; municipalityName: string; purpose: string; amountRequested: number; year: number },
  decision: { granted: number; comment: string },
  to: Recipient,
  language: Language,
  correlationId?: string,
): EmailMessage {
  const declined = decision.granted === 0;
  const full = decision.granted === grant.amountRequested;
  const comment = decision.comment.trim() ? ['', 'Kommentar:', ...quoted(decision.comment)] : [];
  if (language === 'nn') {
    const subject = declined ? `Søknad om stimuleringsmidlar frå ${grant.municipalityName} kommune er avslått` : `Stimuleringsmidlar til ${grant.municipalityName} kommune: ${nok(decision.granted)} er løyvde`;
    return letter('grant-decision', to, 'nn', subject, [
      `${grant.municipalityName} kommune søkte om ${nok(grant.amountRequested)} i stimuleringsmidlar (${grant.year}) til:`,
      ...quoted(grant.purpose),
      '',
      declined ? 'Sekretariatet har avslått søknaden.' : full ? `Sekretariatet har løyvt heile summen, ${nok(decision.granted)}.` : `Sekretariatet har løyvt ${nok(decision.granted)} av dei ${nok(grant.amountRequested)} de søkte om.`,
      ...(declined ? [] : ['Pengane blir utbetalte etter avtale. Gjer greie for bruken av midlane når prosjektet rapporterer.']),
      ...comment,
      '',
      `Søknad: GET /grants/${grant.id}`,
    ], correlationId);
  }
  const subject = declined ? `Søknad om stimuleringsmidler fra ${grant.municipalityName} kommune er avslått` : `Stimuleringsmidler til ${grant.municipalityName} kommune: ${nok(decision.granted)} er innvilget`;
  return letter('grant-decision', to, 'nb', subject, [
    `${grant.municipalityName} kommune søkte om ${nok(grant.amountRequested)} i stimuleringsmidler (${grant.year}) til:`,
    ...quoted(grant.purpose),
    '',
    declined ? 'Sekretariatet har avslått søknaden.' : full ? `Sekretariatet har innvilget hele beløpet, ${nok(decision.granted)}.` : `Sekretariatet har innvilget ${nok(decision.granted)} av de ${nok(grant.amountRequested)} dere søkte om.`,
    ...(declined ? [] : ['Pengene utbetales etter avtale. Gjør rede for bruken av midlene når prosjektet rapporterer.']),
    ...comment,
    '',
    `Søknad: GET /grants/${grant.id}`,
  ], correlationId);
}
