/**
 * Calendar feeds through the local stack: the autumn of the seed (issue 16) entered as it is
 * listed, subscribed to per municipality, cohort and network, and every feed parsed back with
 * ical.js and compared field by field; then the changes a calendar client must follow (SEQUENCE
 * grows, a cancellation is STATUS:CANCELLED, the October month fixed to a day), who may hold
 * which feed, and a feed's end: rotated, deleted, its owner deactivated or no longer allowed.
 * Gatherings are entered and changed through the API (POST and PUT /gatherings, the cancellation).
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import type { GatheringRecord } from '../../shared/gatherings/model.ts';
import { apiClient, createOpenCohort, type ApiResponse } from '../support/api-client.ts';
import { confirmEmail } from '../support/email-confirmation.ts';
import { completeApplication } from '../support/fixtures.ts';
import { parseCalendar, type ParsedCalendar } from '../support/ical.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken, staffToken } from '../support/people.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const DOMAIN = 'kvalitetskommune.no';
const VERDAL = '1721';
const LEVANGER = '1719';

const tokens: Record<string, string> = {};
const cohorts: Record<'I' | 'II' | 'III', string> = { I: '', II: '', III: '' };
let networkId: string;
let advisor: { token: string; personId: string };
const autumn: Record<string, GatheringRecord> = {};

const expectOk = (response: ApiResponse, status = 200) => {
  if (response.status !== status) throw new Error(`${response.status}: ${JSON.stringify(response.json)}`);
  return response.json;
};

/** A feed's path on the API, from the URL it was given. */
const pathOf = (url: string) => new URL(url).pathname;

async function calendar(url: string): Promise<ParsedCalendar> {
  const response = await api(pathOf(url));
  expect(response.status, JSON.stringify(response.json)).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  return parseCalendar(response.json.text as string);
}

async function feed(token: string, scope: string, id: string): Promise<{ id: string; url: string }> {
  const created = expectOk(await api('/calendar-feeds', { method: 'POST', token, body: { scope, id } }), 201);
  expect(created.url).toMatch(/^http:\/\/[^/]+\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  return { id: created.feed.id, url: created.url };
}

/** Enters a gathering as the seed lists it: POST /gatherings. */
async function enter(key: string, request: Record<string, unknown>) {
  autumn[key] = expectOk(await api('/gatherings', { method: 'POST', token: tokens.bootstrap!, body: request }), 201) as GatheringRecord;
}

/** The gathering as a PUT body: what it is now, with the changes. */
function requestOf(g: GatheringRecord, changes: Partial<GatheringRecord>): Record<string, unknown> {
  const { id: _id, status: _status, sequence: _sequence, createdAt: _created, updatedAt: _updated, ...request } = { ...g, ...changes };
  return JSON.parse(JSON.stringify(request)) as Record<string, unknown>;
}

/** Changes a gathering through PUT /gatherings/{id} (its SEQUENCE grows). */
async function change(key: string, changes: Partial<GatheringRecord>) {
  autumn[key] = expectOk(await api(`/gatherings/${autumn[key]!.id}`, { method: 'PUT', token: tokens.bootstrap!, body: requestOf(autumn[key]!, changes) })) as GatheringRecord;
}

/** ICAL.Time's text of an instant (whole seconds, UTC). */
const icalUtc = (iso: string) => `${new Date(iso).toISOString().slice(0, 19)}Z`;

beforeAll(async () => {
  stack = testStack();
  tokens.bootstrap = await stack.issuer.issue({ role: 'secretariat' });
  tokens.secretariat = (await staffToken(stack, { role: 'secretariat', name: 'Sara Sekretariat' })).token;
  tokens.evaluator = (await staffToken(stack, { role: 'evaluator', name: 'Eva Evaluator' })).token;
  advisor = await staffToken(stack, { role: 'advisor', name: 'Vera Veileder', email: 'vera.veileder@ks.no' });
  tokens.verdal = await personToken(stack, { municipality: VERDAL, name: 'Kari Prosjektleder' });
  tokens.levanger = await personToken(stack, { municipality: LEVANGER, name: 'Ola Levanger' });
  for (const name of ['I', 'II', 'III'] as const) cohorts[name] = await createOpenCohort(api, tokens.bootstrap, `Pulje ${name}`);
  // Verdal takes part in pulje III (its network Midt), Levanger in pulje II.
  for (const [number, cohort, email] of [[VERDAL, cohorts.III, 'prosjekt@verdal.kommune.no'], [LEVANGER, cohorts.II, 'prosjekt@levanger.kommune.no']] as const) {
    const application = expectOk(await api('/applications', { method: 'POST', token: number === VERDAL ? tokens.verdal : tokens.levanger, body: { ...completeApplication({ projectLeader: { name: 'Kari', email } }), cohortId: cohort } }), 201);
    await confirmEmail(stack, api, email);
    expectOk(await api(`/applications/${application.id}/decision`, { method: 'POST', token: tokens.bootstrap, body: { outcome: 'admitted', reason: 'Ok', decidedOn: '2007-03-30' } }));
  }
  networkId = expectOk(await api(`/cohorts/${cohorts.III}/networks`, { method: 'POST', token: tokens.bootstrap, body: { name: 'Nettverk Midt', advisorId: advisor.personId } }), 201).id;
  expectOk(await api(`/cohorts/${cohorts.III}/networks/${networkId}/members`, { method: 'POST', token: tokens.bootstrap, body: { municipalityNumber: VERDAL } }));
  await stack.settled();

  // The autumn, as the seed lists it.
  await enter('kickoff', { kind: 'kickoff', title: 'Oppstart pulje III', hosts: { cohortIds: [cohorts.III] }, venue: { name: 'Thon Hotel Oslo Airport' }, when: { from: '2007-08-28', to: '2007-08-29' }, });
  await enter('seminar', {
    kind: 'learning-seminar',
    title: 'Pulje II, læringsseminar 2',
    hosts: { cohortIds: [cohorts.II] },
    venue: { name: 'Stjørdal' },
    when: { from: '2007-09-01', to: '2007-09-03' },
    sessions: [
      { from: '2007-09-01', to: '2007-09-02' },
      { from: '2007-09-02', to: '2007-09-03' },
    ],
  });
  await enter('october', { kind: 'network-gathering', title: 'Lokale nettverksamlinger', hosts: { networkId }, venue: { name: 'Verdal' }, when: { month: '2007-10' }, });
  await enter('conference', {
    kind: 'quality-conference',
    title: 'Pulje I, II og III, kvalitetskonferanse',
    hosts: { cohortIds: [cohorts.I, cohorts.II, cohorts.III] },
    venue: { name: 'Oslo Plaza', address: 'Sonja Henies plass 3, Oslo' },
    when: { from: '2007-11-26', to: '2007-11-27' },
  });
  await enter('union', {
    kind: 'conference',
    title: 'Tillitsvalgtkonferanse',
    organiser: 'Fagforbundet',
    audience: 'union-representatives',
    hosts: { cohortIds: [cohorts.III] },
    venue: { name: 'Fagforbundets hus, Oslo' },
    when: { from: '2007-11-08', to: '2007-11-08', startTime: '10:00', endTime: '16:00' },
  });
}, 120_000);

const uid = (key: string, session?: number) => `${autumn[key]!.id}${session !== undefined ? `-${autumn[key]!.sessions[session]!.id}` : ''}@${DOMAIN}`;

describe('the autumn in its feeds', () => {
  let verdalFeed: { id: string; url: string };

  it('a municipality’s feed: its cohort’s and network’s gatherings and its report due dates, nothing of another cohort', async () => {
    verdalFeed = await feed(tokens.verdal!, 'municipality', VERDAL);
    const parsed = await calendar(verdalFeed.url);
    expect(parsed.name).toBe('Verdal');
    expect(parsed.timezones).toEqual(['Europe/Oslo']);
    expect(parsed.byUid(uid('kickoff'))).toMatchObject({
      sequence: 0,
      status: 'CONFIRMED',
      summary: 'Oppstart pulje III',
      location: 'Thon Hotel Oslo Airport',
      start: { value: '2007-08-28', date: true, tzid: undefined },
      end: { value: '2007-08-30', date: true },
    });
    expect(parsed.byUid(uid('october'))).toMatchObject({ sequence: 0, status: 'TENTATIVE', summary: 'Lokale nettverksamlinger (dato ikke fastsatt)', start: { value: '2007-10-01', date: true }, end: { value: '2007-11-01', date: true } });
    expect(parsed.byUid(uid('conference'))).toMatchObject({ summary: 'Pulje I, II og III, kvalitetskonferanse', location: 'Oslo Plaza, Sonja Henies plass 3, Oslo', start: { value: '2007-11-26', date: true }, end: { value: '2007-11-28', date: true } });
    expect(parsed.byUid(uid('union'))).toMatchObject({
      summary: 'Tillitsvalgtkonferanse',
      start: { value: '2007-11-08T10:00:00', tzid: 'Europe/Oslo', date: false, utc: '2007-11-08T09:00:00.000Z' },
      end: { value: '2007-11-08T16:00:00', tzid: 'Europe/Oslo', utc: '2007-11-08T15:00:00.000Z' },
    });
    expect(parsed.byUid(uid('union')).description).toContain('Arrangør: Fagforbundet');
    // Pulje II's seminar is not Verdal's.
    expect(parsed.events.some((e) => e.uid.startsWith(autumn.seminar!.id))).toBe(false);
    // Its report due dates, as GET /reports lists them.
    const reports = (expectOk(await api(`/reports?cohortId=${cohorts.III}`, { token: tokens.bootstrap })).reports as { id: string; title: string; dueDate: string; municipalityNumber: string }[]).filter((r) => r.municipalityNumber === VERDAL);
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) {
      expect(parsed.byUid(`report-${report.id}@${DOMAIN}`)).toMatchObject({ sequence: 0, summary: `Rapportfrist: ${report.title}`, start: { value: report.dueDate, date: true } });
    }
    expect(parsed.events).toHaveLength(4 + reports.length);
    // No attendee, no person's name.
    expect(parsed.events.every((e) => e.attendees === 0)).toBe(true);
    const text = (await api(pathOf(verdalFeed.url))).json.text as string;
    for (const name of ['Vera Veileder', 'Kari', 'vera.veileder@ks.no', 'prosjekt@verdal']) expect(text).not.toContain(name);
  });

  it('a cohort’s feed: one event per session of the seminar held twice, and the conference of three cohorts', async () => {
    const parsed = await calendar((await feed(tokens.secretariat!, 'cohort', cohorts.II)).url);
    expect(parsed.name).toBe('Pulje II');
    expect(parsed.events.map((e) => e.uid).sort()).toEqual([uid('seminar', 0), uid('seminar', 1), uid('conference')].sort());
    expect(parsed.byUid(uid('seminar', 0))).toMatchObject({ summary: 'Pulje II, læringsseminar 2 (1. gjennomføring)', location: 'Stjørdal', start: { value: '2007-09-01', date: true }, end: { value: '2007-09-03' } });
    expect(parsed.byUid(uid('seminar', 1))).toMatchObject({ summary: 'Pulje II, læringsseminar 2 (2. gjennomføring)', start: { value: '2007-09-02', date: true }, end: { value: '2007-09-04' } });
  });

  it('a network’s feed: its own gatherings and its cohort’s, for its advisor', async () => {
    const parsed = await calendar((await feed(advisor.token, 'network', networkId)).url);
    expect(parsed.name).toBe('Nettverk Midt');
    expect(parsed.events.map((e) => e.uid).sort()).toEqual([uid('kickoff'), uid('october'), uid('conference'), uid('union')].sort());
  });

  it('answers 304 to the ETag it gave, with a short private Cache-Control', async () => {
    const first = await api(pathOf(verdalFeed.url));
    expect(first.headers.get('cache-control')).toBe('private, max-age=300');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await api(pathOf(verdalFeed.url), { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('follows the changes: SEQUENCE grows, a cancellation stays as CANCELLED, the October month fixed to a day', async () => {
    const before = (await api(pathOf(verdalFeed.url))).headers.get('etag');
    await change('kickoff', { when: { from: '2007-08-28', to: '2007-08-29', startTime: '10:00', endTime: '15:00' } });
    await change('kickoff', { venue: { name: 'Thon Hotel Oslo Airport', address: 'Gardermoen' } });
    autumn.union = expectOk(await api(`/gatherings/${autumn.union!.id}/cancellation`, { method: 'POST', token: tokens.bootstrap!, body: { reason: 'For få påmeldte' } })) as GatheringRecord;
    await change('october', { when: { from: '2007-10-30', to: '2007-10-30', startTime: '09:00', endTime: '15:00' } });
    const response = await api(pathOf(verdalFeed.url), { headers: { 'if-none-match': before! } });
    expect(response.status).toBe(200);
    const parsed = parseCalendar(response.json.text as string);
    expect(parsed.byUid(uid('kickoff'))).toMatchObject({
      sequence: 2,
      location: 'Thon Hotel Oslo Airport, Gardermoen',
      start: { value: '2007-08-28T10:00:00', tzid: 'Europe/Oslo', utc: '2007-08-28T08:00:00.000Z' },
      end: { value: '2007-08-29T15:00:00', tzid: 'Europe/Oslo', utc: '2007-08-29T13:00:00.000Z' },
      dtstamp: icalUtc(autumn.kickoff!.updatedAt),
    });
    expect(parsed.byUid(uid('union'))).toMatchObject({ sequence: 1, status: 'CANCELLED' });
    // Fixed after the change to winter time (28 October 2007): one hour ahead of UTC.
    expect(parsed.byUid(uid('october'))).toMatchObject({
      sequence: 1,
      status: 'CONFIRMED',
      summary: 'Lokale nettverksamlinger',
      start: { value: '2007-10-30T09:00:00', tzid: 'Europe/Oslo', utc: '2007-10-30T08:00:00.000Z' },
      end: { value: '2007-10-30T15:00:00', utc: '2007-10-30T14:00:00.000Z' },
    });
  });

  it('raises a report’s SEQUENCE when its due date moves', async () => {
    const report = (expectOk(await api(`/reports?cohortId=${cohorts.III}`, { token: tokens.bootstrap })).reports as { id: string; municipalityNumber: string }[]).find((r) => r.municipalityNumber === VERDAL)!;
    expectOk(await api(`/reports/${report.id}`, { method: 'PATCH', token: tokens.bootstrap, body: { dueDate: '2008-12-01' } }));
    const parsed = await calendar(verdalFeed.url);
    expect(parsed.byUid(`report-${report.id}@${DOMAIN}`)).toMatchObject({ sequence: 1, start: { value: '2008-12-01', date: true }, end: { value: '2008-12-02' } });
  });
});

describe('who may hold a feed', () => {
  it('refuses a scope the caller cannot read through the API as not found', async () => {
    for (const [token, scope, id] of [
      [tokens.levanger, 'municipality', VERDAL],
      [tokens.levanger, 'cohort', cohorts.III],
      [tokens.levanger, 'network', networkId],
      [tokens.evaluator, 'municipality', VERDAL],
      [tokens.verdal, 'cohort', cohorts.II],
      [tokens.secretariat, 'cohort', randomUUID()],
    ] as const) {
      const response = await api('/calendar-feeds', { method: 'POST', token: token!, body: { scope, id } });
      expect(response.status, `${scope} ${id}: ${JSON.stringify(response.json)}`).toBe(404);
    }
    // An evaluator reads every gathering through GET /gatherings, never one municipality's reports.
    expect((await api('/calendar-feeds', { method: 'POST', token: tokens.evaluator!, body: { scope: 'cohort', id: cohorts.I } })).status).toBe(201);
    expect((await api('/calendar-feeds', { method: 'POST', token: tokens.evaluator!, body: { scope: 'network', id: networkId } })).status).toBe(201);
    expect((await api('/calendar-feeds', { method: 'POST', token: tokens.verdal!, body: { scope: 'network', id: networkId } })).status).toBe(201);
  });

  it('refuses an operator’s bootstrap account (no login to check at each read) with 422', async () => {
    const response = await api('/calendar-feeds', { method: 'POST', token: tokens.bootstrap!, body: { scope: 'cohort', id: cohorts.I } });
    expect(response.status).toBe(422);
  });

  it('refuses a municipality named by a UUID and a cohort by a number (422 naming the field)', async () => {
    const response = await api('/calendar-feeds', { method: 'POST', token: tokens.verdal!, body: { scope: 'cohort', id: VERDAL } });
    expect(response.status).toBe(422);
    expect(response.json.errors).toEqual([expect.objectContaining({ pointer: '/id' })]);
  });
});

describe('a feed’s end', () => {
  it('rotating: the new URL works, the old one answers 404 at once; listing shows no secret', async () => {
    const created = await feed(tokens.verdal!, 'municipality', VERDAL);
    const rotated = expectOk(await api(`/calendar-feeds/${created.id}/secret`, { method: 'POST', token: tokens.verdal! }));
    expect((await api(pathOf(created.url))).status).toBe(404);
    expect((await api(pathOf(rotated.url))).status).toBe(200);
    const listed = expectOk(await api('/calendar-feeds', { token: tokens.verdal! }));
    expect(listed.feeds.find((f: { id: string }) => f.id === created.id)).toMatchObject({ scope: 'municipality', scopeId: VERDAL, rotatedAt: expect.any(String) });
    expect(JSON.stringify(listed)).not.toContain(pathOf(rotated.url).slice('/calendar/'.length, -4));
  });

  it('another person cannot rotate or delete it (404), its owner deletes it and its URL answers 404', async () => {
    const created = await feed(tokens.verdal!, 'municipality', VERDAL);
    const colleague = await personToken(stack, { municipality: VERDAL });
    expect((await api(`/calendar-feeds/${created.id}/secret`, { method: 'POST', token: colleague })).status).toBe(404);
    expect((await api(`/calendar-feeds/${created.id}`, { method: 'DELETE', token: colleague })).status).toBe(404);
    expect((await api(`/calendar-feeds/${created.id}`, { method: 'DELETE', token: tokens.verdal! })).status).toBe(204);
    expect((await api(pathOf(created.url))).status).toBe(404);
    expect((await api(`/calendar-feeds/${created.id}`, { method: 'DELETE', token: tokens.verdal! })).status).toBe(404);
  });

  it('a deactivated person’s feed answers 404', async () => {
    const person = await staffToken(stack, { role: 'advisor', name: 'Per Permisjon' });
    expectOk(await api(`/cohorts/${cohorts.III}/networks`, { method: 'POST', token: tokens.bootstrap, body: { name: 'Nettverk Nord', advisorId: person.personId } }), 201);
    const created = await feed(person.token, 'cohort', cohorts.III);
    expect((await api(pathOf(created.url))).status).toBe(200);
    expectOk(await api(`/staff/${person.personId}/deactivation`, { method: 'POST', token: tokens.bootstrap }));
    expect((await api(pathOf(created.url))).status).toBe(404);
  });

  it('an advisor who no longer advises (now an evaluator) loses its member municipality’s feed', async () => {
    const moved = await staffToken(stack, { role: 'advisor', name: 'Mona Flytter' });
    const network = expectOk(await api(`/cohorts/${cohorts.II}/networks`, { method: 'POST', token: tokens.bootstrap, body: { name: 'Nettverk Sør', advisorId: moved.personId } }), 201);
    expectOk(await api(`/cohorts/${cohorts.II}/networks/${network.id}/members`, { method: 'POST', token: tokens.bootstrap, body: { municipalityNumber: LEVANGER } }));
    await stack.settled();
    const created = await feed(moved.token, 'municipality', LEVANGER);
    expect((await api(pathOf(created.url))).status).toBe(200);
    expectOk(await api(`/staff/${moved.personId}`, { method: 'PATCH', token: tokens.bootstrap, body: { roles: ['evaluator'] } }));
    expect((await api(pathOf(created.url))).status).toBe(404);
  });

  it('an unknown or malformed secret answers 404', async () => {
    expect((await api(`/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await api('/calendar/nonsense')).status).toBe(404);
  });
});
