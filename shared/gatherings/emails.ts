/**
 * Letters about gatherings (scheduled, changed, cancelled), in bokmål and nynorsk. Pure: data
 * in, message out; the caller picks the language from the municipality's written standard.
 */
import type { Language } from '../platform/written-standard.ts';
import { letter, longDate, quoted, type EmailMessage, type Recipient } from '../platform/mail/email-message.ts';
import { isFixed, type GatheringChange, type GatheringRecord, type GatheringWhen } from './model.ts';

let monthFormat: Intl.DateTimeFormat | undefined;

/** `2007-10` as a letter writes it: "oktober 2007" (the same in bokmål and nynorsk). */
export const monthName = (month: string) => (monthFormat ??= new Intl.DateTimeFormat('nb-NO', { timeZone: 'UTC', month: 'long', year: 'numeric' })).format(new Date(`${month}-15T12:00:00Z`));

const at = (day: string, time: string | undefined) => (time ? `${longDate(day)} kl. ${time}` : longDate(day));

/** When a gathering (or a session) is, as a letter writes it. */
export function whenText(when: GatheringWhen | { from: string; to: string; startTime?: string | undefined; endTime?: string | undefined }, language: Language): string {
  if (!('from' in when)) return language === 'nn' ? `${monthName(when.month)} (datoen er ikkje fastsett enno)` : `${monthName(when.month)} (datoen er ikke fastsatt ennå)`;
  if (when.from === when.to) {
    const times = when.startTime && when.endTime ? ` kl. ${when.startTime}–${when.endTime}` : when.startTime ? ` kl. ${when.startTime}` : '';
    return `${longDate(when.from)}${times}`;
  }
  return `${at(when.from, when.startTime)} – ${at(when.to, when.endTime)}`;
}

const WORDS = {
  nb: { when: 'Når', sessions: 'Gjennomføringer', venue: 'Sted', organiser: 'Arrangør', deadline: 'Påmeldingsfrist', forWhom: 'For', changes: 'Dette er endret' },
  nn: { when: 'Når', sessions: 'Gjennomføringar', venue: 'Stad', organiser: 'Arrangør', deadline: 'Påmeldingsfrist', forWhom: 'For', changes: 'Dette er endra' },
} as const;

const AUDIENCE_WORDS: Record<Language, Record<GatheringRecord['audience'], string>> = {
  nb: { participants: 'alle deltakerne', 'project-leaders': 'prosjektlederne', management: 'ledelsen', 'union-representatives': 'de tillitsvalgte', 'elected-officials': 'de folkevalgte' },
  nn: { participants: 'alle deltakarane', 'project-leaders': 'prosjektleiarane', management: 'leiinga', 'union-representatives': 'dei tillitsvalde', 'elected-officials': 'dei folkevalde' },
};

const CHANGE_WORDS: Record<Language, Record<GatheringChange, string>> = {
  nb: {
    'days-fixed': 'datoen er fastsatt',
    when: 'tidspunktet',
    sessions: 'gjennomføringene',
    venue: 'stedet',
    title: 'tittelen',
    kind: 'typen samling',
    description: 'beskrivelsen',
    hosts: 'hvem samlingen er for (puljer eller nettverk)',
    audience: 'hvem samlingen er for',
    organiser: 'arrangøren',
    capacity: 'antall plasser',
    'registration-deadline': 'påmeldingsfristen',
  },
  nn: {
    'days-fixed': 'datoen er fastsett',
    when: 'tidspunktet',
    sessions: 'gjennomføringane',
    venue: 'staden',
    title: 'tittelen',
    kind: 'typen samling',
    description: 'skildringa',
    hosts: 'kven samlinga er for (puljer eller nettverk)',
    audience: 'kven samlinga er for',
    organiser: 'arrangøren',
    capacity: 'talet på plassar',
    'registration-deadline': 'påmeldingsfristen',
  },
};

/** The facts of a gathering, line by line. */
export function gatheringLines(g: GatheringRecord, language: Language): string[] {
  const w = WORDS[language];
  return [
    g.title,
    `${w.when}: ${whenText(g.when, language)}`,
    ...(g.sessions.length > 1 ? [`${w.sessions}:`, ...g.sessions.map((s) => `- ${s.title ? `${s.title}: ` : ''}${whenText(s, language)}`)] : []),
    `${w.venue}: ${g.venue.name}${g.venue.address ? `, ${g.venue.address}` : ''}`,
    `${w.organiser}: ${g.organiser}`,
    `${w.forWhom}: ${AUDIENCE_WORDS[language][g.audience]}`,
    ...(g.registrationDeadline ? [`${w.deadline}: ${longDate(g.registrationDeadline)}`] : []),
    ...(g.description ? ['', ...quoted(g.description)] : []),
  ];
}

export type GatheringNews = { readonly kind: 'scheduled' } | { readonly kind: 'changed'; readonly changes: readonly GatheringChange[]; readonly previous: GatheringRecord } | { readonly kind: 'cancelled'; readonly reason: string };

/** A gathering scheduled, changed or cancelled, to one person of a municipality in its audience. `hosts`: "Pulje I, Pulje II" or the network's name. */
export function gatheringNotice(gathering: GatheringRecord, news: GatheringNews, hosts: string, to: Recipient, language: Language, correlationId?: string): EmailMessage {
  const nn = language === 'nn';
  const fixed = news.kind === 'changed' && news.changes.includes('days-fixed') && isFixed(gathering.when);
  const subject = {
    scheduled: `Ny samling: ${gathering.title} (${hosts})`,
    changed: fixed ? (nn ? `Dato fastsett: ${gathering.title} (${hosts})` : `Dato fastsatt: ${gathering.title} (${hosts})`) : nn ? `Endra samling: ${gathering.title} (${hosts})` : `Endret samling: ${gathering.title} (${hosts})`,
    cancelled: `Avlyst: ${gathering.title} (${hosts})`,
  }[news.kind];
  const opening = {
    scheduled: nn ? `Ei ny samling er sett opp for ${hosts}:` : `En ny samling er satt opp for ${hosts}:`,
    changed: nn ? `Ei samling for ${hosts} er endra:` : `En samling for ${hosts} er endret:`,
    cancelled: nn ? `Denne samlinga for ${hosts} er avlyst:` : `Denne samlingen for ${hosts} er avlyst:`,
  }[news.kind];
  const closing =
    news.kind === 'changed'
      ? ['', `${WORDS[language].changes}:`, ...changeLines(news.previous, gathering, news.changes, language)]
      : news.kind === 'cancelled'
        ? ['', ...(nn ? ['Grunngiving:'] : ['Begrunnelse:']), ...quoted(news.reason)]
        : [];
  return letter('gathering-notice', to, language, subject, [opening, '', ...gatheringLines(gathering, language), ...closing], correlationId);
}

/** One line per change; the time and the place with their old and new value. */
function changeLines(before: GatheringRecord, after: GatheringRecord, changes: readonly GatheringChange[], language: Language): string[] {
  const venue = (g: GatheringRecord) => `${g.venue.name}${g.venue.address ? `, ${g.venue.address}` : ''}`;
  return changes.map((change) => {
    const label = CHANGE_WORDS[language][change];
    if (change === 'when' || change === 'days-fixed') return `- ${label}: ${whenText(before.when, language)} → ${whenText(after.when, language)}`;
    if (change === 'venue') return `- ${label}: ${venue(before)} → ${venue(after)}`;
    if (change === 'title') return `- ${label}: ${before.title} → ${after.title}`;
    return `- ${label}`;
  });
}
