/**
 * The VTIMEZONE of Europe/Oslo that every feed carries (RFC 5545 §3.6.5): summer time from the
 * last Sunday of March 02:00 to the last Sunday of October 03:00, the EU rule Norway has kept
 * since 1996 (the feeds' gatherings are from 2007 on).
 *
 * ical-generator needs a generator for it. The kept one on npm, `@touch4it/ical-timezones`
 * (1.9.0), reads its zone files from its own directory at run time, which a bundled Lambda does
 * not have; `timezones-ical-library` answers Europe/Berlin's block for Europe/Oslo (Oslo is a
 * link to Berlin in today's tz database), whose TZID would not match the events'. So the text
 * is kept here, and a unit test checks it is exactly what @touch4it/ical-timezones (a dev
 * dependency) generates for Europe/Oslo.
 */
export const OSLO = 'Europe/Oslo';

export const OSLO_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Oslo',
  'TZURL:http://tzurl.org/zoneinfo-outlook/Europe/Oslo',
  'X-LIC-LOCATION:Europe/Oslo',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\n');
