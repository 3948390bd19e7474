/**
 * Local projects end to end (DynamoDB Local, the local gateway and event pipeline): an admitted
 * municipality has its project; a joint project's members share one; sub-projects; goals in both
 * directions with values over several reports, their statuses changing by the trajectory rule;
 * the refusals (422 naming the field, 404 for another project's goal or another municipality's
 * project); and events delivered again change nothing.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiClient, createOpenCohort, type ApiResponse } from '../support/api-client.ts';
import { completeApplication } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { recordPublished } from '../support/published.ts';
import { personToken } from '../support/people.ts';
import { signAll } from '../support/signatures.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const VERDAL = '1721';
const LEVANGER = '1719';
const STJORDAL = '1714';
const JOINT = 'verdal-levanger';
const tokens: Record<'secretariat' | 'verdal' | 'levanger' | 'stjordal' | 'verdalObserver', string> = { secretariat: '', verdal: '', levanger: '', stjordal: '', verdalObserver: '' };
let cohortId: string;
let verdalProject: string;
/** Every event put on the bus, as the outbox published it. */
const published: { type: string; data: Record<string, unknown> }[] = [];

const post = (path: string, token: string, body?: unknown) => api(path, { method: 'POST', token, ...(body !== undefined ? { body } : {}) });
const expectStatus = (response: ApiResponse, status: number, what: string) => {
  expect(response.status, `${what}: ${JSON.stringify(response.json)}`).toBe(status);
  return response;
};
const eventsOf = (type: string, match: (d: Record<string, unknown>) => boolean = () => true) => published.filter((e) => e.type === type && match(e.data));

beforeAll(async () => {
  stack = testStack();
  recordPublished(stack, published);
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  tokens.verdal = await personToken(stack, { municipality: VERDAL, name: 'Kari Prosjektleder' });
  tokens.verdalObserver = await personToken(stack, { municipality: VERDAL, roles: ['observer'] });
  tokens.levanger = await personToken(stack, { municipality: LEVANGER, roles: ['management'] });
  tokens.stjordal = await personToken(stack, { municipality: STJORDAL });
  cohortId = await createOpenCohort(api, tokens.secretariat);
}, 60_000);

/** The MunicipalityAdmitted the pipeline delivered for `number`, as a template. */
function admissionOf(number: string) {
  const entry = stack.bus.history.find((h) => h.event['detail-type'] === 'MunicipalityAdmitted' && (h.event as unknown as { detail: { data: { municipalityNumber: string } } }).detail.data.municipalityNumber === number);
  if (!entry) throw new Error(`No MunicipalityAdmitted of ${number} was delivered`);
  return entry.event as unknown as { id: string; 'detail-type': string; detail: { metadata: Record<string, unknown>; data: Record<string, unknown> } };
}

/** Delivers a MunicipalityAdmitted of a joint project's member to the projects capability, as EventBridge would. */
function deliverJointAdmission(number: string, name: string) {
  const template = admissionOf(VERDAL);
  const event = {
    ...template,
    id: randomUUID(),
    detail: {
      metadata: { ...template.detail.metadata, eventId: randomUUID() },
      data: { ...template.detail.data, applicationId: 'f'.repeat(32), municipalityNumber: number, municipalityName: name, jointProject: { id: JOINT, name: 'Kvalitetskommuneprogrammet i Verdal og Levanger' } },
    },
  };
  stack.bus.deliver('createProjectOnAdmission', event, `joint admission of ${number}`);
  return event;
}

describe('a project per admission', () => {
  it('an admitted municipality has its project, found by its number (the application’s id)', async () => {
    const application = expectStatus(await post('/applications', tokens.verdal, { ...completeApplication(), cohortId }), 201, 'applying');
    expectStatus(await post(`/applications/${application.json.id}/decision`, tokens.secretariat, { outcome: 'admitted', reason: 'Ok', decidedOn: '2007-03-30' }), 200, 'admitting');
    await stack.settled();
    verdalProject = application.json.id as string;
    const listed = expectStatus(await api(`/municipalities/${VERDAL}/projects`, { token: tokens.verdal }), 200, 'listing');
    expect(listed.json.projects).toEqual([expect.objectContaining({ id: verdalProject, cohortId, members: [{ municipalityNumber: VERDAL, municipalityName: 'Verdal' }], subProjects: [], goals: [] })]);
    expect(expectStatus(await api(`/projects/${verdalProject}`, { token: tokens.verdalObserver }), 200, 'an observer reads').json.id).toBe(verdalProject);
    expect(eventsOf('ProjectMemberAdded', (d) => d.projectId === verdalProject)).toHaveLength(1);
  });

  it('another municipality neither reads nor lists it (404)', async () => {
    expect((await api(`/projects/${verdalProject}`, { token: tokens.stjordal })).status).toBe(404);
    expect((await api(`/municipalities/${VERDAL}/projects`, { token: tokens.stjordal })).status).toBe(404);
    expect((await api(`/projects/${verdalProject}`, { token: tokens.secretariat })).status).toBe(200);
  });

  it('a joint project: each member’s admission adds it to the one project; again, nothing changes', async () => {
    deliverJointAdmission(VERDAL, 'Verdal');
    await stack.settled();
    const levanger = deliverJointAdmission(LEVANGER, 'Levanger');
    await stack.settled();
    const read = expectStatus(await api(`/projects/${JOINT}`, { token: tokens.levanger }), 200, 'Levanger reads the joint project');
    expect(read.json).toMatchObject({ id: JOINT, name: 'Kvalitetskommuneprogrammet i Verdal og Levanger', members: [{ municipalityNumber: VERDAL }, { municipalityNumber: LEVANGER }] });
    stack.bus.deliver('createProjectOnAdmission', levanger, 'the same admission again');
    const anew = { ...levanger, id: randomUUID(), detail: { ...levanger.detail, metadata: { ...levanger.detail.metadata, eventId: randomUUID() } } };
    stack.bus.deliver('createProjectOnAdmission', anew, 'a second admission of the same member');
    await stack.settled();
    expect((await api(`/projects/${JOINT}`, { token: tokens.levanger })).json).toEqual(read.json);
    expect(eventsOf('ProjectMemberAdded', (d) => d.projectId === JOINT)).toHaveLength(2);
    const mine = (await api(`/municipalities/${VERDAL}/projects`, { token: tokens.verdal })).json.projects.map((p: { id: string }) => p.id).sort();
    expect(mine).toEqual([verdalProject, JOINT].sort());
    expect((await api(`/municipalities/${LEVANGER}/projects`, { token: tokens.levanger })).json.projects.map((p: { id: string }) => p.id)).toEqual([JOINT]);
  });
});

const subProjects: Record<string, string> = {};
const goals: Record<'sickLeave' | 'fullTime', string> = { sickLeave: '', fullTime: '' };

describe('sub-projects', () => {
  it('the six sub-projects of Verdal and Levanger, two of them a member’s own', async () => {
    for (const [name, municipalityNumber] of [
      ['Uønsket deltid', undefined],
      ['Sykefravær', undefined],
      ['Medarbeiderskap', undefined],
      ['Oppvekst Verdal', VERDAL],
      ['Oppvekst Levanger', LEVANGER],
      ['Kvalitetssystem', undefined],
    ] as const) {
      const made = expectStatus(
        await post(`/projects/${JOINT}/sub-projects`, tokens.verdal, { name, focusArea: name, leader: { name: `Leder ${name}`, email: 'leder@verdal.kommune.no' }, ...(municipalityNumber ? { municipalityNumber } : {}) }),
        201,
        name,
      );
      expect(made.headers.get('location')).toBe(`/projects/${JOINT}/sub-projects/${made.json.id}`);
      expect(made.json).toMatchObject({ name, statuses: [], ...(municipalityNumber ? { municipalityNumber } : {}) });
      subProjects[name] = made.json.id;
    }
    const read = expectStatus(await api(`/projects/${JOINT}/sub-projects/${subProjects['Oppvekst Levanger']}`, { token: tokens.levanger }), 200, 'reading one');
    expect(read.json.municipalityNumber).toBe(LEVANGER);
    expect(eventsOf('SubProjectAdded', (d) => d.projectId === JOINT)).toHaveLength(6);
  });

  it('refuses a sub-project of a municipality that is not a member (422 naming it), an observer (403), another municipality (404)', async () => {
    const body = { name: 'Oppvekst Stjørdal', focusArea: 'Oppvekst', leader: { name: 'L', email: 'l@stjordal.kommune.no' } };
    const refused = expectStatus(await post(`/projects/${JOINT}/sub-projects`, tokens.verdal, { ...body, municipalityNumber: STJORDAL }), 422, 'not a member');
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/municipalityNumber']);
    expect((await post(`/projects/${JOINT}/sub-projects`, tokens.verdalObserver, body)).status).toBe(403);
    expect((await post(`/projects/${JOINT}/sub-projects`, tokens.stjordal, body)).status).toBe(404);
    expect((await api(`/projects/${JOINT}/sub-projects/${'0'.repeat(32)}`, { token: tokens.verdal })).status).toBe(404);
  });
});

describe('goals', () => {
  const sickLeave = { name: 'Sykefravær', unit: '%', direction: 'lower-is-better', baseline: { value: 9.5, date: '2007-01-01' }, target: { value: 7.5, date: '2009-01-01' } };
  const fullTime = { name: 'Andel heltid', unit: '%', direction: 'higher-is-better', baseline: { value: 30, date: '2007-01-01' }, target: { value: 50, date: '2009-01-01' } };

  it('adds a goal in each direction, no-data until a value comes', async () => {
    const a = expectStatus(await post(`/projects/${JOINT}/goals`, tokens.verdal, { ...sickLeave, subProjectId: subProjects['Sykefravær'] }), 201, 'sick leave');
    const b = expectStatus(await post(`/projects/${JOINT}/goals`, tokens.levanger, { ...fullTime, subProjectId: subProjects['Uønsket deltid'] }), 201, 'full time');
    expect(a.headers.get('location')).toBe(`/projects/${JOINT}/goals/${a.json.id}`);
    expect(a.json).toMatchObject({ ...sickLeave, status: 'no-data', values: [] });
    expect(b.json).toMatchObject({ ...fullTime, status: 'no-data', values: [] });
    goals.sickLeave = a.json.id;
    goals.fullTime = b.json.id;
    expect(expectStatus(await api(`/projects/${JOINT}/goals/${goals.fullTime}`, { token: tokens.verdalObserver }), 200, 'reading').json).toEqual(b.json);
    expect(eventsOf('GoalAdded', (d) => d.projectId === JOINT)).toHaveLength(2);
  });

  it.each([
    ['without a direction', '/direction', { ...fullTime, direction: undefined }],
    ['with an unknown direction', '/direction', { ...fullTime, direction: 'up' }],
    ['rising, with its target below the baseline', '/target/value', { ...fullTime, target: { value: 20, date: '2009-01-01' } }],
    ['rising, with its target equal to the baseline', '/target/value', { ...fullTime, target: { value: 30, date: '2009-01-01' } }],
    ['falling, with its target above the baseline', '/target/value', { ...sickLeave, target: { value: 10, date: '2009-01-01' } }],
    ['with its target date not after the baseline’s', '/target/date', { ...sickLeave, target: { value: 7.5, date: '2007-01-01' } }],
    ['with an unknown sub-project', '/subProjectId', { ...sickLeave, subProjectId: 'a'.repeat(32) }],
  ])('refuses a goal %s (422 naming %s)', async (_what, pointer, body) => {
    const refused = expectStatus(await post(`/projects/${JOINT}/goals`, tokens.verdal, body), 422, String(pointer));
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.json.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  });
});

/** Verdal's reports of the cohort, by type. */
async function reportsOf(type: string) {
  const all = (await api(`/reports?cohortId=${cohortId}&municipalityNumber=${VERDAL}`, { token: tokens.secretariat })).json.reports as { id: string; type: string; dueDate: string }[];
  return all.filter((r) => r.type === type).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

const statusReport = (goalValues: unknown[], subProjectStatuses: unknown[]) => ({
  goalProgress: [{ goal: 'Sykefravær', progress: 'Arbeidet er i gang i alle delprosjekter.' }],
  sickLeaveCommentary: 'Sykefraværet går ned i oppveksten.',
  goalValues,
  subProjectStatuses,
});

const goalOf = async (id: string) => expectStatus(await api(`/projects/${JOINT}/goals/${id}`, { token: tokens.verdal }), 200, 'reading the goal').json;

describe('values over several reports', () => {
  it('a first status report: both goals on track, its sub-projects’ statuses recorded with the report and its submitter', async () => {
    const [first] = await reportsOf('status-report');
    expect(first, 'a status report was scheduled').toBeDefined();
    expectStatus(
      await post(
        `/reports/${first!.id}/submission`,
        tokens.verdal,
        statusReport(
          [
            { goalId: goals.sickLeave, value: 9.0, measuredOn: '2007-06-30' },
            { goalId: goals.fullTime, value: 35, measuredOn: '2007-06-30' },
          ],
          [{ subProjectId: subProjects['Uønsket deltid'], status: 'on-track', note: 'Kartlegging ferdig' }],
        ),
      ),
      200,
      'submitting',
    );
    await stack.settled();
    const sick = await goalOf(goals.sickLeave);
    expect(sick).toMatchObject({ status: 'on-track', values: [{ value: 9, measuredOn: '2007-06-30', reportId: first!.id, reportedBy: expect.any(String), reportedAt: expect.any(String) }] });
    expect(sick.expected).toBeCloseTo(9.0075, 3);
    expect((await goalOf(goals.fullTime)).status).toBe('on-track');
    const sub = (await api(`/projects/${JOINT}/sub-projects/${subProjects['Uønsket deltid']}`, { token: tokens.verdal })).json;
    expect(sub.statuses).toEqual([{ reportId: first!.id, status: 'on-track', note: 'Kartlegging ferdig', reportedBy: expect.any(String), reportedAt: expect.any(String) }]);
    expect(eventsOf('GoalStatusChanged', (d) => d.goalId === goals.sickLeave)).toEqual([expect.objectContaining({ data: expect.objectContaining({ previous: 'no-data', status: 'on-track' }) })]);
  });

  it('a value on its own, by Levanger’s management: who reported it is recorded', async () => {
    const answered = expectStatus(await post(`/projects/${JOINT}/goals/${goals.fullTime}/values`, tokens.levanger, { value: 38, measuredOn: '2007-12-31' }), 201, 'reporting a value');
    expect(answered.headers.get('location')).toBe(`/projects/${JOINT}/goals/${goals.fullTime}`);
    // 38 on 2007-12-31: the line expects ≈ 39.96 there, 1.96 short of it is within the margin of 2 (10 % of 20 points).
    expect(answered.json).toMatchObject({ status: 'at-risk', values: [{ value: 35 }, { value: 38, measuredOn: '2007-12-31', reportedBy: expect.any(String) }] });
    expect(answered.json.values[1].reportId).toBeUndefined();
    await stack.settled();
    expect(eventsOf('GoalStatusChanged', (d) => d.goalId === goals.fullTime).map((e) => [e.data.previous, e.data.status])).toEqual([
      ['no-data', 'on-track'],
      ['on-track', 'at-risk'],
    ]);
  });

  it('a second status report: the falling goal off track; an unknown goal id is ignored', async () => {
    const [, second] = await reportsOf('status-report');
    expect(second, 'a second status report was scheduled').toBeDefined();
    expectStatus(
      await post(
        `/reports/${second!.id}/submission`,
        tokens.verdal,
        statusReport(
          [
            { goalId: goals.sickLeave, value: 9.3, measuredOn: '2007-12-31' },
            { goalId: 'b'.repeat(32), value: 1, measuredOn: '2007-12-31' },
          ],
          [{ subProjectId: subProjects['Uønsket deltid'], status: 'delayed', note: 'Venter på turnus' }],
        ),
      ),
      200,
      'submitting',
    );
    await stack.settled();
    expect((await goalOf(goals.sickLeave)).status).toBe('off-track');
    const sub = (await api(`/projects/${JOINT}/sub-projects/${subProjects['Uønsket deltid']}`, { token: tokens.verdal })).json;
    expect(sub.statuses.map((s: { status: string }) => s.status)).toEqual(['on-track', 'delayed']);
  });

  it('the final evaluation: both goals achieved, the rising one reaching its target exactly', async () => {
    const [final] = await reportsOf('final-evaluation');
    expect(final, 'a final evaluation was scheduled').toBeDefined();
    expectStatus(
      await post(`/reports/${final!.id}/submission`, tokens.verdal, {
        ...statusReport(
          [
            { goalId: goals.sickLeave, value: 7.4, measuredOn: '2008-12-31' },
            { goalId: goals.fullTime, value: 50, measuredOn: '2008-12-31' },
          ],
          [{ subProjectId: subProjects['Uønsket deltid'], status: 'completed', note: '' }],
        ),
        lessonsLearnt: 'Heltid krever nye turnuser.',
      }),
      200,
      'submitting',
    );
    // A final evaluation counts as submitted (ReportSubmitted, which records its values) once the three parties have signed.
    await signAll(stack, api, final!.id, '1721');
    await stack.settled();
    expect((await goalOf(goals.sickLeave)).status).toBe('achieved');
    const full = await goalOf(goals.fullTime);
    expect(full).toMatchObject({ status: 'achieved', values: [{ value: 35 }, { value: 38 }, { value: 50, reportId: final!.id }] });
  });

  it('reports without goal values or statuses still submit as before', async () => {
    const [plan] = await reportsOf('project-plan');
    expectStatus(await post(`/reports/${plan!.id}/submission`, tokens.verdal, { summary: 'Delprosjekter, organisering og milepæler.' }), 200, 'a project plan');
  });
});

describe('values refused', () => {
  it('a goal of another project, or a project of another municipality: 404', async () => {
    expect((await post(`/projects/${verdalProject}/goals/${goals.sickLeave}/values`, tokens.verdal, { value: 8, measuredOn: '2008-06-30' })).status).toBe(404);
    expect((await post(`/projects/${JOINT}/goals/${goals.sickLeave}/values`, tokens.stjordal, { value: 8, measuredOn: '2008-06-30' })).status).toBe(404);
    expect((await api(`/projects/${JOINT}/goals/${goals.sickLeave}`, { token: tokens.stjordal })).status).toBe(404);
    expect((await post(`/projects/${JOINT}/goals/${'c'.repeat(32)}/values`, tokens.verdal, { value: 8, measuredOn: '2008-06-30' })).status).toBe(404);
  });

  it('a value that is not a number: 422 naming it', async () => {
    const refused = expectStatus(await post(`/projects/${JOINT}/goals/${goals.sickLeave}/values`, tokens.verdal, { value: 'åtte', measuredOn: '2008-06-30' }), 422, 'not a number');
    expect(refused.json.errors.map((e: { pointer: string }) => e.pointer)).toContain('/value');
  });
});

describe('redelivery', () => {
  it('the admissions and reports delivered again change nothing', async () => {
    const before = { joint: (await api(`/projects/${JOINT}`, { token: tokens.secretariat })).json, verdal: (await api(`/projects/${verdalProject}`, { token: tokens.secretariat })).json };
    const counts = () => ['ProjectMemberAdded', 'GoalValueReported', 'GoalStatusChanged', 'SubProjectStatusReported'].map((t) => eventsOf(t).length);
    const countsBefore = counts();
    const again = stack.bus.history.filter((h) => ['createProjectOnAdmission', 'recordReportProgress'].includes(h.functionName));
    // Two status reports and the signed final evaluation (the project plan awaits its signatures).
    expect(again.filter((h) => h.functionName === 'recordReportProgress').length).toBeGreaterThanOrEqual(3);
    for (let round = 0; round < 2; round++) {
      for (const { functionName, event } of again) stack.bus.deliver(functionName, event, `again: ${functionName}`);
      // The same events with new ids (as a producer retrying would send them): still nothing new.
      for (const { functionName, event } of again) {
        const e = event as unknown as { detail: { metadata: Record<string, unknown> } };
        stack.bus.deliver(functionName, { ...event, id: randomUUID(), detail: { ...e.detail, metadata: { ...e.detail.metadata, eventId: randomUUID() } } } as typeof event, `anew: ${functionName}`);
      }
      await stack.settled();
    }
    expect((await api(`/projects/${JOINT}`, { token: tokens.secretariat })).json).toEqual(before.joint);
    expect((await api(`/projects/${verdalProject}`, { token: tokens.secretariat })).json).toEqual(before.verdal);
    expect(counts()).toEqual(countsBefore);
    expect(stack.deadLetters.list()).toEqual([]);
  });
});
