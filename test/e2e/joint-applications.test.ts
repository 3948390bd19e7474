/**
 * Joint applications: all or nothing, and each member on its own afterwards. A member that
 * already applied, or that the register does not know, refuses the whole naming that member;
 * two joint applications racing for one member: one wins whole, the other leaves nothing; a
 * member rejected or withdrawn leaves the others as they were.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiClient, createOpenCohort, type ApiResponse } from '../support/api-client.ts';
import { completeApplication } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';
import { jointApplication } from '../support/route-examples.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
let secretariat: string;
let cohortId: string;

const applicationsOf = async (number: string) =>
  ((await api(`/applications?cohortId=${cohortId}`, { token: await personToken(stack, { municipality: number }) })).json.applications as { id: string; status: string }[]);

function expectConflictNaming(response: ApiResponse, pointer: string) {
  expect(response.status, JSON.stringify(response.json)).toBe(409);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual([pointer]);
}

beforeAll(async () => {
  stack = testStack();
  secretariat = await stack.issuer.issue({ role: 'secretariat' });
  cohortId = await createOpenCohort(api, secretariat);
});

describe('a joint application', () => {
  it('whose second member already applied is refused naming it, and nothing is stored', async () => {
    const stjordal = await personToken(stack, { municipality: '1714' });
    expect((await api('/applications', { method: 'POST', token: stjordal, body: { ...completeApplication(), cohortId } })).status).toBe(201);
    const refused = await api('/joint-applications', { method: 'POST', token: await personToken(stack, { municipality: '1702' }), body: jointApplication(cohortId, ['1702', '1714']) });
    expectConflictNaming(refused, '/members/1/municipalityNumber');
    expect(await applicationsOf('1702')).toEqual([]);
  });

  it('whose members both applied already is refused naming each of them', async () => {
    expect((await api('/joint-applications', { method: 'POST', token: secretariat, body: jointApplication(cohortId, ['1738', '1663'], 'c@lierne.kommune.no') })).status).toBe(201);
    const again = await api('/joint-applications', { method: 'POST', token: secretariat, body: jointApplication(cohortId, ['1663', '1738'], 'd@malvik.kommune.no') });
    expect(again.status, JSON.stringify(again.json)).toBe(409);
    expect(again.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/members/0/municipalityNumber', '/members/1/municipalityNumber']);
  });

  it('naming a municipality the register does not have is refused naming it', async () => {
    const refused = await api('/joint-applications', { method: 'POST', token: secretariat, body: jointApplication(cohortId, ['1703', '1756']) });
    expectConflictNaming(refused, '/members/1/municipalityNumber');
    expect(await applicationsOf('1703')).toEqual([]);
  });

  it('naming one municipality twice, or leaving out the project leader’s, is 422 naming the field', async () => {
    const twice = await api('/joint-applications', { method: 'POST', token: secretariat, body: jointApplication(cohortId, ['1703', '1703']) });
    expect(twice.status).toBe(422);
    expect(twice.json.errors.map((e: { pointer: string }) => e.pointer)).toContain('/members/1/municipalityNumber');
    const body = jointApplication(cohortId, ['1703', '1711']);
    const leaderElsewhere = await api('/joint-applications', { method: 'POST', token: secretariat, body: { ...body, projectLeader: { ...body.projectLeader, municipalityNumber: '1717' } } });
    expect(leaderElsewhere.status).toBe(422);
    expect(leaderElsewhere.json.errors.map((e: { pointer: string }) => e.pointer)).toContain('/projectLeader/municipalityNumber');
  });

  it('by a municipality that is not among its members is refused', async () => {
    const refused = await api('/joint-applications', { method: 'POST', token: await personToken(stack, { municipality: '1717' }), body: jointApplication(cohortId, ['1703', '1711']) });
    expect(refused.status).toBe(422);
    expect(refused.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/members']);
  });

  it('two racing for one member: one is stored whole, the other refused and nothing of it stored', async () => {
    const [first, second] = await Promise.all([
      api('/joint-applications', { method: 'POST', token: secretariat, body: jointApplication(cohortId, ['1724', '1725'], 'a@verran.kommune.no') }),
      api('/joint-applications', { method: 'POST', token: secretariat, body: jointApplication(cohortId, ['1736', '1725'], 'b@snasa.kommune.no') }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses, JSON.stringify([first.json, second.json])).toEqual([201, 409]);
    const loser = first.status === 409 ? first : second;
    expectConflictNaming(loser, '/members/1/municipalityNumber');
    const loserOwn = first.status === 409 ? '1724' : '1736';
    expect(await applicationsOf(loserOwn)).toEqual([]);
    expect(await applicationsOf('1725')).toHaveLength(1);
  });

  it('its members are decided on their own: one admitted, one rejected, one withdrawn, none touching the others', async () => {
    const made = await api('/joint-applications', { method: 'POST', token: secretariat, body: jointApplication(cohortId, ['1721', '1719', '1717']) });
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    const [verdal, levanger, frosta] = made.json.members as { applicationId: string }[];
    expect((await api(`/applications/${verdal!.applicationId}/decision`, { method: 'POST', token: secretariat, body: { outcome: 'admitted', reason: 'Ok', decidedOn: '2007-03-30' } })).status).toBe(200);
    expect((await api(`/applications/${levanger!.applicationId}/decision`, { method: 'POST', token: secretariat, body: { outcome: 'rejected', reason: 'Mangler politisk vedtak', decidedOn: '2007-03-30' } })).status).toBe(200);
    expect((await api(`/applications/${frosta!.applicationId}/withdrawal`, { method: 'POST', token: await personToken(stack, { municipality: '1717' }) })).status).toBe(200);
    await stack.settled();
    const read = (await api(`/joint-applications/${made.json.id}`, { token: secretariat })).json;
    expect(read.members.map((m: { municipalityNumber: string; status: string }) => [m.municipalityNumber, m.status])).toEqual([
      ['1721', 'admitted'],
      ['1719', 'rejected'],
      ['1717', 'withdrawn'],
    ]);
    // The admitted member's admission names its joint project; the joint status sums only admitted members.
    const detailOf = (event: unknown) => (event as { detail: { data: { municipalityNumber: string; jointProject?: unknown } } }).detail.data;
    const admitted = stack.bus.history.find((h) => h.event['detail-type'] === 'MunicipalityAdmitted' && detailOf(h.event).municipalityNumber === '1721');
    expect(detailOf(admitted!.event).jointProject).toEqual({ id: made.json.id, name: made.json.name });
    const status = (await api(`/joint-projects/${made.json.id}/target-status`, { token: secretariat })).json;
    expect(status.members.map((m: { applicationStatus: string; targetStatus: unknown }) => [m.applicationStatus, m.targetStatus === null])).toEqual([
      ['admitted', false],
      ['rejected', true],
      ['withdrawn', true],
    ]);
  });
});
