/**
 * A feed's calendar as iCalendar text (RFC 5545), built with ical-generator: pure, from the
 * gatherings and report due dates the caller read.
 *
 * Decisions (README, "Calendar feeds"):
 * - UIDs are stable: `<gatheringId>@kvalitetskommune.no`, `<gatheringId>-<sessionId>@…` for a
 *   session, `report-<reportId>@…`; SEQUENCE is the gathering's `sequence` (every change adds
 *   one) or the number of times a report's due date moved; DTSTAMP and LAST-MODIFIED are the
 *   last change, so an unchanged calendar is the same text (its ETag holds).
 * - A gathering with sessions (one seminar held twice) is one VEVENT per session: each running
 *   has its own days, and a municipality goes to one of them; one event over both would block
 *   days nobody attends.
 * - Times are Europe/Oslo wall-clock times (DTSTART;TZID=Europe/Oslo, with its VTIMEZONE), only
 *   when both the start and the end time are known; otherwise the event is all-day (VALUE=DATE,
 *   DTEND the day after the last, exclusive).
 * - A gathering known only by its month ("Oktober") is an all-day event over the whole month,
 *   STATUS:TENTATIVE, TRANSP:TRANSPARENT (it blocks no time), its summary marked "(dato ikke
 *   fastsatt)": subscribers see that something is coming that month; fixing the days later is a
 *   change (SEQUENCE + 1) of the same UID, which the client moves to the days.
 * - A cancelled gathering stays, STATUS:CANCELLED, so clients remove or strike it.
 * - No attendee, no registration, no person's name: only what the programme announces.
 */
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency, type ICalCalendar } from 'ical-generator';
import { TZDate } from '@date-fns/tz';
import { addDays } from '../platform/dates.ts';
import { isFixed, lastDay, type GatheringAudience, type GatheringRecord } from '../gatherings/model.ts';
import { reportSequence } from './model.ts';
import { OSLO, OSLO_VTIMEZONE } from './oslo-timezone.ts';

/** The programme's domain: the right-hand side of every UID, so UIDs are unique world-wide and never change. */
export const UID_DOMAIN = 'kvalitetskommune.no';

/** How often a client should fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const REFRESH_SECONDS = 3600;

export type FeedLanguage = 'nb' | 'nn';

/** What a feed shows of a report: its due date, nothing of its content. */
export interface FeedReport {
  readonly id: string;
  readonly title: string;
  readonly cohortName: string;
  readonly dueDate: string;
  readonly history: readonly { readonly at: string; readonly dueDate?: string | undefined }[];
}

/**
 * An Oslo wall-clock time (`yyyy-mm-dd`, `HH:MM`) as the instant it is. A time the clocks skip
 * in spring (02:30 on the last Sunday of March) is the instant an hour later (03:30 summer time);
 * one they pass twice in autumn (02:30 on the last Sunday of October) is the second (winter time).
 */
export function osloTime(day: string, time = '00:00'): TZDate {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new TZDate(y, m - 1, d, hh, mm, OSLO);
}

/** The words bokmål and nynorsk share here. */
const SAME = {
  session: (n: number) => `${n}. gjennomføring`,
  organiser: 'Arrangør',
  audience: 'For',
  deadline: 'Påmeldingsfrist',
  report: 'Rapportfrist',
  cohort: 'Pulje',
} as const;

const WORDS = {
  nb: {
    ...SAME,
    undated: 'dato ikke fastsatt',
    audiences: { participants: 'alle deltakere', 'project-leaders': 'prosjektledere', management: 'ledelsen', 'union-representatives': 'tillitsvalgte', 'elected-officials': 'folkevalgte' },
  },
  nn: {
    ...SAME,
    undated: 'dato ikkje fastsett',
    audiences: { participants: 'alle deltakarar', 'project-leaders': 'prosjektleiarar', management: 'leiinga', 'union-representatives': 'tillitsvalde', 'elected-officials': 'folkevalde' },
  },
} as const satisfies Record<FeedLanguage, { audiences: Record<GatheringAudience, string> } & Record<string, unknown>>;

/** The calendar of a feed: its gatherings (each, or each session, one event) and report due dates. */
export function feedCalendar(input: { readonly name: string; readonly language: FeedLanguage; readonly gatherings: readonly GatheringRecord[]; readonly reports: readonly FeedReport[] }): string {
  const calendar = ical({
    name: input.name,
    prodId: { company: 'Kvalitetskommuneprogrammet', product: 'Kalender', language: input.language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    ttl: REFRESH_SECONDS,
    // No calendar-wide zone: DTSTAMP stays UTC (RFC 5545 §3.8.7.2); events name Europe/Oslo, and the generator adds its VTIMEZONE.
    timezone: { name: null, generator: (zone) => (zone === OSLO ? OSLO_VTIMEZONE : null) },
  });
  calendar.x('X-WR-TIMEZONE', OSLO);
  const unique = new Map<string, GatheringRecord>();
  for (const g of input.gatherings) unique.set(g.id, g);
  const words = WORDS[input.language];
  for (const gathering of [...unique.values()].sort((a, b) => a.id.localeCompare(b.id))) addGathering(calendar, gathering, words);
  for (const report of [...input.reports].sort((a, b) => a.id.localeCompare(b.id))) addReport(calendar, report, words);
  return calendar.toString();
}

type Words = (typeof WORDS)[FeedLanguage];

function addGathering(calendar: ICalCalendar, g: GatheringRecord, words: Words) {
  const stamp = new Date(g.updatedAt);
  const common = {
    sequence: g.sequence,
    stamp,
    lastModified: stamp,
    created: new Date(g.createdAt),
    location: g.venue.address ? `${g.venue.name}, ${g.venue.address}` : g.venue.name,
    description: describe(g, words),
    timezone: OSLO,
  };
  const status = g.status === 'cancelled' ? ICalEventStatus.CANCELLED : isFixed(g.when) ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE;
  if (!isFixed(g.when)) {
    calendar.createEvent({
      ...common,
      id: `${g.id}@${UID_DOMAIN}`,
      summary: `${g.title} (${words.undated})`,
      allDay: true,
      start: osloTime(`${g.when.month}-01`),
      end: osloTime(addDays(lastDay(g.when), 1)),
      status,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
    return;
  }
  const runs = g.sessions.length === 0 ? [{ uid: g.id, summary: g.title, ...g.when }] : g.sessions.map((s, i) => ({ uid: `${g.id}-${s.id}`, summary: `${g.title} (${s.title ?? words.session(i + 1)})`, ...s }));
  for (const run of runs) {
    const timed = run.startTime !== undefined && run.endTime !== undefined;
    calendar.createEvent({
      ...common,
      id: `${run.uid}@${UID_DOMAIN}`,
      summary: run.summary,
      allDay: !timed,
      start: timed ? osloTime(run.from, run.startTime) : osloTime(run.from),
      end: timed ? osloTime(run.to, run.endTime) : osloTime(addDays(run.to, 1)),
      status,
      transparency: ICalEventTransparency.OPAQUE,
    });
  }
}

function describe(g: GatheringRecord, words: Words): string {
  return [
    g.description,
    `${words.organiser}: ${g.organiser}`,
    `${words.audience}: ${words.audiences[g.audience]}`,
    g.registrationDeadline ? `${words.deadline}: ${norwegianDate(g.registrationDeadline)}` : undefined,
  ]
    .filter(Boolean)
    .join('\n');
}

function addReport(calendar: ICalCalendar, report: FeedReport, words: Words) {
  const stamp = new Date(report.history.at(-1)?.at ?? report.dueDate);
  calendar.createEvent({
    id: `report-${report.id}@${UID_DOMAIN}`,
    sequence: reportSequence(report),
    stamp,
    lastModified: stamp,
    summary: `${words.report}: ${report.title}`,
    description: `${words.cohort}: ${report.cohortName}`,
    allDay: true,
    start: osloTime(report.dueDate),
    end: osloTime(addDays(report.dueDate, 1)),
    timezone: OSLO,
    status: ICalEventStatus.CONFIRMED,
    transparency: ICalEventTransparency.TRANSPARENT,
  });
}

/** `2007-08-20` as `20.08.2007`. */
const norwegianDate = (day: string) => day.split('-').reverse().join('.');
