/**
 * The nudge before a cohort's application window closes, in bokmål and nynorsk: to a draft's
 * project leader (send it) or to an invited municipality's contact address (apply). Pure: data
 * in, message out; the caller picks the language from the municipality's written standard. The
 * days left are counted from the day it is sent, so a late run's letter tells the truth.
 */
import type { Language } from '../platform/written-standard.ts';
import { letter, longDate, type EmailMessage, type Recipient } from '../platform/mail/email-message.ts';
import type { NudgeReason } from './application-nudges.ts';

export interface NudgeLetter {
  readonly cohortName: string;
  readonly closesOn: string;
  readonly municipalityName: string;
  readonly reason: NudgeReason;
  /** The draft's id (reason draft). */
  readonly applicationId?: string | undefined;
  /** The day it is sent for. */
  readonly sentFor: string;
}

export function applicationNudge(n: NudgeLetter, to: Recipient, language: Language, correlationId?: string): EmailMessage {
  const nn = language === 'nn';
  const closes = longDate(n.closesOn);
  const left = daysLeft(n.sentFor, n.closesOn, nn);
  const subject = nn ? `Påminning: søknadsfristen for ${n.cohortName} er ${closes}` : `Påminnelse: søknadsfristen for ${n.cohortName} er ${closes}`;
  const lines =
    n.reason === 'draft'
      ? nn
        ? [
            `${n.municipalityName} kommune har eit utkast til søknad om å delta i ${n.cohortName} i Kvalitetskommuneprogrammet, men søknaden er ikkje send inn. Søknadsfristen er ${closes} (${left}).`,
            '',
            `Send søknaden (POST /applications/${n.applicationId}/submission) før fristen. Manglar noko, står det i svaret.`,
          ]
        : [
            `${n.municipalityName} kommune har et utkast til søknad om å delta i ${n.cohortName} i Kvalitetskommuneprogrammet, men søknaden er ikke sendt inn. Søknadsfristen er ${closes} (${left}).`,
            '',
            `Send søknaden (POST /applications/${n.applicationId}/submission) før fristen. Mangler noe, står det i svaret.`,
          ]
      : nn
        ? [
            `Til ${n.municipalityName} kommune`,
            '',
            `${n.cohortName} i Kvalitetskommuneprogrammet er open for søknader til og med ${closes} (${left}). Vi har enno ikkje fått nokon søknad frå ${n.municipalityName} kommune.`,
            '',
            'Søknaden skal få fram innsatsområda, korleis kommunen vil arbeide, eit mål for lågare sjukefråvær, representasjon for folkevalde, leiinga og dei tillitsvalde i styringa av arbeidet, og det politiske vedtaket.',
          ]
        : [
            `Til ${n.municipalityName} kommune`,
            '',
            `${n.cohortName} i Kvalitetskommuneprogrammet er åpen for søknader til og med ${closes} (${left}). Vi har ennå ikke mottatt noen søknad fra ${n.municipalityName} kommune.`,
            '',
            'Søknaden skal få fram innsatsområdene, hvordan kommunen vil arbeide, et mål for lavere sykefravær, representasjon for folkevalgte, ledelsen og de tillitsvalgte i styringen av arbeidet, og det politiske vedtaket.',
          ];
  const ignore = nn ? 'Har de alt sendt søknaden, kan de sjå bort frå denne e-posten.' : 'Har dere allerede sendt søknaden, kan dere se bort fra denne e-posten.';
  return letter('application-window-closing', to, language, subject, [...lines, '', ignore], correlationId);
}

/** "i dag", "i morgon/i morgen", "om 3 dagar/dager": from `day` to `closesOn`. */
function daysLeft(day: string, closesOn: string, nn: boolean): string {
  const days = Math.round((Date.parse(`${closesOn}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000);
  if (days === 0) return 'i dag';
  if (days === 1) return nn ? 'i morgon' : 'i morgen';
  return nn ? `om ${days} dagar` : `om ${days} dager`;
}
