/**
 * People end to end on the local stack (HTTP in, .eml and Cognito stand-in users out): the
 * secretariat invites Verdal's project leader, who invites an HR uploader; each invitation is an
 * .eml in Norwegian with the address's confirmation code; `npm run token -- person <email>`
 * mints a token that works; a deactivation makes that same token answer 401 at once; Verdal's
 * project leader cannot manage Levanger's people (404); an unknown role is a 422 naming it;
 * inviting an address twice is a 409; the last project leader stays; the secretariat imports
 * postmottak addresses with every bad row named; an admitted application's people become people.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiClient, createOpenCohort, type ApiResponse } from '../support/api-client.ts';
import { completeApplication, eventually } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';

const run = promisify(execFile);
const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const VERDAL = '1721';
const LEVANGER = '1719';
let secretariat: string;

beforeAll(async () => {
  stack = testStack();
  secretariat = await stack.issuer.issue({ role: 'secretariat' });
});

function expectStatus(response: ApiResponse, status: number, what: string): ApiResponse {
  expect(response.status, `${what}: ${JSON.stringify(response.json)}`).toBe(status);
  return response;
}

const post = (path: string, token: string, body?: unknown, headers: Record<string, string> = {}) => api(path, { method: 'POST', token, headers, ...(body !== undefined ? { body } : {}) });

/** The token `npm run token -- person <email>` prints for this stack's state folder. */
async function cliToken(email: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['local/cli/token.ts', 'person', email, '--state-dir', stack.stateDir]);
  return stdout.trim();
}

async function invitationOf(email: string) {
  const mail = await eventually(async () => (await stack.mail.list()).find((m) => m.to.includes(email) && /invitert/.test(m.subject)), 20_000, `the invitation to ${email}`);
  return { ...mail, text: (await stack.mail.read(mail.file)).text };
}

describe('inviting Verdal’s project leader and HR uploader', () => {
  const leader = { name: 'Kari Nordmann', email: 'kari.nordmann@verdal.kommune.no', roles: ['project-leader'] };
  const uploader = { name: 'Hanne HR', email: 'hanne.hr@verdal.kommune.no', roles: ['figures-uploader'] };
  let leaderToken: string;
  let uploaderToken: string;
  let uploaderId: string;

  beforeAll(async () => {
    expectStatus(await post(`/municipalities/${VERDAL}/people`, secretariat, leader), 201, 'inviting the project leader');
    await stack.settled();
  });

  it('sends the project leader a Norwegian invitation as .eml, and makes a login', async () => {
    const mail = await invitationOf(leader.email);
    expect(mail.subject).toBe('Du er invitert til Kvalitetskommuneprogrammet');
    expect(mail.text).toContain('som prosjektleder for Verdal kommune');
    expect(mail.file).toMatch(/\.eml$/);
    const user = stack.cognito.users().find((u) => u.username === leader.email);
    expect(user).toMatchObject({ groups: ['municipality'], enabled: true, attributes: { 'custom:municipality': VERDAL, email_verified: 'true' } });
    const people = expectStatus(await api(`/municipalities/${VERDAL}/people`, { token: secretariat }), 200, 'listing').json.people;
    expect(people).toEqual([expect.objectContaining({ email: leader.email, status: 'active', subject: user!.sub, roles: ['project-leader'] })]);
  });

  it('gives the project leader a token from the CLI that works', async () => {
    leaderToken = await cliToken(leader.email);
    expectStatus(await api(`/municipalities/${VERDAL}/people`, { token: leaderToken }), 200, 'the project leader lists its people');
  });

  it('lets the project leader invite an HR uploader, whose typed address gets the confirmation code in the invitation', async () => {
    const response = expectStatus(await post(`/municipalities/${VERDAL}/people`, leaderToken, uploader), 201, 'inviting the uploader');
    uploaderId = response.json.id;
    expect(response.headers.get('location')).toBe(`/municipalities/${VERDAL}/people/${uploaderId}`);
    await stack.settled();
    const mail = await invitationOf(uploader.email);
    expect(mail.text).toContain('Kari Nordmann har invitert deg');
    expect(mail.text).toMatch(/\/email-confirmations\/[A-Za-z0-9_-]{43}/);
    // The invitation is the only mail to the address before its owner confirms it.
    expect((await stack.mail.list()).filter((m) => m.to.includes(uploader.email))).toHaveLength(1);
    uploaderToken = await cliToken(uploader.email);
    // An uploader manages no people: 403 naming the roles that may.
    expectStatus(await api(`/municipalities/${VERDAL}/people`, { token: uploaderToken }), 403, 'the uploader lists people');
  });

  it('refuses an address twice (409) and a role that does not exist (422 naming it)', async () => {
    expectStatus(await post(`/municipalities/${VERDAL}/people`, leaderToken, { ...uploader, email: uploader.email.toUpperCase() }), 409, 'inviting again');
    const unknown = expectStatus(await post(`/municipalities/${VERDAL}/people`, leaderToken, { name: 'Ola', email: 'ola@verdal.kommune.no', roles: ['observer', 'mayor'] }), 422, 'an unknown role');
    expect(unknown.json.errors).toEqual([expect.objectContaining({ pointer: '/roles/1', detail: expect.stringContaining('No role "mayor"') })]);
  });

  it('does not let Verdal’s project leader manage Levanger’s people (404)', async () => {
    expectStatus(await api(`/municipalities/${LEVANGER}/people`, { token: leaderToken }), 404, 'listing Levanger’s people');
    expectStatus(await post(`/municipalities/${LEVANGER}/people`, leaderToken, { name: 'X', email: 'x@levanger.kommune.no', roles: ['observer'] }), 404, 'inviting for Levanger');
  });

  it('keeps the last project leader (409), then lets the role go once another leads', async () => {
    const [me] = expectStatus(await api(`/municipalities/${VERDAL}/people`, { token: leaderToken }), 200, 'listing').json.people.filter((p: { email: string }) => p.email === leader.email);
    expectStatus(await api(`/municipalities/${VERDAL}/people/${me.id}`, { method: 'PATCH', token: leaderToken, body: { roles: ['observer'] } }), 409, 'taking the last leader’s role');
    expectStatus(await post(`/municipalities/${VERDAL}/people/${me.id}/deactivation`, secretariat, undefined, { 'idempotency-key': 'last-leader' }), 409, 'deactivating the last leader');
  });

  it('refuses the deactivated uploader’s same token at once (401), and disables its Cognito user', async () => {
    expectStatus(await api(`/municipalities/${VERDAL}/absence-figures`, { token: uploaderToken }), 200, 'the uploader reads its figures');
    const deactivated = expectStatus(await post(`/municipalities/${VERDAL}/people/${uploaderId}/deactivation`, leaderToken), 200, 'deactivating');
    expect(deactivated.json.status).toBe('deactivated');
    // No waiting for the pipeline: the login was refused in the deactivation's own transaction.
    expectStatus(await api(`/municipalities/${VERDAL}/absence-figures`, { token: uploaderToken }), 401, 'the same token after the deactivation');
    await stack.settled();
    expect(stack.cognito.users().find((u) => u.username === uploader.email)).toMatchObject({ enabled: false, signOuts: 1 });
  });
});

describe('the secretariat’s staff', () => {
  it('are invited by the secretariat only, in bokmål, and listed under /staff', async () => {
    const municipal = await personToken(stack, { municipality: VERDAL, roles: ['project-leader'] });
    expectStatus(await post('/staff', municipal, { name: 'Vera', email: 'vera@ks.no', roles: ['advisor'] }), 403, 'a municipality invites staff');
    const invited = expectStatus(await post('/staff', secretariat, { name: 'Vera Veileder', email: 'vera@ks.no', roles: ['advisor'] }), 201, 'inviting an advisor');
    expectStatus(await post('/staff', secretariat, { name: 'X', email: 'x@ks.no', roles: ['project-leader'] }), 422, 'a municipal role for staff');
    await stack.settled();
    expect((await invitationOf('vera@ks.no')).text).toContain('som veileder for sekretariatet');
    expect(stack.cognito.users().find((u) => u.username === 'vera@ks.no')?.groups).toEqual(['advisor']);
    const token = await cliToken('vera@ks.no');
    // An advisor of no network: a staff principal, refused the secretariat's routes.
    expectStatus(await api('/staff', { token }), 403, 'an advisor lists staff');
    const staff = expectStatus(await api('/staff', { token: secretariat }), 200, 'listing staff').json.people;
    expect(staff).toEqual([expect.objectContaining({ id: invited.json.id, organisation: 'secretariat', roles: ['advisor'], status: 'active' })]);
  });
});

describe('the CLI', () => {
  it('says clearly that an address has no local login', async () => {
    const failed = await cliToken('nobody@verdal.kommune.no').catch((error: { stderr: string; code: number }) => error);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining('No local login for nobody@verdal.kommune.no') });
  });
});

describe('postmottak import', () => {
  it('names every bad row of a CSV in one 422 and sets nothing', async () => {
    const csv = ['municipalityNumber,contactEmail', '1721,postmottak@verdal.kommune.no', '9999,postmottak@ingen.no', '1719,ikke-en-adresse', '1721,igjen@verdal.kommune.no'].join('\n');
    const first = expectStatus(await api('/municipalities/contact-addresses', { method: 'POST', token: secretariat, headers: { 'content-type': 'text/csv', 'idempotency-key': 'csv-bad' }, body: csv }), 422, 'the bad file');
    expect(first.json.errors).toEqual([expect.objectContaining({ row: 3, column: 'contactEmail', pointer: '/rows/2/contactEmail' })]);
    // The form is checked first; then the register: a file well formed but naming 9999 and 1721 twice.
    const second = expectStatus(
      await api('/municipalities/contact-addresses', { method: 'POST', token: secretariat, headers: { 'content-type': 'text/csv', 'idempotency-key': 'csv-bad-2' }, body: csv.replace('ikke-en-adresse', 'postmottak@levanger.kommune.no') }),
      422,
      'the file naming an unknown municipality and one twice',
    );
    expect(second.json.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'municipalityNumber', detail: 'No municipality 9999 in the register' }),
      expect.objectContaining({ row: 4, column: 'municipalityNumber', detail: 'Municipality 1721 is in row 1 already' }),
    ]);
    expect((await api(`/municipalities/${LEVANGER}`, { token: secretariat })).json.contactEmail).not.toBe('postmottak@levanger.kommune.no');
  });

  it('sets every address of a good file, trusted', async () => {
    const csv = 'municipalityNumber,contactEmail\n1721,postmottak@verdal.kommune.no\n1719,postmottak@levanger.kommune.no\n';
    const done = expectStatus(await api('/municipalities/contact-addresses', { method: 'POST', token: secretariat, headers: { 'content-type': 'text/csv', 'idempotency-key': 'csv-good' }, body: csv }), 200, 'the good file');
    expect(done.json).toEqual({ updated: 2 });
    expect((await api(`/municipalities/${LEVANGER}`, { token: secretariat })).json.contactEmail).toBe('postmottak@levanger.kommune.no');
  });
});

describe('an admitted application', () => {
  it('makes its project leader and its steering group members with an address people of the municipality', async () => {
    const number = '1714';
    const cohortId = await createOpenCohort(api, secretariat, 'Pulje for folk');
    const applicant = await personToken(stack, { municipality: number, roles: ['project-leader'] });
    const content = completeApplication({ projectLeader: { name: 'Siv Stjørdal', email: 'siv@stjordal.kommune.no' } });
    const steeringGroup = content.steeringGroup.map((m, i) => (i === 0 ? { ...m, email: 'styre@stjordal.kommune.no' } : m));
    const application = expectStatus(await post('/applications', applicant, { ...content, steeringGroup, cohortId }), 201, 'applying');
    expectStatus(await post(`/applications/${application.json.id}/decision`, secretariat, { outcome: 'admitted', reason: 'Ok', decidedOn: '2007-03-30' }), 200, 'admitting');
    await stack.settled();
    const listed = expectStatus(await api(`/municipalities/${number}/people`, { token: secretariat }), 200, 'listing').json.people as { email: string; roles: string[]; invitedBy: string }[];
    // The applicant's own login (the fixture's person) aside: the people the application brought.
    const people = listed.filter((p) => p.invitedBy !== 'test');
    expect(people.map((p) => [p.email, p.roles]).sort()).toEqual([
      ['siv@stjordal.kommune.no', ['project-leader']],
      ['styre@stjordal.kommune.no', [steeringGroup[0]!.role]],
    ]);
    expect(people[0]!.invitedBy).toBe(`application ${application.json.id}`);
  });
});
