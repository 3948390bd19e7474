/**
 * The programme's website through the local stack: every list anonymous, cacheable (ETag,
 * Cache-Control, 304 on a repeat with If-None-Match, a new ETag once the list changed), its
 * content after admissions, network formation and scheduling, filters validated (422 naming
 * the field), and no personal data beyond the advisor's name in any body.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiClient, createOpenCohort } from '../support/api-client.ts';
import { completeApplication } from '../support/fixtures.ts';
import { ContractRecorder, formatMismatch, loadDocument } from '../support/contract.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken, staffToken } from '../support/people.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const tokens: Record<string, string> = {};
let cohortId: string;
let draftCohortId: string;
let advisorId: string;
let networkId: string;

/** Every person of the fixtures (project leaders, steering groups, people) and their addresses: none may reach the website. */
const leaders = {
  '1721': { name: 'Kari Verdal', email: 'prosjekt@verdal.kommune.no' },
  '1431': { name: 'Ola Jølster', email: 'prosjekt@jolster.kommune.no' },
  '1719': { name: 'Lise Levanger', email: 'prosjekt@levanger.kommune.no' },
} as const;
const advisor = { name: 'Vera Veileder', email: 'vera.veileder@ks.no' };
const steeringGroup = completeApplication().steeringGroup.map((m) => m.name);
const nextYear = new Date().getUTCFullYear() + 1;

/** Every answer of the website's routes held against docs/openapi.json (status, media type, schema, headers). */
const recorder = new ContractRecorder(loadDocument(), () => stack.url);
const SITE_OPERATIONS = ['getSiteCohorts', 'listSiteParticipants', 'listSiteNetworks', 'listSiteGatherings', 'getSiteProgress'];

/** An anonymous GET of a website route, checked against the document: status, headers, the body as text. */
async function site(path: string, headers: Record<string, string> = {}) {
  const response = await recorder.fetch(path, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

beforeAll(async () => {
  stack = testStack();
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  const staff = await staffToken(stack, { role: 'advisor', ...advisor });
  advisorId = staff.personId;
  for (const number of Object.keys(leaders)) tokens[number] = await personToken(stack, { municipality: number, name: `Person ${number}`, email: `person@${number}.kommune.no` });
});

describe('before anyone takes part', () => {
  it('answers every list anonymously, empty, cacheable; a repeat with the ETag is 304 with no body', async () => {
    for (const path of ['/site/cohorts', '/site/participants', '/site/networks', '/site/gatherings', '/site/progress']) {
      const first = await site(path);
      expect(first.status, path).toBe(200);
      expect(first.headers.get('content-type'), path).toBe('application/json');
      expect(first.headers.get('cache-control'), path).toBe('public, max-age=300');
      const etag = first.headers.get('etag')!;
      expect(etag, path).toMatch(/^"[\w-]{32}"$/);
      const again = await site(path, { 'if-none-match': etag });
      expect(again.status, path).toBe(304);
      expect(again.text, path).toBe('');
      expect(again.headers.get('etag'), path).toBe(etag);
      expect((await site(path, { 'if-none-match': '"something-else"' })).status, path).toBe(200);
    }
    expect(JSON.parse((await site('/site/participants')).text)).toEqual({ count: 0, participants: [], source: 'Kilde: Statistisk sentralbyrå' });
    expect(JSON.parse((await site('/site/progress')).text)).toMatchObject({ participatingMunicipalities: 0, goalMet: false });
  });
});

describe('after admissions, a network and a calendar', () => {
  let participantsEtag: string;

  beforeAll(async () => {
    participantsEtag = (await site('/site/participants')).headers.get('etag')!;
    cohortId = await createOpenCohort(api, tokens.secretariat!, 'Pulje I');
    draftCohortId = (await api('/cohorts', { method: 'POST', token: tokens.secretariat, body: { name: 'Pulje Utkast', applicationWindow: { opensOn: '2008-01-15', closesOn: '2008-03-15' }, startDate: '2008-04-01', durationYears: 2 } })).json.id;
    for (const [number, leader] of Object.entries(leaders)) {
      const application = await api('/applications', { method: 'POST', token: tokens[number], body: { ...completeApplication({ projectLeader: leader }), cohortId } });
      expect(application.status, number).toBe(201);
      const outcome = number === '1719' ? { outcome: 'rejected', reason: 'Ikke nå' } : { outcome: 'admitted', reason: 'Ok', decidedOn: '2007-03-30' };
      expect((await api(`/applications/${application.json.id}/decision`, { method: 'POST', token: tokens.secretariat, body: outcome })).status, number).toBe(200);
    }
    const formed = await api(`/cohorts/${cohortId}/networks`, { method: 'POST', token: tokens.secretariat, body: { name: 'Nettverk Midt', advisorId, members: ['1721', '1431'] } });
    expect(formed.status).toBe(201);
    networkId = formed.json.id;
    for (const gathering of [
      { kind: 'learning-seminar', title: 'Læringsseminar 1', when: { from: '2007-09-01', to: '2007-09-01' }, venue: { name: 'Stjørdal' } },
      {
        kind: 'quality-conference',
        title: 'Kvalitetskonferanse',
        when: { from: `${nextYear}-11-26`, to: `${nextYear}-11-26` },
        venue: { name: 'Oslo Plaza' },
        description: `Spørsmål til ${leaders['1721'].name}, ${leaders['1721'].email}`,
      },
    ]) {
      expect((await api('/gatherings', { method: 'POST', token: tokens.secretariat, body: { ...gathering, hosts: { cohortIds: [cohortId] } } })).status).toBe(201);
    }
    await stack.settled();
  });

  it('lists the admitted municipalities with cohort and county, and only them; the list’s ETag changed', async () => {
    const answer = await site('/site/participants');
    expect(answer.headers.get('etag')).not.toBe(participantsEtag);
    expect(JSON.parse(answer.text)).toEqual({
      count: 2,
      participants: [
        { number: '1431', name: 'Jølster', county: { number: '14', name: 'Sogn og Fjordane' }, cohort: { id: cohortId, name: 'Pulje I' } },
        { number: '1721', name: 'Verdal', county: { number: '17', name: 'Nord-Trøndelag' }, cohort: { id: cohortId, name: 'Pulje I' } },
      ],
      source: 'Kilde: Statistisk sentralbyrå',
    });
    // The same list again: the same ETag, so 304.
    expect((await site('/site/participants', { 'if-none-match': answer.headers.get('etag')! })).status).toBe(304);
  });

  it('filters by county and by cohort; a draft cohort is not published', async () => {
    expect(JSON.parse((await site('/site/participants?countyNumber=17')).text).participants.map((p: { number: string }) => p.number)).toEqual(['1721']);
    expect(JSON.parse((await site(`/site/participants?cohortId=${cohortId}&countyNumber=14`)).text).participants.map((p: { number: string }) => p.number)).toEqual(['1431']);
    expect(JSON.parse((await site(`/site/participants?cohortId=${draftCohortId}`)).text).count).toBe(0);
    const cohorts = JSON.parse((await site('/site/cohorts')).text).cohorts;
    expect(cohorts).toEqual([{ id: cohortId, name: 'Pulje I', status: 'open', applicationWindow: { opensOn: '2007-01-15', closesOn: '2007-03-15' }, startDate: '2007-04-01', endDate: '2010-04-01', startYear: 2007, endYear: 2010 }]);
  });

  it('refuses a bad filter with 422 naming the field, and an unknown parameter too', async () => {
    for (const [query, pointer] of [
      ['countyNumber=Trøndelag', '/query/countyNumber'],
      ['cohortId=pulje-1', '/query/cohortId'],
    ] as const) {
      const refused = await site(`/site/participants?${encodeURI(query)}`);
      expect(refused.status, query).toBe(422);
      expect(refused.headers.get('content-type'), query).toBe('application/problem+json');
      expect(JSON.parse(refused.text).errors, query).toEqual([expect.objectContaining({ pointer })]);
    }
    // A misspelt filter would otherwise give the whole list: refused, the key named.
    const unknown = await site('/site/participants?county=17');
    expect(unknown.status).toBe(422);
    expect(JSON.parse(unknown.text).errors).toEqual([{ pointer: '/query', detail: 'Unrecognized key: "county"' }]);
    expect((await site('/site/networks?cohortId=x')).status).toBe(422);
    expect((await site('/site/gatherings?from=2008-13-01')).status).toBe(422);
  });

  it('lists the network with its members and the advisor’s name only', async () => {
    expect(JSON.parse((await site('/site/networks')).text)).toEqual({
      networks: [{ id: networkId, name: 'Nettverk Midt', cohort: { id: cohortId, name: 'Pulje I' }, advisor: { name: advisor.name }, members: [{ number: '1431', name: 'Jølster' }, { number: '1721', name: 'Verdal' }] }],
    });
    expect(JSON.parse((await site(`/site/networks?cohortId=${draftCohortId}`)).text).networks).toEqual([]);
  });

  it('lists the gatherings not over yet (today by default, or from a day), without their description', async () => {
    const upcoming = JSON.parse((await site('/site/gatherings')).text);
    expect(upcoming.gatherings).toEqual([
      { id: expect.any(String), title: 'Kvalitetskonferanse', kind: 'quality-conference', cohorts: [{ id: cohortId, name: 'Pulje I' }], from: `${nextYear}-11-26`, to: `${nextYear}-11-26`, venue: 'Oslo Plaza', status: 'scheduled' },
    ]);
    const since2007 = JSON.parse((await site('/site/gatherings?from=2007-09-01')).text);
    expect(since2007.from).toBe('2007-09-01');
    expect(since2007.gatherings.map((g: { title: string }) => g.title)).toEqual(['Læringsseminar 1', 'Kvalitetskonferanse']);
    expect(JSON.parse((await site('/site/gatherings?from=2007-09-02')).text).gatherings).toHaveLength(1);
  });

  it('shows progress toward the goal as the secretariat’s overview counts it', async () => {
    const progress = JSON.parse((await site('/site/progress')).text);
    const overview = (await api('/overview', { token: tokens.secretariat })).json.programmeGoal;
    expect(progress).toMatchObject({
      date: overview.date,
      participatingMunicipalities: 2,
      municipalities: overview.municipalities,
      share: overview.share,
      goalMet: false,
      missing: overview.missing,
      goal: { moreThanShare: 0.5 },
      source: 'Kilde: Statistisk sentralbyrå',
    });
    expect(overview.participants).toBe(2);
    expect(progress.municipalities).toBeGreaterThan(400);
    expect(progress.byCounty.find((c: { countyNumber: string }) => c.countyNumber === '17')).toMatchObject({ participants: 1 });
  });

  it('publishes no personal data: no email address, no person’s name but the advisor’s, no person id, in any body', async () => {
    const bodies = await Promise.all(['/site/cohorts', '/site/participants', '/site/networks', '/site/gatherings?from=2007-01-01', '/site/progress'].map(async (path) => [path, (await site(path)).text] as const));
    const names = [...Object.values(leaders).map((l) => l.name), ...steeringGroup, ...Object.keys(leaders).map((n) => `Person ${n}`)];
    for (const [path, body] of bodies) {
      expect(body, path).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      for (const name of names) expect(body, `${path}: ${name}`).not.toContain(name);
      expect(body, path).not.toContain(advisorId);
      // The advisor's name only where the website shows who follows a network.
      if (path !== '/site/networks') expect(body, path).not.toContain(advisor.name);
    }
    const networks = JSON.parse(bodies.find(([path]) => path === '/site/networks')![1]).networks;
    expect(networks.map((n: { advisor: object }) => n.advisor)).toEqual([{ name: advisor.name }]);
  });
});

describe('the OpenAPI document', () => {
  it('lists the website’s routes, public, and every answer above was what it says (200 and 304 of each, 422 of the filters)', () => {
    for (const id of SITE_OPERATIONS) {
      const statuses = recorder.seen.get(id);
      expect(statuses?.get(200), id).toBeGreaterThan(0);
      expect(statuses?.get(304), id).toBeGreaterThan(0);
    }
    expect(recorder.seen.get('listSiteParticipants')?.get(422)).toBeGreaterThan(0);
    expect(recorder.mismatches.map(formatMismatch)).toEqual([]);
  });
});
