/**
 * Reads a calendar feed back with an iCalendar parser (ical.js, the parser of Mozilla's
 * calendar clients), so the tests compare what a client would see, field by field.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  readonly uid: string;
  readonly sequence: number;
  readonly status: string | undefined;
  readonly summary: string;
  readonly location: string | undefined;
  readonly description: string | undefined;
  readonly transparency: string | undefined;
  /** `2007-08-28T10:00:00` with tzid Europe/Oslo, or `2007-10-01` with value DATE. */
  readonly start: { readonly value: string; readonly tzid?: string | undefined; readonly date: boolean; readonly utc: string };
  readonly end: { readonly value: string; readonly tzid?: string | undefined; readonly date: boolean; readonly utc: string };
  readonly dtstamp: string;
  readonly attendees: number;
}

export interface ParsedCalendar {
  readonly name: string | undefined;
  readonly timezones: readonly string[];
  readonly events: readonly ParsedEvent[];
  readonly byUid: (uid: string) => ParsedEvent;
}

export function parseCalendar(text: string): ParsedCalendar {
  const root = new ICAL.Component(ICAL.parse(text));
  const timezones = root.getAllSubcomponents('vtimezone');
  for (const zone of timezones) ICAL.TimezoneService.register(zone);
  const time = (event: ICAL.Component, name: string) => {
    const property = event.getFirstProperty(name)!;
    const value = property.getFirstValue() as ICAL.Time;
    const tzid = property.getParameter('tzid') as string | undefined;
    return { value: value.toString(), tzid, date: value.isDate, utc: value.toJSDate().toISOString() };
  };
  const events = root.getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    status: (event.getFirstPropertyValue('status') as string | null) ?? undefined,
    summary: String(event.getFirstPropertyValue('summary')),
    location: (event.getFirstPropertyValue('location') as string | null) ?? undefined,
    description: (event.getFirstPropertyValue('description') as string | null) ?? undefined,
    transparency: (event.getFirstPropertyValue('transp') as string | null) ?? undefined,
    start: time(event, 'dtstart'),
    end: time(event, 'dtend'),
    dtstamp: (event.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
    attendees: event.getAllProperties('attendee').length,
  }));
  return {
    name: (root.getFirstPropertyValue('x-wr-calname') as string | null) ?? undefined,
    timezones: timezones.map((zone) => String(zone.getFirstPropertyValue('tzid'))),
    events,
    byUid: (uid) => {
      const found = events.find((e) => e.uid === uid);
      if (!found) throw new Error(`No event ${uid} in the calendar (${events.map((e) => e.uid).join(', ')})`);
      return found;
    },
  };
}
