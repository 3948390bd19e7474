/**
 * Emails of cohort workflows: invitations and their summary, in bokmål and nynorsk. Pure functions: data in, message out; the
 * caller picks the language from the receiving municipality's written standard.
 */
import type { EventData } from '../event-catalogue.ts';
import type { Language } from '../platform/written-standard.ts';
import { letter, longDate, type EmailMessage, type Recipient } from '../platform/mail/email-message.ts';

/** Invitation to apply, sent to a municipality not yet participating when a cohort opens. */
export function cohortInvitation(cohort: EventData<'CohortOpened'>, municipalityName: string, to: Recipient, language: Language, correlationId?: string): EmailMessage {
  const closes = longDate(cohort.applicationWindow.closesOn);
  const starts = longDate(cohort.startDate);
  return language === 'nn'
    ? letter('cohort-invitation', to, 'nn', `Invitasjon: søk om å delta i Kvalitetskommuneprogrammet (${cohort.cohortName})`, [
        `Til ${municipalityName} kommune`,
        '',
        `${cohort.cohortName} i Kvalitetskommuneprogrammet er open for søknader fram til ${closes}. Dei lokale prosjekta startar ${starts}.`,
        'Søknaden skal få fram innsatsområda, korleis kommunen vil arbeide, eit mål for lågare sjukefråvær, representasjon for folkevalde, leiinga og dei tillitsvalde i styringa av arbeidet, og det politiske vedtaket.',
      ], correlationId)
    : letter('cohort-invitation', to, 'nb', `Invitasjon: søk om å delta i Kvalitetskommuneprogrammet (${cohort.cohortName})`, [
        `Til ${municipalityName} kommune`,
        '',
        `${cohort.cohortName} i Kvalitetskommuneprogrammet er åpen for søknader til og med ${closes}. De lokale prosjektene starter ${starts}.`,
        'Søknaden skal få fram innsatsområdene, hvordan kommunen vil arbeide, et mål for lavere sykefravær, representasjon for folkevalgte, ledelsen og de tillitsvalgte i styringen av arbeidet, og det politiske vedtaket.',
      ], correlationId);
}

/** To the secretariat after invitations went out: how many, and who has no contact address yet. */
export function invitationSummary(
  cohort: EventData<'CohortOpened'>,
  invited: number,
  withoutContact: readonly { number: string; name: string }[],
  to: Recipient,
  correlationId?: string,
): EmailMessage {
  return letter('invitation-summary', to, 'nb', `Invitasjoner til ${cohort.cohortName}: ${invited} sendt, ${withoutContact.length} uten kontaktadresse`, [
    `${cohort.cohortName} er åpnet for søknader. Invitasjon er sendt til ${invited} kommuner som ikke deltar i programmet.`,
    ...(withoutContact.length
      ? ['', `Disse ${withoutContact.length} kommunene har ingen kontaktadresse registrert (PATCH /municipalities/{nummer}) og fikk ingen invitasjon:`, ...withoutContact.map((m) => `- ${m.name} (${m.number})`)]
      : []),
  ], correlationId);
}
