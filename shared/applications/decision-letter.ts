/**
 * Emails of the decision letter, in bokmål and nynorsk. Pure functions: data in, message out; the
 * caller picks the language from the receiving municipality's written standard.
 */
import type { EventData } from '../event-catalogue.ts';
import type { Language } from '../platform/written-standard.ts';
import { letter, quoted, type EmailMessage } from '../platform/mail/email-message.ts';

/** The decision letter to the project leader. */
export function decisionLetter(decision: EventData<'ApplicationDecided'>, language: Language, correlationId?: string): EmailMessage {
  const to = { name: decision.projectLeader.name, address: decision.projectLeader.email };
  const admitted = decision.outcome === 'admitted';
  if (language === 'nn') {
    return letter('decision-letter', to, 'nn', admitted ? `Vedtak: ${decision.municipalityName} kommune er teken opp i ${decision.cohortName}` : `Vedtak: søknaden frå ${decision.municipalityName} kommune er avslått`, [
      `Hei ${decision.projectLeader.name},`,
      '',
      admitted
        ? `Styringsgruppa har teke ${decision.municipalityName} kommune opp som deltakar i ${decision.cohortName} i Kvalitetskommuneprogrammet.`
        : `Styringsgruppa har dessverre avslått søknaden frå ${decision.municipalityName} kommune om å delta i ${decision.cohortName}.`,
      '',
      'Grunngjeving:',
      ...quoted(decision.reason),
    ], correlationId);
  }
  return letter('decision-letter', to, 'nb', admitted ? `Vedtak: ${decision.municipalityName} kommune er tatt opp i ${decision.cohortName}` : `Vedtak: søknaden fra ${decision.municipalityName} kommune er avslått`, [
    `Hei ${decision.projectLeader.name},`,
    '',
    admitted
      ? `Styringsgruppen har tatt ${decision.municipalityName} kommune opp som deltaker i ${decision.cohortName} i Kvalitetskommuneprogrammet.`
      : `Styringsgruppen har dessverre avslått søknaden fra ${decision.municipalityName} kommune om å delta i ${decision.cohortName}.`,
    '',
    'Begrunnelse:',
    ...quoted(decision.reason),
  ], correlationId);
}
