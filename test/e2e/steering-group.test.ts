/**
 * Assessment before decision, and the steering group deciding a list of applications at one
 * meeting, through the local stack on DynamoDB Local: the assessment refused for a missing or
 * repeated element (422) and for an application not awaiting its decision (409); a meeting
 * admitting two and rejecting one, with the letters, invitations and participants the single
 * decision gives; all or nothing (one bad item: nothing decided, no event); two meetings racing
 * on one application (one wins whole); the same request redelivered (one meeting); and a meeting
 * too large for one transaction (422 naming /decisions and the maximum).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import type { StoredMail } from '../../local/mail-sink.ts';
import { MANDATORY_ELEMENTS } from '../../shared/applications/assessment-model.ts';
import { ParticipantsRepository } from '../../shared/applications/repository.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { apiClient, createOpenCohort, type ApiResponse } from '../support/api-client.ts';
import { confirmEmail } from '../support/email-confirmation.ts';
import { completeApplication } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { recordPublished } from '../support/published.ts';
import { personToken } from '../support/people.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
let secretariat: string;
let cohortId: string;
/** Every event put on the bus during the file. */
const published: { type: string; data: Record<string, unknown> }[] = [];
const eventsOf = (type: string, applicationId: string) => published.filter((e) => e.type === type && e.data.applicationId === applicationId);

const assessment = (overrides: Record<string, unknown> = {}) => ({
  elements: MANDATORY_ELEMENTS.map((element) => ({ element, met: true })),
  recommendation: 'admit',
  reasoning: 'Alle obligatoriske elementer er på plass; god forankring i trepartssamarbeidet.',
  ...overrides,
});

function expectStatus(response: ApiResponse, status: number): Record<string, any> {
  expect(response.status, JSON.stringify(response.json)).toBe(status);
  return response.json;
}

/** A municipality applies to the cohort (its project leader's address confirmed); the application's id. */
async function apply(number: string, name: string): Promise<string> {
  const token = await personToken(stack, { municipality: number });
  const email = `prosjekt-${number}@${name.toLowerCase()}.kommune.no`;
  const id = expectStatus(await api('/applications', { method: 'POST', token, body: { ...completeApplication({ projectLeader: { name: `Leder ${name}`, email } }), cohortId } }), 201).id as string;
  await confirmEmail(stack, api, email);
  return id;
}

const assess = (id: string, body: unknown = assessment()) => api(`/applications/${id}/assessment`, { method: 'PUT', token: secretariat, body });
const meet = (decisions: unknown[], headers: Record<string, string> = {}, meetingDate = '2007-03-30') =>
  api(`/cohorts/${cohortId}/steering-group-decisions`, { method: 'POST', token: secretariat, body: { meetingDate, decisions }, headers });
const statusOf = async (id: string) => (await api(`/applications/${id}`, { token: secretariat })).json.status;
const mailCount = async () => (await stack.mail.list()).length;
async function mailSince(mark: number): Promise<StoredMail[]> {
  await stack.settled();
  return (await stack.mail.list()).slice(mark);
}
const brief = (mail: StoredMail[]) => mail.map((m) => `${m.to.replace(/^.*<|>$/g, '')} [${m.language}] ${m.subject}`).sort();

beforeAll(async () => {
  stack = testStack();
  recordPublished(stack, published);
  secretariat = await stack.issuer.issue({ role: 'secretariat' });
  cohortId = await createOpenCohort(api, secretariat);
}, 60_000);

describe('PUT /applications/{id}/assessment', () => {
  let id: string;
  beforeAll(async () => {
    id = await apply('1702', 'Steinkjer');
  });

  it('is refused with 422 naming /elements when an element is missing or repeated, and nothing is stored', async () => {
    const missing = await assess(id, assessment({ elements: MANDATORY_ELEMENTS.slice(1).map((element) => ({ element, met: true })) }));
    expect(expectStatus(missing, 422).errors).toEqual([{ pointer: '/elements', detail: expect.stringContaining('missing: focus-areas') }]);
    const repeated = await assess(id, assessment({ elements: [...MANDATORY_ELEMENTS, 'own-budget'].map((element) => ({ element, met: true })) }));
    expect(expectStatus(repeated, 422).errors).toEqual([{ pointer: '/elements', detail: expect.stringContaining('more than once: own-budget') }]);
    const unknown = await assess(id, assessment({ elements: [...MANDATORY_ELEMENTS, 'astrology'].map((element) => ({ element, met: true })) }));
    expect(expectStatus(unknown, 422).errors[0].pointer).toBe('/elements/7/element');
    expect((await api(`/applications/${id}`, { token: secretariat })).json.assessment).toBeUndefined();
    expect(eventsOf('ApplicationAssessed', id)).toEqual([]);
  });

  it('is the secretariat’s only', async () => {
    const token = await personToken(stack, { municipality: '1702' });
    expect((await api(`/applications/${id}/assessment`, { method: 'PUT', token, body: assessment() })).status).toBe(403);
  });

  it('records the assessment (version 1, then 2), shown on the application, with ApplicationAssessed', async () => {
    const first = expectStatus(await assess(id, assessment({ elements: [...MANDATORY_ELEMENTS].reverse().map((element) => ({ element, met: element !== 'own-budget', ...(element === 'own-budget' ? { note: 'Uklart' } : {}) })) })), 200);
    expect(first).toMatchObject({ recommendation: 'admit', version: 1, assessedBy: expect.any(String), assessedAt: expect.any(String) });
    // In the programme's order, whatever order they came in.
    expect(first.elements.map((e: { element: string }) => e.element)).toEqual([...MANDATORY_ELEMENTS]);
    const second = expectStatus(await assess(id, assessment({ recommendation: 'reject', reasoning: 'Budsjettet er ikke avklart.' })), 200);
    expect(second).toMatchObject({ recommendation: 'reject', version: 2 });
    expect((await api(`/applications/${id}`, { token: secretariat })).json.assessment).toEqual(second);
    await stack.settled();
    expect(eventsOf('ApplicationAssessed', id).map((e) => [e.data.version, e.data.recommendation, e.data.elementsNotMet])).toEqual([
      [1, 'admit', ['own-budget']],
      [2, 'reject', []],
    ]);
  });

  it('is refused with 409 for a draft and for a decided application', async () => {
    const token = await personToken(stack, { municipality: '1703' });
    const draft = expectStatus(await api('/applications/drafts', { method: 'POST', token, body: { cohortId } }), 201).id as string;
    expect(expectStatus(await assess(draft), 409).detail).toMatch(/this application is draft/);
    const decided = await apply('1711', 'Meraker');
    expectStatus(await api(`/applications/${decided}/decision`, { method: 'POST', token: secretariat, body: { outcome: 'rejected', reason: 'Nei', decidedOn: '2007-03-30' } }), 200);
    expect(expectStatus(await assess(decided), 409).detail).toMatch(/this application is rejected/);
  });

  it('answers 404 for no such application', async () => {
    expect((await assess('0b7e3c52-3c29-4f5e-9a55-1a1d8f0c2b11')).status).toBe(404);
  });
});

describe('a steering-group meeting', () => {
  const applications = { verdal: '', levanger: '', inderoy: '' };
  let meeting: Record<string, any>;
  let mark: number;

  beforeAll(async () => {
    applications.verdal = await apply('1721', 'Verdal');
    applications.levanger = await apply('1719', 'Levanger');
    applications.inderoy = await apply('1729', 'Inderoy');
    expectStatus(await assess(applications.verdal), 200);
    expectStatus(await assess(applications.levanger), 200);
    expectStatus(await assess(applications.inderoy, assessment({ recommendation: 'reject', reasoning: 'Mangler politisk forankring.' })), 200);
    await stack.settled();
    mark = await mailCount();
  }, 60_000);

  it('refuses an outcome against the recommendation without a reason (422 naming it), deciding nothing', async () => {
    const refused = await meet([
      { applicationId: applications.verdal, outcome: 'admitted' },
      { applicationId: applications.inderoy, outcome: 'admitted' },
    ]);
    expect(expectStatus(refused, 422).errors).toEqual([{ pointer: '/decisions/1/reason', detail: expect.stringContaining('differs from the assessment’s recommendation (reject)') }]);
    expect(await statusOf(applications.verdal)).toBe('submitted');
  });

  it('refuses a meeting dated in the future', async () => {
    expect(expectStatus(await meet([{ applicationId: applications.verdal, outcome: 'admitted' }], {}, '2999-01-01'), 422).errors[0].pointer).toBe('/meetingDate');
  });

  it('admits Verdal and Levanger and rejects Inderøy in one go: 201, Location, the meeting', async () => {
    const made = await meet([
      { applicationId: applications.verdal, outcome: 'admitted', reason: 'Tydelige mål og god forankring.' },
      // No reason: the assessment's reasoning is the letter's.
      { applicationId: applications.levanger, outcome: 'admitted' },
      { applicationId: applications.inderoy, outcome: 'rejected' },
    ]);
    meeting = expectStatus(made, 201);
    expect(made.headers.get('location')).toBe(`/cohorts/${cohortId}/steering-group-decisions/${meeting.id}`);
    expect(meeting).toMatchObject({
      cohortId,
      cohortName: 'Pulje I',
      meetingDate: '2007-03-30',
      admitted: 2,
      rejected: 1,
      decisions: [
        { applicationId: applications.verdal, municipalityNumber: '1721', municipalityName: 'Verdal', outcome: 'admitted', reason: 'Tydelige mål og god forankring.', recommendation: 'admit' },
        { applicationId: applications.levanger, municipalityNumber: '1719', outcome: 'admitted', reason: assessment().reasoning, recommendation: 'admit' },
        { applicationId: applications.inderoy, municipalityNumber: '1729', outcome: 'rejected', reason: 'Mangler politisk forankring.', recommendation: 'reject' },
      ],
    });
    expect((await api(made.headers.get('location')!, { token: secretariat })).json).toEqual(meeting);
    expect((await api(`/cohorts/${cohortId}/steering-group-decisions`, { token: secretariat })).json.meetings.map((m: { id: string }) => m.id)).toContain(meeting.id);
  });

  it('decides each application as one by one: status, decision dated the meeting day, participants', async () => {
    const verdal = (await api(`/applications/${applications.verdal}`, { token: secretariat })).json;
    expect(verdal).toMatchObject({ status: 'admitted', decision: { outcome: 'admitted', decidedOn: '2007-03-30', reason: 'Tydelige mål og god forankring.' }, assessment: { recommendation: 'admit' } });
    expect(await statusOf(applications.levanger)).toBe('admitted');
    expect(await statusOf(applications.inderoy)).toBe('rejected');
    const participants = await new ParticipantsRepository(new Table(stack.tableName)).ofCohort(cohortId);
    expect(participants.map((p) => [p.municipalityNumber, p.admittedOn, p.applicationId])).toEqual([
      ['1719', '2007-03-30', applications.levanger],
      ['1721', '2007-03-30', applications.verdal],
    ]);
  });

  it('emits the single decision’s events, and SteeringGroupMeetingHeld once', async () => {
    await stack.settled();
    for (const key of ['verdal', 'levanger', 'inderoy'] as const) expect(eventsOf('ApplicationDecided', applications[key])).toHaveLength(1);
    expect(eventsOf('MunicipalityAdmitted', applications.verdal!)).toHaveLength(1);
    expect(eventsOf('MunicipalityAdmitted', applications.levanger!)).toHaveLength(1);
    expect(eventsOf('MunicipalityAdmitted', applications.inderoy!)).toHaveLength(0);
    const held = published.filter((e) => e.type === 'SteeringGroupMeetingHeld' && e.data.meetingId === meeting.id);
    expect(held).toHaveLength(1);
    expect(held[0]!.data.decisions).toEqual([
      { applicationId: applications.verdal, municipalityNumber: '1721', outcome: 'admitted', followsRecommendation: true },
      { applicationId: applications.levanger, municipalityNumber: '1719', outcome: 'admitted', followsRecommendation: true },
      { applicationId: applications.inderoy, municipalityNumber: '1729', outcome: 'rejected', followsRecommendation: true },
    ]);
  });

  it('sends each its letter (and the admitted ones’ project leaders their invitation), as one by one', async () => {
    const mail = await mailSince(mark);
    expect(brief(mail)).toEqual([
      'prosjekt-1719@levanger.kommune.no [nb] Du er invitert til Kvalitetskommuneprogrammet',
      'prosjekt-1719@levanger.kommune.no [nb] Vedtak: Levanger kommune er tatt opp i Pulje I',
      'prosjekt-1721@verdal.kommune.no [nb] Du er invitert til Kvalitetskommuneprogrammet',
      'prosjekt-1721@verdal.kommune.no [nb] Vedtak: Verdal kommune er tatt opp i Pulje I',
      'prosjekt-1729@inderoy.kommune.no [nb] Vedtak: søknaden fra Inderøy kommune er avslått',
    ]);
    const levanger = mail.find((m) => m.subject === 'Vedtak: Levanger kommune er tatt opp i Pulje I')!;
    expect((await stack.mail.read(levanger.file)).text).toContain('god forankring i trepartssamarbeidet');
  });

  it('refuses to decide them again, naming each (409), and changes nothing', async () => {
    const again = await meet([
      { applicationId: applications.verdal, outcome: 'rejected', reason: 'Igjen' },
      { applicationId: applications.inderoy, outcome: 'admitted', reason: 'Igjen' },
    ]);
    expect(expectStatus(again, 409).errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/decisions/0/applicationId', '/decisions/1/applicationId']);
    expect(await statusOf(applications.inderoy)).toBe('rejected');
  });
});

describe('all or nothing', () => {
  it('one item of another cohort, or listed twice: 422 naming it, no application decided, no event', async () => {
    const good = await apply('1714', 'Stjordal');
    const otherCohort = await createOpenCohort(api, secretariat, 'Pulje annen');
    const token = await personToken(stack, { municipality: '1717' });
    const elsewhere = expectStatus(await api('/applications', { method: 'POST', token, body: { ...completeApplication(), cohortId: otherCohort } }), 201).id as string;
    const refused = await meet([
      { applicationId: good, outcome: 'admitted', reason: 'Ja' },
      { applicationId: elsewhere, outcome: 'admitted', reason: 'Ja' },
    ]);
    expect(expectStatus(refused, 422).errors).toEqual([{ pointer: '/decisions/1/applicationId', detail: `No application ${elsewhere} in this cohort` }]);
    const twice = await meet([
      { applicationId: good, outcome: 'admitted', reason: 'Ja' },
      { applicationId: good, outcome: 'rejected', reason: 'Nei' },
    ]);
    expect(expectStatus(twice, 422).errors).toEqual([{ pointer: '/decisions/1/applicationId', detail: `Application ${good} is listed more than once` }]);
    await stack.settled();
    expect([await statusOf(good), await statusOf(elsewhere)]).toEqual(['submitted', 'submitted']);
    expect([...eventsOf('ApplicationDecided', good), ...eventsOf('ApplicationDecided', elsewhere)]).toEqual([]);
    expect(await new ParticipantsRepository(new Table(stack.tableName)).get(cohortId, '1714')).toBeUndefined();
  });

  it('one item whose application is withdrawn: 409 naming it, the other not decided', async () => {
    const good = await apply('1718', 'Leksvik');
    const token = await personToken(stack, { municipality: '1724' });
    const withdrawn = expectStatus(await api('/applications', { method: 'POST', token, body: { ...completeApplication(), cohortId } }), 201).id as string;
    expectStatus(await api(`/applications/${withdrawn}/withdrawal`, { method: 'POST', token }), 200);
    const refused = await meet([
      { applicationId: good, outcome: 'admitted', reason: 'Ja' },
      { applicationId: withdrawn, outcome: 'admitted', reason: 'Ja' },
    ]);
    expect(expectStatus(refused, 409).errors).toEqual([{ pointer: '/decisions/1/applicationId', detail: expect.stringContaining('this application is withdrawn') }]);
    await stack.settled();
    expect(await statusOf(good)).toBe('submitted');
    expect(eventsOf('ApplicationDecided', good)).toEqual([]);
  });

  it('a meeting too large for one transaction: 422 naming /decisions and the maximum, before anything is read', async () => {
    const decisions = Array.from({ length: 20 }, () => ({ applicationId: crypto.randomUUID(), outcome: 'admitted', reason: 'Ja' }));
    const refused = expectStatus(await meet(decisions), 422);
    expect(refused.errors).toEqual([{ pointer: '/decisions', detail: expect.stringContaining('at most 19 admissions, or 32 rejections') }]);
    // 19 admissions fit: refused only for the unknown applications, each named.
    expect(expectStatus(await meet(decisions.slice(0, 19)), 422).errors).toHaveLength(19);
  });
});

describe('two meetings racing on one application', () => {
  it('one wins whole; the other is refused and records nothing', async () => {
    const contested = await apply('1725', 'Namdalseid');
    const mine = await apply('1736', 'Snasa');
    const theirs = await apply('1738', 'Lierne');
    const [a, b] = await Promise.all([
      meet([
        { applicationId: contested, outcome: 'admitted', reason: 'Møte A' },
        { applicationId: mine, outcome: 'rejected', reason: 'Møte A' },
      ]),
      meet([
        { applicationId: theirs, outcome: 'rejected', reason: 'Møte B' },
        { applicationId: contested, outcome: 'rejected', reason: 'Møte B' },
      ]),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const [winner, loser] = a.status === 201 ? [a, [theirs]] : [b, [mine]];
    await stack.settled();
    expect(eventsOf('ApplicationDecided', contested)).toHaveLength(1);
    expect(eventsOf('ApplicationDecided', contested)[0]!.data.reason).toBe(winner.json.decisions.find((d: { applicationId: string }) => d.applicationId === contested).reason);
    for (const id of loser) {
      expect(await statusOf(id)).toBe('submitted');
      expect(eventsOf('ApplicationDecided', id)).toEqual([]);
    }
    const meetings = (await api(`/cohorts/${cohortId}/steering-group-decisions`, { token: secretariat })).json.meetings as { decisions: { applicationId: string }[] }[];
    expect(meetings.filter((m) => m.decisions.some((d) => d.applicationId === contested))).toHaveLength(1);
  });
});

describe('redelivery', () => {
  it('the same request again (same Idempotency-Key) answers the same meeting, recorded once', async () => {
    const id = await apply('1601', 'Trondheim');
    const headers = { 'idempotency-key': `moete-${crypto.randomUUID()}` };
    const body = [{ applicationId: id, outcome: 'admitted', reason: 'Ja' }];
    const first = expectStatus(await meet(body, headers), 201);
    const again = await meet(body, headers);
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first);
    await stack.settled();
    expect(eventsOf('ApplicationDecided', id)).toHaveLength(1);
    expect(published.filter((e) => e.type === 'SteeringGroupMeetingHeld' && e.data.meetingId === first.id)).toHaveLength(1);
  });

  it('the meeting’s events delivered twice more send no second letter', async () => {
    await stack.settled();
    const before = await mailCount();
    const delivered = stack.bus.history.filter((h) => ['ApplicationDecided', 'MunicipalityAdmitted', 'SteeringGroupMeetingHeld'].includes(h.event['detail-type'] ?? ''));
    expect(delivered.length).toBeGreaterThan(0);
    for (let round = 0; round < 2; round++) {
      for (const { functionName, event } of delivered) stack.bus.deliver(functionName, event, `redelivery ${event['detail-type']} → ${functionName}`);
      await stack.settled();
    }
    expect(await mailCount()).toBe(before);
    expect(stack.deadLetters.list()).toEqual([]);
  });
});
