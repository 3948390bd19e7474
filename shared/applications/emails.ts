/**
 * Email texts about applications, in bokmål and nynorsk: the receipt, the secretariat's notice
 * and digest, and the decision letter. Pure functions: data in, message out; the caller picks
 * the language from the receiving municipality's written standard where it is a parameter.
 */
import type { EventData } from '../event-catalogue.ts';
import type { Application } from './contract.ts';
import { languageFor, type Language } from '../platform/written-standard.ts';
import { letter, longDate, quoted, type EmailMessage, type Recipient } from '../platform/mail/email-message.ts';

type Submitted = EventData<'ApplicationSubmitted'>;

const focusAreaNames: Record<Language, Record<string, string>> = {
  nb: { care: 'pleie og omsorg', 'childhood-education': 'oppvekst (barnehage og skole)' },
  nn: { care: 'pleie og omsorg', 'childhood-education': 'oppvekst (barnehage og skule)' },
};

/** Receipt to the project leader, in the municipality's written standard. */
export function applicationReceipt(event: Submitted, correlationId?: string): EmailMessage {
  const language = languageFor(event.writtenStandard);
  const areas = event.focusAreas.map((a) => focusAreaNames[language][a]).join(' og ');
  const date = longDate(event.submittedAt);
  const lines =
    language === 'nn'
      ? [
          `Hei ${event.projectLeader.name},`,
          '',
          `Vi har motteke søknaden frå ${event.municipalityName} kommune om å delta i Kvalitetskommuneprogrammet, send ${date}.`,
          `Innsatsområde: ${areas}.`,
          `Referansen til søknaden er ${event.applicationId}.`,
          '',
          'Sekretariatet går gjennom søknaden, og de får melding når styringsgruppa har gjort vedtak.',
        ]
      : [
          `Hei ${event.projectLeader.name},`,
          '',
          `Vi har mottatt søknaden fra ${event.municipalityName} kommune om å delta i Kvalitetskommuneprogrammet, sendt ${date}.`,
          `Innsatsområder: ${areas}.`,
          `Referansen til søknaden er ${event.applicationId}.`,
          '',
          'Sekretariatet går gjennom søknaden, og dere får beskjed når styringsgruppen har fattet vedtak.',
        ];
  const subject =
    language === 'nn'
      ? `Stadfesting: søknad frå ${event.municipalityName} kommune er motteken`
      : `Bekreftelse: søknad fra ${event.municipalityName} kommune er mottatt`;
  return letter('application-receipt', { name: event.projectLeader.name, address: event.projectLeader.email }, language, subject, lines, correlationId);
}

/** Notice to the secretariat (bokmål, the secretariat's own standard). */
export function newApplicationNotice(event: Submitted, secretariat: Recipient, correlationId?: string): EmailMessage {
  const areas = event.focusAreas.map((a) => focusAreaNames.nb[a]).join(' og ');
  return {
    template: 'new-application-notice',
    to: [secretariat],
    subject: `Ny søknad: ${event.municipalityName} kommune (${event.municipalityNumber})`,
    text: [
      `${event.municipalityName} kommune (${event.municipalityNumber}) har sendt søknad om å delta i Kvalitetskommuneprogrammet.`,
      '',
      `Sendt: ${longDate(event.submittedAt)}`,
      `Innsatsområder: ${areas}`,
      `Prosjektleder: ${event.projectLeader.name} <${event.projectLeader.email}>`,
      `Søknad: ${event.applicationId}`,
    ].join('\n'),
    language: 'nb',
    ...(correlationId ? { correlationId } : {}),
  };
}

/** The secretariat's morning digest of the applications received on one day. */
export function dailyApplicationDigest(day: string, applications: readonly Application[], secretariat: Recipient): EmailMessage {
  const lines = applications.map(
    (a) => `- ${a.municipalityName} (${a.municipalityNumber}), prosjektleder ${a.projectLeader?.name ?? "(ikke oppgitt)"}: ${a.id}`,
  );
  return {
    template: 'application-digest',
    to: [secretariat],
    subject: `Søknader mottatt ${longDate(day)}: ${applications.length}`,
    text: [`Søknader mottatt ${longDate(day)} (${applications.length}):`, '', ...lines].join('\n'),
    language: 'nb',
  };
}

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
