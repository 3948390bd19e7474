/** The website's lists shaped from what the handlers read: only published cohorts, only published fields, in the website's order. */
import { describe, expect, it } from 'vitest';
import {
  lastDayOf,
  siteCohorts,
  siteGatheringOf,
  siteNetworks,
  siteParticipants,
  siteProgress,
  upcoming,
  type CohortSource,
  type SiteGathering,
} from '../../../shared/programme-site/model.ts';
import { programmeGoal } from '../../../shared/overview/model.ts';
import { etagOf, matchesIfNoneMatch, cacheableAnswer } from '../../../shared/platform/http/cacheable.ts';

const cohort = (id: string, name: string, status: string, startDate: string, endDate: string): CohortSource => ({
  id,
  name,
  status,
  applicationWindow: { opensOn: '2007-01-01', closesOn: '2007-02-01' },
  startDate,
  endDate,
});
const one = cohort('c1', 'Pulje I', 'started', '2007-03-01', '2010-01-01');
const two = cohort('c2', 'Pulje II', 'open', '2008-03-01', '2010-03-01');
const draft = cohort('c3', 'Pulje III', 'draft', '2009-03-01', '2011-03-01');
const cohorts = [one, two, draft];

const register = [
  { number: '1721', name: 'Verdal', countyNumber: '17', countyName: 'Nord-Trøndelag', validFrom: '1838-01-01' },
  { number: '1719', name: 'Levanger', countyNumber: '17', countyName: 'Nord-Trøndelag', validFrom: '1838-01-01' },
  { number: '1431', name: 'Jølster', countyNumber: '14', countyName: 'Sogn og Fjordane', validFrom: '1838-01-01' },
  { number: '1556', name: 'Frei', countyNumber: '15', countyName: 'Møre og Romsdal', validFrom: '1838-01-01', validTo: '2008-01-01' },
  { number: '0301', name: 'Oslo', countyNumber: '03', countyName: 'Oslo', validFrom: '1838-01-01' },
];

describe('the website’s cohorts', () => {
  it('leaves drafts out and gives each its years: the last year is the one before an exclusive 1 January end', () => {
    expect(siteCohorts(cohorts)).toEqual([
      { id: 'c1', name: 'Pulje I', status: 'started', applicationWindow: { opensOn: '2007-01-01', closesOn: '2007-02-01' }, startDate: '2007-03-01', endDate: '2010-01-01', startYear: 2007, endYear: 2009 },
      { id: 'c2', name: 'Pulje II', status: 'open', applicationWindow: { opensOn: '2007-01-01', closesOn: '2007-02-01' }, startDate: '2008-03-01', endDate: '2010-03-01', startYear: 2008, endYear: 2010 },
    ]);
  });

  it('drops every field it does not name (a report plan, timestamps)', () => {
    const stored = { ...one, reportPlan: [{ type: 'final-evaluation' }], createdAt: '2007-01-01T00:00:00Z', durationYears: 3 };
    expect(Object.keys(siteCohorts([stored])[0]!).sort()).toEqual(['applicationWindow', 'endDate', 'endYear', 'id', 'name', 'startDate', 'startYear', 'status']);
  });
});

describe('the website’s participants', () => {
  const admissions = [
    { municipalityNumber: '1721', cohortId: 'c1', projectLeader: { name: 'Kari Nordmann', email: 'kari@verdal.kommune.no' } },
    { municipalityNumber: '1431', cohortId: 'c1' },
    { municipalityNumber: '1719', cohortId: 'c2' },
    { municipalityNumber: '1556', cohortId: 'c1' },
    { municipalityNumber: '0301', cohortId: 'c3' },
    { municipalityNumber: '9999', cohortId: 'c1' },
    { municipalityNumber: '1721', cohortId: 'c1' },
  ];

  it('lists each admission to a published cohort once, by cohort, county and name, with the register’s county; never a project leader', () => {
    const rows = siteParticipants(register, admissions, cohorts);
    expect(rows.map((r) => `${r.cohort.name}:${r.county.number}:${r.name}`)).toEqual(['Pulje I:14:Jølster', 'Pulje I:15:Frei', 'Pulje I:17:Verdal', 'Pulje II:17:Levanger']);
    expect(rows[2]).toEqual({ number: '1721', name: 'Verdal', county: { number: '17', name: 'Nord-Trøndelag' }, cohort: { id: 'c1', name: 'Pulje I' } });
    expect(JSON.stringify(rows)).not.toMatch(/Kari|@/);
  });

  it('filters by cohort, by county, and by both; an unknown or draft cohort gives nothing', () => {
    expect(siteParticipants(register, admissions, cohorts, { cohortId: 'c2' }).map((r) => r.number)).toEqual(['1719']);
    expect(siteParticipants(register, admissions, cohorts, { countyNumber: '17' }).map((r) => r.number)).toEqual(['1721', '1719']);
    expect(siteParticipants(register, admissions, cohorts, { cohortId: 'c1', countyNumber: '17' }).map((r) => r.number)).toEqual(['1721']);
    expect(siteParticipants(register, admissions, cohorts, { cohortId: 'c3' })).toEqual([]);
    expect(siteParticipants(register, admissions, cohorts, { countyNumber: '03' })).toEqual([]);
  });

  it('sorts names in Norwegian order (Å after Ø after Z)', () => {
    const names = ['Ås', 'Øvre Eiker', 'Zeta', 'Ålesund'];
    const reg = names.map((name, i) => ({ number: `06${String(i).padStart(2, '0')}`, name, countyNumber: '06', countyName: 'Buskerud' }));
    const rows = siteParticipants(reg, reg.map((m) => ({ municipalityNumber: m.number, cohortId: 'c1' })), cohorts);
    expect(rows.map((r) => r.name)).toEqual(['Zeta', 'Øvre Eiker', 'Ålesund', 'Ås']);
  });
});

describe('the website’s networks', () => {
  const network = (id: string, cohortId: string, name: string, members: string[][]) => ({
    id,
    cohortId,
    name,
    advisor: { personId: 'p-1', name: 'Vera Veileder', email: 'vera.veileder@ks.no', phone: '+4799999999' },
    members: members.map(([municipalityNumber, municipalityName]) => ({ municipalityNumber: municipalityNumber!, municipalityName: municipalityName! })),
    formedAt: '2007-04-01T00:00:00Z',
  });
  const networks = [
    network('n2', 'c2', 'Nettverk Vest', [['1719', 'Levanger']]),
    network('n1', 'c1', 'Nettverk Midt', [['1721', 'Verdal'], ['1431', 'Jølster']]),
    network('n3', 'c3', 'Nettverk Utkast', []),
  ];

  it('gives the advisor’s name only, the members by name, networks of published cohorts by cohort', () => {
    const shaped = siteNetworks(networks, cohorts);
    expect(shaped).toEqual([
      { id: 'n1', name: 'Nettverk Midt', cohort: { id: 'c1', name: 'Pulje I' }, advisor: { name: 'Vera Veileder' }, members: [{ number: '1431', name: 'Jølster' }, { number: '1721', name: 'Verdal' }] },
      { id: 'n2', name: 'Nettverk Vest', cohort: { id: 'c2', name: 'Pulje II' }, advisor: { name: 'Vera Veileder' }, members: [{ number: '1719', name: 'Levanger' }] },
    ]);
    expect(JSON.stringify(shaped)).not.toMatch(/@|p-1|\+47|formedAt/);
  });

  it('filters by cohort', () => {
    expect(siteNetworks(networks, cohorts, { cohortId: 'c2' }).map((n) => n.id)).toEqual(['n2']);
    expect(siteNetworks(networks, cohorts, { cohortId: 'c3' })).toEqual([]);
  });
});

describe('the website’s gatherings', () => {
  const stored = { id: 'g1', kind: 'learning-seminar' as const, title: 'Læringsseminar 1', when: { from: '2008-09-01', to: '2008-09-01', startTime: '10:00' }, venue: { name: 'Thon Hotel Oslo Airport', address: 'Gardermoen' }, status: 'scheduled' as const, description: 'Kontakt Kari på kari@verdal.kommune.no', updatedAt: '2008-01-01T00:00:00Z' };

  it('shapes a cohort’s gathering field by field: no description, no timestamps', () => {
    expect(siteGatheringOf(stored, one)).toEqual({ id: 'g1', title: 'Læringsseminar 1', kind: 'learning-seminar', cohorts: [{ id: 'c1', name: 'Pulje I' }], from: '2008-09-01', to: '2008-09-01', venue: 'Thon Hotel Oslo Airport', status: 'scheduled' });
    expect(siteGatheringOf({ ...stored, when: { month: '2008-10' }, status: 'cancelled' }, one)).toMatchObject({ from: '2008-10', to: '2008-10', status: 'cancelled' });
  });

  const g = (id: string, from: string, to: string, cohortIds: string[], title = id): SiteGathering => ({
    id,
    title,
    kind: 'quality-conference',
    cohorts: cohortIds.map((c) => ({ id: c, name: c })),
    from,
    to,
    venue: 'Oslo Plaza',
    status: 'scheduled',
  });

  it('keeps those whose last day is today or later (both sides of the boundary), by first day', () => {
    const list = [g('later', '2008-11-26', '2008-11-27', ['c1']), g('ended-yesterday', '2008-08-28', '2008-08-29', ['c1']), g('ends-today', '2008-08-29', '2008-08-30', ['c1']), g('today', '2008-08-30', '2008-08-30', ['c2'])];
    expect(upcoming(list, '2008-08-30').map((x) => x.id)).toEqual(['ends-today', 'today', 'later']);
  });

  it('counts a month-only date to the month’s end', () => {
    expect(lastDayOf('2008-10')).toBe('2008-10-31');
    expect(lastDayOf('2008-02')).toBe('2008-02-29');
    expect(lastDayOf('2008-10-15')).toBe('2008-10-15');
    expect(upcoming([g('october', '2008-10', '2008-10', ['c1'])], '2008-10-31').map((x) => x.id)).toEqual(['october']);
    expect(upcoming([g('october', '2008-10', '2008-10', ['c1'])], '2008-11-01')).toEqual([]);
  });

  it('makes one row of a gathering read from several cohorts, naming each cohort once', () => {
    const rows = upcoming([g('conference', '2008-11-26', '2008-11-27', ['c1']), g('conference', '2008-11-26', '2008-11-27', ['c2']), g('conference', '2008-11-26', '2008-11-27', ['c1'])], '2008-01-01');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.cohorts.map((c) => c.id)).toEqual(['c1', 'c2']);
  });
});

describe('the website’s progress toward the goal', () => {
  it('is the overview’s own computation (programmeGoal), in the website’s words', () => {
    const admissions = [
      { municipalityNumber: '1721', cohortId: 'c1', admittedOn: '2007-03-30' },
      { municipalityNumber: '1719', cohortId: 'c1', admittedOn: '2007-03-30' },
    ];
    const progress = siteProgress(register, admissions, '2009-12-31');
    const goal = programmeGoal(register, admissions, '2009-12-31');
    // Frei no longer exists on 2009-12-31: four municipalities, two take part; the goal needs three.
    expect(progress).toMatchObject({ date: '2009-12-31', participatingMunicipalities: 2, municipalities: 4, share: 0.5, goalMet: false, missing: 1, goal: { moreThanShare: 0.5 } });
    expect([progress.participatingMunicipalities, progress.municipalities, progress.share, progress.goalMet, progress.missing]).toEqual([goal.participants, goal.municipalities, goal.share, goal.goalMet, goal.missing]);
    expect(progress.byCounty.find((c) => c.countyNumber === '17')).toEqual({ countyNumber: '17', countyName: 'Nord-Trøndelag', municipalities: 2, participants: 2, share: 1 });
  });

  it('is met with one more than half, not with exactly half', () => {
    const admit = (...numbers: string[]) => numbers.map((municipalityNumber) => ({ municipalityNumber, cohortId: 'c1', admittedOn: '2007-03-30' }));
    expect(siteProgress(register, admit('1721', '1719'), '2009-12-31').goalMet).toBe(false);
    expect(siteProgress(register, admit('1721', '1719', '1431'), '2009-12-31')).toMatchObject({ goalMet: true, missing: 0, participatingMunicipalities: 3 });
  });
});

describe('a cacheable answer', () => {
  const body = '{"a":1}';
  const etag = etagOf(body);

  it('is 200 with Cache-Control and a quoted ETag that changes with the body', () => {
    const answer = cacheableAnswer({ headers: {} }, body, 'application/json', 'public, max-age=300');
    expect(answer).toMatchObject({ statusCode: 200, body, headers: { etag, 'cache-control': 'public, max-age=300', 'content-type': 'application/json' } });
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(etagOf('{"a":2}')).not.toBe(etag);
  });

  it('is 304 with no body when If-None-Match names it (among others, weak, or *), 200 when it names another', () => {
    for (const header of [etag, `"x", ${etag}`, `W/${etag}`, '*']) {
      expect(matchesIfNoneMatch(header, etag), header).toBe(true);
      expect(cacheableAnswer({ headers: { 'if-none-match': header } }, body, 'application/json', 'public')).toMatchObject({ statusCode: 304, body: '', headers: { etag } });
    }
    expect(matchesIfNoneMatch('"other"', etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
    expect(cacheableAnswer({ headers: { 'if-none-match': '"other"' } }, body, 'application/json', 'public').statusCode).toBe(200);
  });
});
