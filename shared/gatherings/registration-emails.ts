/**
 * Emails of sign-up, in bokmål and nynorsk. Pure: data in, message out; the caller picks the
 * language from the municipality's written standard.
 */
import type { Language } from '../platform/written-standard.ts';
import { letter, type EmailMessage, type Recipient } from '../platform/mail/email-message.ts';
import { isFixed, type GatheringRecord } from './model.ts';

const MONTHS = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  nn: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
} as const;

const day = (iso: string, language: Language) => {
  const [, month, date] = iso.split('-').map(Number) as [number, number, number];
  return `${date}. ${MONTHS[language][month - 1]}`;
};

/** "28. august–29. august 2007, 10:00", or the month alone. */
export function whenText(gathering: Pick<GatheringRecord, 'when'>, language: Language, session?: { from: string; to: string; startTime?: string | undefined }): string {
  const w = session ?? (isFixed(gathering.when) ? gathering.when : undefined);
  if (!w) {
    const month = 'month' in gathering.when ? gathering.when.month : '';
    return `${MONTHS[language][Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
  }
  const span = w.from === w.to ? day(w.from, language) : `${day(w.from, language)}–${day(w.to, language)}`;
  return `${span} ${w.from.slice(0, 4)}${w.startTime ? `, kl. ${w.startTime}` : ''}`;
}

interface About {
  readonly gathering: Pick<GatheringRecord, 'title' | 'when' | 'venue' | 'sessions'>;
  readonly attendeeName: string;
  readonly sessionId?: string | undefined;
}

const sessionOf = (a: About) => a.gathering.sessions.find((s) => s.id === a.sessionId);

/** A waitlisted attendee got a seat: to the attendee and to the municipality's project leader. */
export function movedUpLetter(about: About, to: Recipient, language: Language, correlationId?: string): EmailMessage {
  const when = whenText(about.gathering, language, sessionOf(about));
  const where = about.gathering.venue.name;
  return language === 'nn'
    ? letter('gathering-moved-up', to, 'nn', `Du har fått plass: ${about.gathering.title}`, [
        `${about.attendeeName} har fått plass på ${about.gathering.title} (${when}, ${where}). Plassen var på ventelista og blei ledig.`,
        '',
        'Kan de ikkje kome likevel, avmeld plassen så han går vidare til neste på ventelista.',
      ], correlationId)
    : letter('gathering-moved-up', to, 'nb', `Du har fått plass: ${about.gathering.title}`, [
        `${about.attendeeName} har fått plass på ${about.gathering.title} (${when}, ${where}). Plassen sto på ventelisten og ble ledig.`,
        '',
        'Kan dere ikke komme likevel, meld av plassen så den går videre til neste på ventelisten.',
      ], correlationId);
}

/** A registered attendee is reminded a set number of days before. */
export function reminderLetter(about: About & { readonly daysBefore: number }, to: Recipient, language: Language, correlationId?: string): EmailMessage {
  const when = whenText(about.gathering, language, sessionOf(about));
  const where = `${about.gathering.venue.name}${about.gathering.venue.address ? `, ${about.gathering.venue.address}` : ''}`;
  const soon = about.daysBefore === 1 ? (language === 'nn' ? 'i morgon' : 'i morgen') : language === 'nn' ? `om ${about.daysBefore} dagar` : `om ${about.daysBefore} dager`;
  return language === 'nn'
    ? letter('gathering-reminder', to, 'nn', `Påminning: ${about.gathering.title} ${soon}`, [
        `Hei ${about.attendeeName}, du er påmeld ${about.gathering.title}, ${when}.`,
        `Stad: ${where}.`,
        '',
        'Kan du ikkje kome, be prosjektleiaren din melde deg av.',
      ], correlationId)
    : letter('gathering-reminder', to, 'nb', `Påminnelse: ${about.gathering.title} ${soon}`, [
        `Hei ${about.attendeeName}, du er påmeldt ${about.gathering.title}, ${when}.`,
        `Sted: ${where}.`,
        '',
        'Kan du ikke komme, be prosjektlederen din melde deg av.',
      ], correlationId);
}
