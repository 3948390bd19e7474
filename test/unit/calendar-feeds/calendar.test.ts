import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { describe, expect, it } from 'vitest';
import { feedCalendar, osloTime, UID_DOMAIN, type FeedReport } from '../../../shared/calendar-feeds/ical.ts';
import { mayReadScope, reportSequence, feedSecretHash, newFeedSecret, FEED_SECRET_PATTERN, type ScopeFacts } from '../../../shared/calendar-feeds/model.ts';
import { OSLO_VTIMEZONE } from '../../../shared/calendar-feeds/oslo-timezone.ts';
import type { GatheringRecord } from '../../../shared/gatherings/model.ts';
import type { Principal } from '../../../shared/platform/auth/principal.ts';
import { parseCalendar } from '../../support/ical.ts';

const utc = (day: string, time?: string) => new Date(+osloTime(day, time)).toISOString();

describe('Oslo wall-clock times', () => {
  it('are two hours ahead of UTC in summer time and one in winter time, across the October change', () => {
    expect(utc('2007-08-28', '10:00')).toBe('2007-08-28T08:00:00.000Z');
    // Summer time ends on the last Sunday of October 2007 (the 28th) at 03:00.
    expect(utc('2007-10-27', '10:00')).toBe('2007-10-27T08:00:00.000Z');
    expect(utc('2007-10-28', '01:59')).toBe('2007-10-27T23:59:00.000Z');
    expect(utc('2007-10-28', '03:00')).toBe('2007-10-28T02:00:00.000Z');
    expect(utc('2007-10-28', '10:00')).toBe('2007-10-28T09:00:00.000Z');
    expect(utc('2007-10-29', '10:00')).toBe('2007-10-29T09:00:00.000Z');
  });

  it('read an hour the clocks pass twice as the second (winter time), and one they skip as an hour later', () => {
    expect(utc('2007-10-28', '02:30')).toBe('2007-10-28T01:30:00.000Z');
    expect(utc('2007-03-25', '01:59')).toBe('2007-03-25T00:59:00.000Z');
    expect(utc('2007-03-25', '02:30')).toBe('2007-03-25T01:30:00.000Z');
    expect(utc('2007-03-25', '03:00')).toBe('2007-03-25T01:00:00.000Z');
  });

  it('are a day’s midnight in Oslo without a time', () => {
    expect(utc('2007-11-26')).toBe('2007-11-25T23:00:00.000Z');
  });
});

describe('the VTIMEZONE', () => {
  it('is exactly what @touch4it/ical-timezones generates for Europe/Oslo', () => {
    expect(OSLO_VTIMEZONE).toBe(getVtimezoneComponent('Europe/Oslo')!.trim());
  });
});

const gathering = (over: Partial<GatheringRecord>): GatheringRecord => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'kickoff',
  title: 'Oppstart pulje III',
  hosts: { cohortIds: ['c3'] },
  audience: 'participants',
  organiser: 'Kvalitetskommunesekretariatet',
  venue: { name: 'Thon Hotel Oslo Airport', address: 'Gardermoen' },
  when: { from: '2007-08-28', to: '2007-08-29', startTime: '10:00', endTime: '15:00' },
  sessions: [],
  capacity: {},
  status: 'scheduled',
  sequence: 0,
  createdAt: '2007-05-01T08:00:00.000Z',
  updatedAt: '2007-05-02T08:00:00.000Z',
  ...over,
});

describe('a feed’s calendar, parsed back with ical.js', () => {
  it('has a timed gathering in Europe/Oslo with its UID, SEQUENCE, STATUS, LOCATION and a UTC DTSTAMP', () => {
    const text = feedCalendar({ name: 'Pulje III', language: 'nb', gatherings: [gathering({ sequence: 2 })], reports: [] });
    const parsed = parseCalendar(text);
    expect(parsed.name).toBe('Pulje III');
    expect(parsed.timezones).toEqual(['Europe/Oslo']);
    const event = parsed.byUid(`00000000-0000-4000-8000-000000000001@${UID_DOMAIN}`);
    expect(event).toMatchObject({
      sequence: 2,
      status: 'CONFIRMED',
      summary: 'Oppstart pulje III',
      location: 'Thon Hotel Oslo Airport, Gardermoen',
      start: { value: '2007-08-28T10:00:00', tzid: 'Europe/Oslo', date: false, utc: '2007-08-28T08:00:00.000Z' },
      end: { value: '2007-08-29T15:00:00', tzid: 'Europe/Oslo', date: false, utc: '2007-08-29T13:00:00.000Z' },
      dtstamp: '2007-05-02T08:00:00Z',
      attendees: 0,
    });
    expect(event.description).toContain('Arrangør: Kvalitetskommunesekretariatet');
    expect(text).toContain('DTSTAMP:20070502T080000Z');
  });

  it('converts with the VTIMEZONE across the October change (a client’s reading, not only ours)', () => {
    const parsed = parseCalendar(feedCalendar({ name: 'x', language: 'nb', gatherings: [gathering({ when: { from: '2007-10-26', to: '2007-10-29', startTime: '09:00', endTime: '16:00' } })], reports: [] }));
    expect(parsed.events[0]!.start.utc).toBe('2007-10-26T07:00:00.000Z');
    expect(parsed.events[0]!.end.utc).toBe('2007-10-29T15:00:00.000Z');
  });

  it('makes a gathering without both times all-day, DTEND the day after the last (exclusive)', () => {
    const parsed = parseCalendar(feedCalendar({ name: 'x', language: 'nb', gatherings: [gathering({ when: { from: '2007-11-26', to: '2007-11-27', startTime: '10:00' } })], reports: [] }));
    expect(parsed.events[0]).toMatchObject({ start: { value: '2007-11-26', date: true, tzid: undefined }, end: { value: '2007-11-28', date: true } });
  });

  it('shows a month-only gathering over its month, tentative and free, marked undated (nynorsk too)', () => {
    const october = gathering({ title: 'Lokale nettverksamlinger', when: { month: '2007-10' } });
    expect(parseCalendar(feedCalendar({ name: 'x', language: 'nb', gatherings: [october], reports: [] })).events[0]).toMatchObject({
      summary: 'Lokale nettverksamlinger (dato ikke fastsatt)',
      status: 'TENTATIVE',
      transparency: 'TRANSPARENT',
      start: { value: '2007-10-01', date: true },
      end: { value: '2007-11-01', date: true },
    });
    expect(parseCalendar(feedCalendar({ name: 'x', language: 'nn', gatherings: [october], reports: [] })).events[0]!.summary).toBe('Lokale nettverksamlinger (dato ikkje fastsett)');
    const december = gathering({ when: { month: '2007-12' } });
    expect(parseCalendar(feedCalendar({ name: 'x', language: 'nb', gatherings: [december], reports: [] })).events[0]!.end.value).toBe('2008-01-01');
  });

  it('has one event per session, each with its own stable UID and days', () => {
    const seminar = gathering({
      title: 'Pulje II, læringsseminar 2',
      when: { from: '2007-09-01', to: '2007-09-03' },
      sessions: [
        { id: 's1', from: '2007-09-01', to: '2007-09-02' },
        { id: 's2', title: 'Andre gjennomføring', from: '2007-09-02', to: '2007-09-03', startTime: '09:00', endTime: '15:00' },
      ],
    });
    const parsed = parseCalendar(feedCalendar({ name: 'x', language: 'nb', gatherings: [seminar], reports: [] }));
    expect(parsed.events.map((e) => e.uid)).toEqual([`${seminar.id}-s1@${UID_DOMAIN}`, `${seminar.id}-s2@${UID_DOMAIN}`]);
    expect(parsed.byUid(`${seminar.id}-s1@${UID_DOMAIN}`)).toMatchObject({ summary: 'Pulje II, læringsseminar 2 (1. gjennomføring)', start: { value: '2007-09-01', date: true }, end: { value: '2007-09-03' } });
    expect(parsed.byUid(`${seminar.id}-s2@${UID_DOMAIN}`)).toMatchObject({ summary: 'Pulje II, læringsseminar 2 (Andre gjennomføring)', start: { value: '2007-09-02T09:00:00', tzid: 'Europe/Oslo' } });
  });

  it('keeps a cancelled gathering as STATUS:CANCELLED', () => {
    const parsed = parseCalendar(feedCalendar({ name: 'x', language: 'nb', gatherings: [gathering({ status: 'cancelled', sequence: 3 })], reports: [] }));
    expect(parsed.events[0]).toMatchObject({ status: 'CANCELLED', sequence: 3 });
  });

  it('shows a report’s due date all-day with its UID and the number of moves as SEQUENCE', () => {
    const report: FeedReport = {
      id: 'r1',
      title: 'Statusrapport',
      cohortName: 'Pulje III',
      dueDate: '2008-03-01',
      history: [
        { at: '2007-06-01T08:00:00.000Z', dueDate: '2008-02-01' },
        { at: '2007-07-01T08:00:00.000Z', dueDate: '2008-03-01' },
      ],
    };
    const event = parseCalendar(feedCalendar({ name: 'x', language: 'nb', gatherings: [], reports: [report] })).events[0]!;
    expect(event).toMatchObject({ uid: `report-r1@${UID_DOMAIN}`, sequence: 1, summary: 'Rapportfrist: Statusrapport', start: { value: '2008-03-01', date: true }, end: { value: '2008-03-02' } });
  });

  it('is the same text for the same data (its ETag holds until something changes)', () => {
    const input = { name: 'x', language: 'nb' as const, gatherings: [gathering({})], reports: [] };
    expect(feedCalendar(input)).toBe(feedCalendar(input));
  });
});

describe('a report’s sequence', () => {
  it('is 0 as scheduled and grows with every move of the due date, not with other history', () => {
    expect(reportSequence({ history: [{ dueDate: '2008-01-01' }] })).toBe(0);
    expect(reportSequence({ history: [{ dueDate: '2008-01-01' }, {}, { dueDate: '2008-02-01' }] })).toBe(1);
    expect(reportSequence({ history: [{ dueDate: '2008-01-01' }, { dueDate: '2008-02-01' }, { dueDate: '2008-01-15' }] })).toBe(2);
  });
});

describe('feed secrets', () => {
  it('are 43 base64url characters, different each time, stored as their SHA-256', () => {
    const a = newFeedSecret();
    expect(a).toMatch(FEED_SECRET_PATTERN);
    expect(newFeedSecret()).not.toBe(a);
    expect(feedSecretHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('who may read a scope', () => {
  const secretariat: Principal = { kind: 'staff', role: 'secretariat', subject: 's', personId: 'p-s' };
  const evaluator: Principal = { kind: 'staff', role: 'evaluator', subject: 'e', personId: 'p-e' };
  const advisor: Principal = { kind: 'staff', role: 'advisor', subject: 'a', personId: 'p-a', advises: new Set(['1721']) };
  const leader: Principal = { kind: 'person', subject: 'l', personId: 'p-l', municipalityNumber: '1721', roles: ['project-leader'] };
  const uploader: Principal = { kind: 'person', subject: 'u', personId: 'p-u', municipalityNumber: '1721', roles: ['figures-uploader'] };
  const machine: Principal = { kind: 'machine', subject: 'm', organisationNumber: '123456789', municipalityNumber: '1721', scopes: ['kvalitetskommune:reports.read'], supplier: undefined };
  const cohort = (participates: boolean, advisorIds: string[] = []): ScopeFacts => ({ cohort: { participates, advisorIds } });
  const network = (members: string[], advisorId = 'p-a'): ScopeFacts => ({ network: { advisorId, members } });

  it('a cohort: secretariat, evaluator, its networks’ advisors, its participants', () => {
    expect(mayReadScope(secretariat, 'cohort', cohort(false))).toBe(true);
    expect(mayReadScope(evaluator, 'cohort', cohort(false))).toBe(true);
    expect(mayReadScope(advisor, 'cohort', cohort(false, ['p-a']))).toBe(true);
    expect(mayReadScope(advisor, 'cohort', cohort(false, ['p-other']))).toBe(false);
    expect(mayReadScope(leader, 'cohort', cohort(true))).toBe(true);
    expect(mayReadScope(leader, 'cohort', cohort(false))).toBe(false);
    expect(mayReadScope(uploader, 'cohort', cohort(true))).toBe(false);
    expect(mayReadScope(machine, 'cohort', cohort(true))).toBe(false);
    expect(mayReadScope(secretariat, 'cohort', {})).toBe(false);
  });

  it('a network: secretariat, evaluator, its advisor, its members', () => {
    expect(mayReadScope(secretariat, 'network', network([]))).toBe(true);
    expect(mayReadScope(advisor, 'network', network([]))).toBe(true);
    expect(mayReadScope(advisor, 'network', network([], 'p-other'))).toBe(false);
    expect(mayReadScope(evaluator, 'network', network(['1721']))).toBe(true);
    expect(mayReadScope(leader, 'network', network(['1721']))).toBe(true);
    expect(mayReadScope(leader, 'network', network(['1719']))).toBe(false);
  });

  it('a municipality: its own people, its advisor, the secretariat; not an evaluator', () => {
    const facts = (number: string): ScopeFacts => ({ municipality: { number } });
    expect(mayReadScope(leader, 'municipality', facts('1721'))).toBe(true);
    expect(mayReadScope(leader, 'municipality', facts('1719'))).toBe(false);
    expect(mayReadScope(advisor, 'municipality', facts('1721'))).toBe(true);
    expect(mayReadScope(advisor, 'municipality', facts('1719'))).toBe(false);
    expect(mayReadScope(secretariat, 'municipality', facts('1719'))).toBe(true);
    expect(mayReadScope(evaluator, 'municipality', facts('1721'))).toBe(false);
  });
});
