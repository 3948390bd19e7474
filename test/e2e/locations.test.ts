/**
 * Every Location the API answers names a resource a client can GET: each 201/202 whose contract
 * declares a Location is made through the local gateway, its Location followed, and the GET must
 * answer 200 with the resource just made (the gathering's Location once answered 405 and the
 * network's 404). Also the two GET routes added for that: who may read, and unknown ids.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiContract } from '../../shared/routing.ts';
import type { OperationContract } from '../../shared/platform/declarations.ts';
import { apiClient, type ApiResponse } from '../support/api-client.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken, staffToken } from '../support/people.ts';
import { completeApplication } from '../support/fixtures.ts';
import { jointApplication } from '../support/route-examples.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const tokens: Record<'secretariat' | 'advisor' | 'municipality', string> = { secretariat: '', advisor: '', municipality: '' };
let cohortId: string;
let advisorId: string;

beforeAll(async () => {
  stack = testStack();
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  const advisor = await staffToken(stack, { role: 'advisor', name: 'V', email: 'v@ks.no' });
  tokens.advisor = advisor.token;
  advisorId = advisor.personId;
  tokens.municipality = await personToken(stack, { municipality: '1721' });
});

/** Follows the Location of a 201/202 and expects the resource just made. */
async function follow(made: ApiResponse, expectedStatus: number, token: string): Promise<ApiResponse> {
  expect(made.status, JSON.stringify(made.json)).toBe(expectedStatus);
  const location = made.headers.get('location');
  expect(location).toMatch(/^\//);
  const read = await api(location!, { token });
  expect(read.status, `GET ${location}: ${JSON.stringify(read.json)}`).toBe(200);
  return read;
}

describe('every Location names something to GET', () => {
  it('a cohort', async () => {
    const made = await api('/cohorts', {
      method: 'POST',
      token: tokens.secretariat,
      body: { name: 'Pulje L', applicationWindow: { opensOn: '2007-01-15', closesOn: '2007-03-15' }, startDate: '2007-04-01', durationYears: 3 },
    });
    const read = await follow(made, 201, tokens.secretariat);
    expect(read.json).toMatchObject({ id: made.json.id, name: 'Pulje L' });
    cohortId = made.json.id;
    expect((await api(`/cohorts/${cohortId}/transitions`, { method: 'POST', token: tokens.secretariat, body: { action: 'open' } })).status).toBe(200);
  });

  it('a gathering, which everyone who reads the cohort\'s calendar may read', async () => {
    const made = await api('/gatherings', {
      method: 'POST',
      token: tokens.secretariat,
      body: { kind: 'learning-seminar', title: 'Læringsseminar 1', hosts: { cohortIds: [cohortId] }, when: { from: '2007-09-01', to: '2007-09-01' }, venue: { name: 'Stjørdal' } },
    });
    for (const token of Object.values(tokens)) expect((await follow(made, 201, token)).json).toEqual(made.json);
  });

  it('a network, which advisors and the secretariat may read (as they list them), not a municipality', async () => {
    const made = await api(`/cohorts/${cohortId}/networks`, { method: 'POST', token: tokens.secretariat, body: { name: 'Nettverk L', advisorId } });
    for (const token of [tokens.secretariat, tokens.advisor]) expect((await follow(made, 201, token)).json).toEqual(made.json);
    const refused = await api(made.headers.get('location')!, { token: tokens.municipality });
    expect(refused.status).toBe(403);
    expect(refused.json.type).toBe('/problems/forbidden');
  });

  it('an application draft', async () => {
    const made = await api('/applications/drafts', { method: 'POST', token: tokens.municipality, body: { cohortId } });
    expect((await follow(made, 201, tokens.municipality)).json).toMatchObject({ id: made.json.id, status: 'draft' });
  });

  it('an asynchronous upload', async () => {
    const made = await api('/municipalities/1721/absence-uploads', { method: 'POST', token: tokens.municipality, body: { contentType: 'text/csv' } });
    expect((await follow(made, 202, tokens.municipality)).json).toMatchObject({ uploadId: made.json.upload.uploadId, status: 'received' });
  });

  it('a person of a municipality, and a person of the secretariat', async () => {
    const person = await api('/municipalities/1721/people', { method: 'POST', token: tokens.secretariat, body: { name: 'Ola Observatør', email: 'ola.lokasjon@verdal.kommune.no', roles: ['observer'] } });
    expect((await follow(person, 201, tokens.secretariat)).json).toMatchObject({ id: person.json.id, roles: ['observer'] });
    const staff = await api('/staff', { method: 'POST', token: tokens.secretariat, body: { name: 'Eva Evaluator', email: 'eva.lokasjon@ks.no', roles: ['evaluator'] } });
    expect((await follow(staff, 201, tokens.secretariat)).json).toMatchObject({ id: staff.json.id, roles: ['evaluator'] });
  });

  it('a webhook registration', async () => {
    const made = await api('/webhooks', { method: 'POST', token: tokens.secretariat, body: { url: 'http://127.0.0.1:9/lokasjon', eventTypes: ['report.overdue'] } });
    expect((await follow(made, 201, tokens.secretariat)).json).toMatchObject({ id: made.json.id, url: 'http://127.0.0.1:9/lokasjon' });
  });

  it('a grant application, which its municipality and the secretariat may read', async () => {
    // A participant applies: Levanger (Verdal has a draft in the cohort), admitted first.
    const levanger = await personToken(stack, { municipality: '1719' });
    const application = await api('/applications', { method: 'POST', token: levanger, body: { ...completeApplication({ projectLeader: { name: 'Lise', email: 'lise.lokasjon@levanger.kommune.no' } }), cohortId } });
    expect(application.status, JSON.stringify(application.json)).toBe(201);
    const decided = await api(`/applications/${application.json.id}/decision`, { method: 'POST', token: tokens.secretariat, body: { outcome: 'admitted', reason: 'Ok', decidedOn: '2007-03-30' } });
    expect(decided.status, JSON.stringify(decided.json)).toBe(200);
    const made = await api('/grants', { method: 'POST', token: levanger, body: { cohortId, purpose: 'Kurs i nærværsarbeid.', amountRequested: 1_000_000, year: 2007 } });
    for (const token of [levanger, tokens.secretariat]) expect((await follow(made, 201, token)).json).toMatchObject({ id: made.json.id, status: 'applied', amountRequested: 1_000_000 });
  });

  it('a steering-group meeting, which the secretariat reads', async () => {
    const applied = await api('/applications', { method: 'POST', token: await personToken(stack, { municipality: '1702' }), body: { ...completeApplication(), cohortId } });
    expect(applied.status, JSON.stringify(applied.json)).toBe(201);
    const made = await api(`/cohorts/${cohortId}/steering-group-decisions`, {
      method: 'POST',
      token: tokens.secretariat,
      body: { meetingDate: '2007-03-30', decisions: [{ applicationId: applied.json.id, outcome: 'rejected', reason: 'Lokasjonstest' }] },
    });
    expect((await follow(made, 201, tokens.secretariat)).json).toEqual(made.json);
    expect(made.headers.get('location')).toBe(`/cohorts/${cohortId}/steering-group-decisions/${made.json.id}`);
  });

  it('a sub-project, a goal and a goal value of a local project (made on admission)', async () => {
    const namsos = await personToken(stack, { municipality: '1703' });
    const application = await api('/applications', { method: 'POST', token: namsos, body: { ...completeApplication(), cohortId } });
    expect(application.status, JSON.stringify(application.json)).toBe(201);
    const decided = await api(`/applications/${application.json.id}/decision`, { method: 'POST', token: tokens.secretariat, body: { outcome: 'admitted', reason: 'Ok', decidedOn: '2007-03-30' } });
    expect(decided.status).toBe(200);
    await stack.settled();
    const projectId = application.json.id as string;
    const sub = await api(`/projects/${projectId}/sub-projects`, { method: 'POST', token: namsos, body: { name: 'Sykefravær', focusArea: 'Sykefravær', leader: { name: 'S', email: 's@namsos.kommune.no' } } });
    expect((await follow(sub, 201, namsos)).json).toEqual(sub.json);
    const goal = await api(`/projects/${projectId}/goals`, {
      method: 'POST',
      token: namsos,
      body: { name: 'Sykefravær', unit: '%', direction: 'lower-is-better', baseline: { value: 9, date: '2007-01-01' }, target: { value: 7, date: '2009-01-01' } },
    });
    expect((await follow(goal, 201, namsos)).json).toEqual(goal.json);
    const value = await api(`/projects/${projectId}/goals/${goal.json.id}/values`, { method: 'POST', token: namsos, body: { value: 8.5, measuredOn: '2007-12-31' } });
    expect((await follow(value, 201, namsos)).json).toMatchObject({ id: goal.json.id, values: [{ value: 8.5 }] });
  });

  it('a joint application, which its members and the secretariat may read, not another municipality', async () => {
    const inderoy = await personToken(stack, { municipality: '1729' });
    const made = await api('/joint-applications', { method: 'POST', token: inderoy, body: jointApplication(cohortId, ['1729', '1736'], 'felles@inderoy.kommune.no') });
    for (const token of [inderoy, tokens.secretariat]) expect((await follow(made, 201, token)).json).toEqual(made.json);
    expect((await api(made.headers.get('location')!, { token: tokens.municipality })).status).toBe(404);
  });

  it('covers every Location the contracts declare', () => {
    const targets = Object.values(apiContract as Record<string, OperationContract>).flatMap((c) => [c.success, ...(c.alsoSucceeds ?? [])].flatMap((s) => (s.location ? [s.location] : [])));
    // cohort, gathering, network, application (submit and draft), upload (four routes), people, steering-group meeting, webhook, grant, joint application, sub-project, goal: each target met above.
    expect([...new Set(targets)].sort()).toEqual([
      '/absence-uploads/{id}',
      '/applications/{id}',
      '/cohorts/{cohortId}',
      '/cohorts/{cohortId}/networks/{networkId}',
      '/cohorts/{cohortId}/steering-group-decisions/{meetingId}',
      '/gatherings/{gatheringId}',
      '/grants/{id}',
      '/joint-applications/{id}',
      '/municipalities/{number}/people/{personId}',
      '/projects/{projectId}/goals/{goalId}',
      '/projects/{projectId}/sub-projects/{subProjectId}',
      '/staff/{personId}',
      '/webhooks/{id}',
    ]);
  });
});

describe('GET a gathering or a network that is not there', () => {
  const missing = '0b7e3c52-3c29-4f5e-9a55-1a1d8f0c2b11';
  it.each([
    ['gathering', () => `/gatherings/${missing}`],
    ['network', () => `/cohorts/${cohortId}/networks/${missing}`],
  ])('answers 404 problem+json for an unknown %s', async (_kind, path) => {
    const response = await api(path(), { token: tokens.secretariat });
    expect(response.status).toBe(404);
    expect(response.json).toMatchObject({ type: '/problems/not-found', instance: path(), correlationId: expect.any(String) });
  });

  it('answers 404 for an id not in the shape of one', async () => {
    expect((await api(`/cohorts/${cohortId}/networks/not-an-id`, { token: tokens.secretariat })).status).toBe(404);
  });
});
