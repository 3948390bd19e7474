/**
 * The README's walk-through "People, a municipal system, an advisor and the audit log", step by
 * step on the local stack, with the tokens the CLI prints (`npm run token -- person <email>`,
 * `npm run token -- maskinporten …`): the secretariat invites Verdal's project leader, who invites
 * an HR uploader; both invitations are .eml files; the uploader uploads figures, and Verdal's HR
 * system uploads with a Maskinporten token; neither may submit a report; an advisor sees its
 * network's Verdal and not Levanger; the audit log holds all of it, by resource and by person.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiClient, createOpenCohort, type ApiResponse } from '../support/api-client.ts';
import { completeApplication, eventually } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';

const run = promisify(execFile);
const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const machine = apiClient(() => stack.machineUrl);
/** Verdal, 2007, and its organisation number in Enhetsregisteret. */
const VERDAL = { number: '1721', organisationNumber: '938587418' };
const LEVANGER = '1719';
const kari = { name: 'Kari Nordmann', email: 'kari.nordmann@verdal.kommune.no', roles: ['project-leader'] };
const hanne = { name: 'Hanne HR', email: 'hanne.hr@verdal.kommune.no', roles: ['figures-uploader'] };
const vera = { name: 'Vera Veileder', email: 'vera.veileder@ks.no', roles: ['advisor'] };
const figures = { rows: [{ period: '2007Q1', lostDays: 95, agreedDays: 1000 }] };

const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['local/cli/token.ts', ...args, '--state-dir', stack.stateDir]);
  return stdout.trim();
}

function expectStatus(response: ApiResponse, status: number, what: string): ApiResponse {
  expect(response.status, `${what}: ${JSON.stringify(response.json)}`).toBe(status);
  return response;
}

const post = (client: typeof api, path: string, token: string, body?: unknown) => client(path, { method: 'POST', token, ...(body !== undefined ? { body } : {}) });

/** Invites, waits for the invitation .eml and the login, and returns the CLI's token for the person. */
async function invite(path: string, by: string, person: { email: string }): Promise<{ id: string; token: string; invitation: string }> {
  const id = expectStatus(await post(api, path, by, person), 201, `inviting ${person.email}`).json.id as string;
  const mail = await eventually(async () => (await stack.mail.list()).find((m) => m.to.includes(person.email) && /invitert/.test(m.subject)), 20_000, `the invitation to ${person.email}`);
  await stack.settled();
  return { id, token: await cli('person', person.email), invitation: mail.file };
}

beforeAll(async () => {
  stack = testStack();
  tokens.secretariat = await cli('secretariat');
});

describe('people, a municipal system, an advisor and the audit log', () => {
  it('the secretariat invites Verdal’s project leader, who invites the HR uploader: two .eml invitations, two tokens', async () => {
    const leader = await invite(`/municipalities/${VERDAL.number}/people`, tokens.secretariat!, kari);
    tokens.kari = leader.token;
    ids.kari = leader.id;
    const uploader = await invite(`/municipalities/${VERDAL.number}/people`, tokens.kari, hanne);
    tokens.hanne = uploader.token;
    ids.hanne = uploader.id;
    for (const file of [leader.invitation, uploader.invitation]) expect((await stack.mail.read(file)).text).toMatch(/Kvalitetskommuneprogrammet/);
    const people = expectStatus(await api(`/municipalities/${VERDAL.number}/people`, { token: tokens.kari }), 200, 'listing Verdal’s people').json;
    expect(JSON.stringify(people)).toContain(hanne.email);
  });

  it('Verdal applies and is admitted; the secretariat invites an advisor and forms its network with Verdal', async () => {
    const cohortId = await createOpenCohort(api, tokens.secretariat!);
    const application = expectStatus(
      await post(api, '/applications', tokens.kari!, { ...completeApplication({ projectLeader: { name: kari.name, email: kari.email } }), cohortId }),
      201,
      'applying',
    ).json;
    ids.application = application.id;
    expectStatus(await post(api, `/applications/${application.id}/decision`, tokens.secretariat!, { outcome: 'admitted', reason: 'Ok', decidedOn: '2007-03-30' }), 200, 'admitting');
    const advisor = await invite('/staff', tokens.secretariat!, vera);
    tokens.vera = advisor.token;
    ids.vera = advisor.id;
    expectStatus(await post(api, `/cohorts/${cohortId}/networks`, tokens.secretariat!, { name: 'Nettverk Midt', advisorId: advisor.id, members: [VERDAL.number] }), 201, 'forming the network');
    await stack.settled();
    ids.report = (await api(`/reports?cohortId=${cohortId}`, { token: tokens.secretariat })).json.reports[0].id;
    expect(ids.report).toBeDefined();
  });

  it('the HR uploader uploads Verdal’s figures, and is refused a report submission', async () => {
    expectStatus(await post(api, `/municipalities/${VERDAL.number}/absence-figures`, tokens.hanne!, figures), 201, 'the uploader’s upload');
    const refused = expectStatus(await post(api, `/reports/${ids.report}/submission`, tokens.hanne!, {}), 403, 'the uploader submitting a report');
    expect(refused.json.detail).toMatch(/^The role figures-uploader may not call POST \/reports\/\{id\}\/submission/);
  });

  it('Verdal’s HR system uploads with a Maskinporten token, and is refused a report submission naming why', async () => {
    tokens.system = await cli('maskinporten', VERDAL.organisationNumber, 'kvalitetskommune:figures.write');
    const upload = expectStatus(await post(machine, `/municipalities/${VERDAL.number}/absence-figures`, tokens.system, { rows: [{ period: '2007Q2', lostDays: 90, agreedDays: 1000 }] }), 201, 'the system’s upload');
    expect(upload.json).toMatchObject({ rows: 1, duplicate: false });
    const refused = expectStatus(await post(machine, `/reports/${ids.report}/submission`, tokens.system, {}), 403, 'the system submitting a report');
    expect(refused.json.detail).toBe('POST /reports/{id}/submission is not open to machine clients (the token has kvalitetskommune:figures.write)');
  });

  it('the advisor reads its network’s Verdal, and is refused Levanger, outside its network (404)', async () => {
    const verdal = expectStatus(await api(`/municipalities/${VERDAL.number}/absence-figures`, { token: tokens.vera }), 200, 'the advisor reading Verdal');
    expect(verdal.json.figures.map((f: { period: string }) => f.period)).toEqual(['2007Q1', '2007Q2']);
    expectStatus(await api(`/applications/${ids.application}`, { token: tokens.vera }), 200, 'the advisor reading Verdal’s application');
    const levanger = expectStatus(await api(`/municipalities/${LEVANGER}/absence-figures`, { token: tokens.vera }), 404, 'the advisor reading Levanger');
    expect(levanger.json.detail).toBe(`No municipality ${LEVANGER} for this caller`);
  });

  it('the audit log holds all of it: by resource (Verdal), and by person', async () => {
    const verdal = expectStatus(await api(`/audit-entries?resource=municipality:${VERDAL.number}&limit=500`, { token: tokens.secretariat }), 200, 'Verdal’s entries').json.entries as AuditEntry[];
    const machineUpload = verdal.find((e) => e.actor.kind === 'machine');
    expect(machineUpload?.actor).toMatchObject({ organisationNumber: VERDAL.organisationNumber, municipalityNumber: VERDAL.number, roles: ['kvalitetskommune:figures.write'] });
    expect(machineUpload?.action).toBe('POST /municipalities/{number}/absence-figures');
    expect(verdal.some((e) => e.actor.personId === ids.hanne && e.action === 'POST /municipalities/{number}/absence-figures')).toBe(true);
    expect(verdal.some((e) => e.actor.personId === ids.vera && e.what.includes('read:absence-figures'))).toBe(true);

    const byKari = expectStatus(await api(`/audit-entries?personId=${ids.kari}`, { token: tokens.secretariat }), 200, 'Kari’s entries').json.entries as AuditEntry[];
    expect(byKari.find((e) => e.what.includes('PersonInvited'))).toMatchObject({ action: 'POST /municipalities/{number}/people', actor: { kind: 'person', municipalityNumber: VERDAL.number, roles: ['project-leader'] } });
    expect(byKari.some((e) => e.what.includes('ApplicationSubmitted'))).toBe(true);
    // Only the secretariat reads the log.
    expectStatus(await api(`/audit-entries?personId=${ids.kari}`, { token: tokens.kari }), 403, 'a project leader reading the log');
  });
});

interface AuditEntry {
  readonly actor: { readonly kind: string; readonly personId?: string; readonly roles?: readonly string[]; readonly municipalityNumber?: string; readonly organisationNumber?: string };
  readonly action: string;
  readonly what: readonly string[];
}
