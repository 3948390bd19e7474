/**
 * An address a municipality types receives nothing but a confirmation code until its owner
 * confirms it (shared/email-confirmations/model.ts), end to end on the local stack: HTTP in, .eml
 * files out. The secretariat's own and the registered (secretariat-entered) addresses receive
 * at once; the held mail is listed for the secretariat and delivered once after confirmation.
 */
import { createHash } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { documentClient } from '../../shared/platform/dynamodb/client.ts';
import { keys as emailConfirmationsKeys } from '../../shared/email-confirmations/repository.ts';
import { apiClient, createOpenCohort, type ApiResponse } from '../support/api-client.ts';
import { confirmationCodeFor, isConfirmationMail } from '../support/email-confirmation.ts';
import { completeApplication, eventually } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const tokens: Record<string, string> = {};
let cohortId: string;

const SECRETARIAT = 'sekretariatet@kvalitetskommune.local';

beforeAll(async () => {
  stack = testStack();
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  for (const number of ['1719', '1721', '1431', '0101']) tokens[number] = await personToken(stack, { municipality: number });
  cohortId = await createOpenCohort(api, tokens.secretariat);
});

const mailTo = async (address: string) => (await stack.mail.list()).filter((m) => m.to.includes(address));
const heldFor = async (address: string) =>
  ((await api('/notifications?status=awaiting-confirmation', { token: tokens.secretariat })).json.notifications as { id: string; template: string; recipient: { address: string } }[]).filter(
    (n) => n.recipient.address === address,
  );
const apply = (number: string, leader: { name: string; email: string }) =>
  api('/applications', { method: 'POST', token: tokens[number]!, body: { ...completeApplication({ projectLeader: leader }), cohortId } });

function expectProblem(response: ApiResponse, status: number, type: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.json).toMatchObject({ status, type });
}

describe('a project leader address typed by a municipality', () => {
  const leader = { name: 'Lise Levanger', email: 'lise.levanger@levanger.kommune.no' };
  let applicationId: string;
  let code: string;

  beforeAll(async () => {
    const response = await apply('1719', leader);
    expect(response.status).toBe(201);
    applicationId = response.json.id;
    code = await confirmationCodeFor(stack, leader.email);
    await stack.settled();
  });

  it('receives only a confirmation message, with a secret code', async () => {
    const mail = await mailTo(leader.email);
    expect(mail.map((m) => m.subject)).toEqual(['Bekreft e-postadressen din for Kvalitetskommuneprogrammet']);
    expect(mail[0]!.language).toBe('nb');
    const text = (await stack.mail.read(mail[0]!.file)).text;
    expect(text).toContain(`Levanger kommune har oppgitt ${leader.email}`);
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 random bits
  });

  it('lets the secretariat’s notice through at once', async () => {
    expect((await mailTo(SECRETARIAT)).map((m) => m.subject)).toContain('Ny søknad: Levanger kommune (1719)');
  });

  it('holds the receipt, never sent, listed for the secretariat as awaiting-confirmation', async () => {
    const held = await heldFor(leader.email);
    expect(held.map((n) => n.template)).toEqual(['application-receipt']);
    expect((await api('/notifications?status=awaiting-confirmation', { token: tokens['1719'] })).status).toBe(403);
  });

  it('sends no second confirmation while the code is live, however often the address is typed', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => api('/municipalities/1719', { method: 'PATCH', token: tokens['1719']!, body: { contactEmail: leader.email } })),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    await stack.settled();
    expect((await mailTo(leader.email)).filter(isConfirmationMail)).toHaveLength(1);
  });

  it('answers an unknown code 404 problem+json, and changes nothing', async () => {
    expectProblem(await api(`/email-confirmations/${'x'.repeat(43)}`, { method: 'POST' }), 404, '/problems/not-found');
    expectProblem(await api(`/email-confirmations/${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`, { method: 'POST' }), 404, '/problems/not-found');
    await stack.settled();
    expect(await heldFor(leader.email)).toHaveLength(1);
  });

  it('delivers the held receipt once the owner confirms, exactly once', async () => {
    const response = await api(`/email-confirmations/${code}`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ address: leader.email, status: 'confirmed' });
    const receipt = await eventually(
      async () => (await mailTo(leader.email)).find((m) => m.subject === 'Bekreftelse: søknad fra Levanger kommune er mottatt'),
      20_000,
      'the receipt',
    );
    expect((await stack.mail.read(receipt.file)).text).toContain(applicationId);
    await stack.settled();
    expect((await mailTo(leader.email)).map((m) => m.subject)).toEqual([
      'Bekreft e-postadressen din for Kvalitetskommuneprogrammet',
      'Bekreftelse: søknad fra Levanger kommune er mottatt',
    ]);
    expect(await heldFor(leader.email)).toEqual([]);
  });

  it('answers a used code the same again, and sends nothing more', async () => {
    const before = (await mailTo(leader.email)).length;
    const again = await api(`/email-confirmations/${code}`, { method: 'POST' });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ address: leader.email, status: 'confirmed' });
    await stack.settled();
    expect(await mailTo(leader.email)).toHaveLength(before);
  });

  it('sends later mail to the confirmed address at once', async () => {
    const decided = await api(`/applications/${applicationId}/decision`, { method: 'POST', token: tokens.secretariat, body: { outcome: 'admitted', reason: 'God forankring.', decidedOn: '2007-03-30' } });
    expect(decided.status).toBe(200);
    await eventually(async () => (await mailTo(leader.email)).find((m) => m.subject.startsWith('Vedtak:')), 20_000, 'the decision letter');
  });
});

describe('an expired code', () => {
  const address = 'prosjekt@halden.kommune.no';

  it('answers 410 problem+json, and the mail stays held', async () => {
    expect((await apply('0101', { name: 'Hans Halden', email: address })).status).toBe(201);
    const code = await confirmationCodeFor(stack, address);
    await stack.settled();
    // The code's lifetime passes (72 hours): its stored expiry is moved into the past.
    await documentClient.send(
      new UpdateCommand({
        TableName: stack.tableName,
        Key: emailConfirmationsKeys.emailConfirmationToken(createHash('sha256').update(code).digest('hex')),
        UpdateExpression: 'SET expiresAt = :past',
        ExpressionAttributeValues: { ':past': new Date(Date.now() - 1_000).toISOString() },
      }),
    );
    expectProblem(await api(`/email-confirmations/${code}`, { method: 'POST' }), 410, '/problems/gone');
    await stack.settled();
    expect((await heldFor(address)).map((n) => n.template)).toEqual(['application-receipt']);
    expect((await mailTo(address)).filter((m) => !isConfirmationMail(m))).toEqual([]);
  });
});

describe('trusted addresses', () => {
  it('the registered contact address (entered by the secretariat) receives at once, also as a project leader', async () => {
    const address = 'postmottak@verdal.kommune.no';
    expect((await api('/municipalities/1721', { method: 'PATCH', token: tokens.secretariat, body: { contactEmail: address } })).status).toBe(200);
    expect((await apply('1721', { name: 'Kari Verdal', email: address })).status).toBe(201);
    await eventually(async () => (await mailTo(address)).find((m) => m.subject === 'Bekreftelse: søknad fra Verdal kommune er mottatt'), 20_000, 'the receipt');
    await stack.settled();
    expect((await mailTo(address)).filter(isConfirmationMail)).toEqual([]);
    expect(await heldFor(address)).toEqual([]);
  });

  it('a contact address the municipality types itself is asked to confirm, in its written standard', async () => {
    expect((await api('/municipalities/1431', { method: 'PATCH', token: tokens.secretariat, body: { writtenStandard: 'nynorsk' } })).status).toBe(200);
    const address = 'postmottak@jolster.kommune.no';
    expect((await api('/municipalities/1431', { method: 'PATCH', token: tokens['1431']!, body: { contactEmail: address } })).status).toBe(200);
    await confirmationCodeFor(stack, address);
    const mail = await mailTo(address);
    expect(mail.map((m) => [m.subject, m.language])).toEqual([['Stadfest e-postadressa di for Kvalitetskommuneprogrammet', 'nn']]);
  });
});
