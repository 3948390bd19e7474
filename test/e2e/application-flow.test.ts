/**
 * The walking skeleton end to end: the local stack (gateway, stream reader, outbox publisher,
 * event bus, email handlers, mail sink, clock) on the shared DynamoDB Local. HTTP in, .eml
 * files out, as a municipality's system and the secretariat would use it.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { SignJWT, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEV_AUDIENCE, DEV_ISSUER } from '../../local/dev-issuer.ts';
import type { LocalStack } from '../../local/stack.ts';
import { useTestStack } from '../support/local-stack.ts';
import { documentClient } from '../../shared/platform/dynamodb/client.ts';
import { keys as municipalitiesKeys } from '../../shared/municipalities/repository.ts';
import { apiClient, createOpenCohort, isAuthorizerRefusal } from '../support/api-client.ts';
import { confirmEmail, confirmInAdvance } from '../support/email-confirmation.ts';
import { completeApplication, eventually } from '../support/fixtures.ts';
import { buildOpenApiDocument } from '../../shared/openapi.ts';
import { ApplicationsRepository } from '../../shared/applications/repository.ts';
import { MunicipalitiesRepository } from '../../shared/municipalities/repository.ts';
import { newApplication, newDraft } from '../../shared/applications/lifecycle.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { personToken } from '../support/people.ts';

const testStack = useTestStack();
let stack: LocalStack;
let verdalToken: string;
let levangerToken: string;
let secretariatToken: string;
let cohortId: string;
const api = apiClient(() => stack.url);
const application = (overrides: Parameters<typeof completeApplication>[0] = {}) => ({ ...completeApplication(overrides), cohortId });

beforeAll(async () => {
  stack = testStack();
  verdalToken = await personToken(stack, { municipality: '1721' });
  levangerToken = await personToken(stack, { municipality: '1719' });
  secretariatToken = await stack.issuer.issue({ role: 'secretariat' });
  cohortId = await createOpenCohort(api, secretariatToken);
});



async function mailTo(address: string, subject: string) {
  return eventually(async () => (await stack.mail.list()).find((m) => m.to.includes(address) && m.subject === subject), 20_000, `mail "${subject}" to ${address}`);
}

describe('a municipality applies', () => {
  let id: string;
  let correlationId: string;

  beforeAll(async () => {
    const response = await api('/applications', { method: 'POST', token: verdalToken, body: application() });
    expect(response.status).toBe(201);
    id = String(response.json.id);
    correlationId = response.headers.get('x-correlation-id')!;
    expect(response.headers.get('location')).toBe(`/applications/${id}`);
    // The project leader's address was typed by the municipality: its owner confirms it (test/e2e/email-confirmation.test.ts).
    await confirmEmail(stack, api, 'kari.nordmann@verdal.kommune.no');
  });

  it('the seeded register knows the applicant', () => {
    expect(stack.seededMunicipalities).toBe(432);
  });

  it('emails the project leader a receipt, asynchronously, as a real .eml file', async () => {
    const receipt = await mailTo('kari.nordmann@verdal.kommune.no', 'Bekreftelse: søknad fra Verdal kommune er mottatt');
    expect(receipt.language).toBe('nb');
    expect(receipt.from).toContain('post@kvalitetskommune.local');
    const full = await stack.mail.read(receipt.file);
    expect(full.text).toContain(id);
    expect(stack.mail.raw(receipt.file).toString('utf8')).toMatch(new RegExp(`X-Correlation-Id: ${correlationId}`, 'i'));
  });

  it('tells the secretariat', async () => {
    await mailTo('sekretariatet@kvalitetskommune.local', 'Ny søknad: Verdal kommune (1721)');
  });

  it('sends each email exactly once', async () => {
    await stack.settled();
    const mine = (await stack.mail.list()).filter((m) => m.subject.includes('Verdal'));
    expect(mine.map((m) => m.subject).sort()).toEqual(['Bekreftelse: søknad fra Verdal kommune er mottatt', 'Ny søknad: Verdal kommune (1721)']);
  });

  it('lists the emails over HTTP', async () => {
    const { status, json } = await api('/_local/mail');
    expect(status).toBe(200);
    expect((json.messages as { subject: string }[]).map((m) => m.subject)).toContain('Ny søknad: Verdal kommune (1721)');
  });

  it('shows the application to its municipality and to the secretariat', async () => {
    expect((await api(`/applications/${id}`, { token: verdalToken })).json.id).toBe(id);
    expect((await api(`/applications/${id}`, { token: secretariatToken })).status).toBe(200);
  });

  it('hides it from another municipality', async () => {
    const response = await api(`/applications/${id}`, { token: levangerToken });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(JSON.stringify(response.json)).not.toContain('Verdal');
  });

  it('puts the application in the next morning’s digest for the secretariat', async () => {
    const submittedAt = new Date(String((await api(`/applications/${id}`, { token: verdalToken })).json.submittedAt));
    const nextMorning = new Date(Date.UTC(submittedAt.getUTCFullYear(), submittedAt.getUTCMonth(), submittedAt.getUTCDate() + 1, 5));
    stack.clock.fire('daily-application-digest', nextMorning);
    const digest = await eventually(
      async () => (await stack.mail.list()).find((m) => m.subject.startsWith('Søknader mottatt')),
      10_000,
      'digest',
    );
    expect((await stack.mail.read(digest.file)).text).toContain(`Verdal (1721), prosjektleder Kari Nordmann: ${id}`);
  });

  it('gives every email an X-Correlation-Id: receipt, notice, invitation summary, digest', async () => {
    await stack.settled();
    const mails = await stack.mail.list();
    for (const subject of [/^Bekreftelse: søknad/, /^Ny søknad/, /^Invitasjoner til/, /^Søknader mottatt/]) expect(mails.some((m) => subject.test(m.subject)), String(subject)).toBe(true);
    const without = mails.filter((m) => !/^X-Correlation-Id: \S+/im.test(stack.mail.raw(m.file).toString('utf8'))).map((m) => m.subject);
    expect(without).toEqual([]);
  });
});

describe('written standard', () => {
  it('answers a nynorsk municipality in nynorsk', async () => {
    await documentClient.send(
      new UpdateCommand({
        TableName: stack.tableName,
        Key: municipalitiesKeys.municipality('1431'),
        UpdateExpression: 'SET writtenStandard = :nn',
        ExpressionAttributeValues: { ':nn': 'nynorsk' },
      }),
    );
    const token = await personToken(stack, { municipality: '1431' });
    const leader = { name: 'Ola Nordmann', email: 'ola@jolster.kommune.no' };
    expect((await api('/applications', { method: 'POST', token, body: application({ projectLeader: leader }) })).status).toBe(201);
    await confirmEmail(stack, api, 'ola@jolster.kommune.no');
    const receipt = await mailTo('ola@jolster.kommune.no', 'Stadfesting: søknad frå Jølster kommune er motteken');
    expect(receipt.language).toBe('nn');
  });
});

describe('only a municipality existing on the cohort’s start date applies and is admitted', () => {
  // Frei (1556) and Kristiansund (1503) merged into the new Kristiansund (1505) on 2008-01-01.
  let cohort2008: string;
  const tokenOf = (number: string) => personToken(stack, { municipality: number });
  const inRegister = (response: { status: number; json: Record<string, unknown> }, pointer: string, detail: string) => {
    expect(response.status).toBe(422);
    expect(response.json).toMatchObject({ type: '/problems/unknown-municipality', errors: [{ pointer, detail }] });
  };

  beforeAll(async () => {
    const created = await api('/cohorts', {
      method: 'POST',
      token: secretariatToken,
      body: { name: 'Pulje II', applicationWindow: { opensOn: '2007-10-01', closesOn: '2008-02-15' }, startDate: '2008-04-01', durationYears: 2 },
    });
    expect(created.status).toBe(201);
    cohort2008 = String(created.json.id);
    expect((await api(`/cohorts/${cohort2008}/transitions`, { method: 'POST', token: secretariatToken, body: { action: 'open' } })).status).toBe(200);
  });

  it('refuses an application and a draft from a municipality merged away before the start, naming its last day', async () => {
    const frei = await tokenOf('1556');
    const detail = '1556 Frei existed until 2007-12-31; the cohort starts 2008-04-01';
    inRegister(await api('/applications', { method: 'POST', token: frei, body: { ...completeApplication(), cohortId: cohort2008 } }), '/cohortId', detail);
    inRegister(await api('/applications/drafts', { method: 'POST', token: frei, body: { cohortId: cohort2008 } }), '/cohortId', detail);
    expect((await api(`/applications?cohortId=${cohort2008}`, { token: secretariatToken })).json.applications).toEqual([]);
  });

  it('refuses a municipality that did not exist yet, and lets the merged one apply', async () => {
    const kristiansund = await tokenOf('1505');
    inRegister(await api('/applications', { method: 'POST', token: kristiansund, body: application() }), '/cohortId', '1505 Kristiansund exists from 2008-01-01; the cohort starts 2007-04-01');
    expect((await api('/applications', { method: 'POST', token: kristiansund, body: { ...completeApplication(), cohortId: cohort2008 } })).status).toBe(201);
  });

  it('neither submits nor admits an application stored before the rule, but lets the secretariat reject it', async () => {
    const frei = (await new MunicipalitiesRepository(new Table(stack.tableName)).get('1556'))!;
    const now = new Date();
    const draft = newDraft({ cohortId: cohort2008 }, { id: crypto.randomUUID(), municipality: frei, now });
    await new ApplicationsRepository(new Table(stack.tableName)).insert(draft);
    inRegister(await api(`/applications/${draft.id}/submission`, { method: 'POST', token: await tokenOf('1556') }), '/cohortId', '1556 Frei existed until 2007-12-31; the cohort starts 2008-04-01');

    const kristiansund1503 = (await new MunicipalitiesRepository(new Table(stack.tableName)).get('1503'))!;
    const submitted = newApplication({ ...completeApplication(), cohortId: cohort2008 }, { id: crypto.randomUUID(), municipality: kristiansund1503, now });
    await new ApplicationsRepository(new Table(stack.tableName)).insert(submitted);
    const decision = (outcome: string) => api(`/applications/${submitted.id}/decision`, { method: 'POST', token: secretariatToken, body: { outcome, reason: 'Sammenslått', decidedOn: '2008-03-01' } });
    inRegister(await decision('admitted'), '/outcome', '1503 Kristiansund existed until 2007-12-31; the cohort starts 2008-04-01: it cannot be admitted');
    expect((await decision('rejected')).status).toBe(200);
  });
});

describe('refusals are problem+json (a refused token: the JWT authorizer\'s fixed answer)', () => {
  it.each([
    ['no token', undefined],
    ['a malformed token', 'not.a.jwt'],
  ])('with %s: 401 as API Gateway answers it', async (_name, token) => {
    const response = await api('/applications', { method: 'POST', ...(token ? { token } : {}), body: application() });
    expect(isAuthorizerRefusal(response), `${response.status} ${JSON.stringify(response.json)}`).toBe(true);
  });

  it('rejects an expired token, the reason in www-authenticate', async () => {
    const expired = await personToken(stack, { municipality: '1721', expiresIn: '-1m' });
    const response = await api('/applications', { method: 'POST', token: expired, body: application() });
    expect(isAuthorizerRefusal(response, /error="invalid_token" error_description="[^"]*exp/), String(response.headers.get('www-authenticate'))).toBe(true);
  });

  it('rejects a token signed by another key, even with the right issuer and audience', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ role: 'secretariat' })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setSubject('mallory')
      .setExpirationTime('1h')
      .sign(privateKey);
    expect((await api(`/applications/${crypto.randomUUID()}`, { token: forged })).status).toBe(401);
  });

  it('rejects the secretariat submitting on a municipality’s behalf', async () => {
    const response = await api('/applications', { method: 'POST', token: secretariatToken, body: application() });
    expect(response.status).toBe(403);
    expect(response.json.type).toBe('/problems/forbidden');
  });

  it('names every missing element of an incomplete application', async () => {
    const response = await api('/applications', { method: 'POST', token: verdalToken, body: { focusAreas: ['care'], cohortId } });
    expect(response.status).toBe(422);
    expect((response.json.errors as { pointer: string }[]).map((e) => e.pointer)).toEqual([
      '/projectLeader',
      '/approach',
      '/sickLeaveTarget',
      '/steeringGroup',
      '/politicalDecision',
    ]);
  });

  it('answers unknown paths and methods', async () => {
    expect((await api('/nowhere')).status).toBe(404);
    const wrongMethod = await api('/applications', { method: 'DELETE', token: verdalToken });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST, GET');
    expect(wrongMethod.json).toMatchObject({ type: '/problems/method-not-allowed', instance: '/applications', correlationId: expect.any(String) });
  });
});

describe('reliability of the pipeline', () => {
  it('retries an email handler whose send fails and delivers the email once', async () => {
    const token = await personToken(stack, { municipality: '0101' });
    const leader = { name: 'Hilde Halden', email: 'hilde@halden.kommune.no' };
    // Confirmed first, so the injected failures hit the receipt, not the confirmation message.
    await confirmInAdvance(stack, api, { token, number: '0101' }, leader.email);
    const before = (await stack.mail.list()).filter((m) => m.to.includes(leader.email)).length;
    stack.aws.failNextEmails = 4; // exhausts the SDK's 3 attempts once, then succeeds on redelivery
    expect((await api('/applications', { method: 'POST', token, body: application({ projectLeader: leader }) })).status).toBe(201);
    await mailTo('hilde@halden.kommune.no', 'Bekreftelse: søknad fra Halden kommune er mottatt');
    await stack.settled();
    const receipts = (await stack.mail.list()).filter((m) => m.to.includes('hilde@halden.kommune.no'));
    expect(receipts).toHaveLength(before + 1);
    expect(stack.aws.failNextEmails).toBe(0);
  });

  it('dead-letters an email that keeps failing, shows it to the secretariat, and sends it on request', async () => {
    const token = await personToken(stack, { municipality: '0104' });
    const leader = { name: 'Mona Moss', email: 'mona@moss.kommune.no' };
    await confirmInAdvance(stack, api, { token, number: '0104' }, leader.email);
    stack.aws.failNextEmails = 1_000;
    let failed: { id: string; template: string; attempts: number; lastError: string }[];
    try {
      expect((await api('/applications', { method: 'POST', token, body: application({ projectLeader: leader }) })).status).toBe(201);
      const letters = await eventually(() => {
        const found = stack.deadLetters.list().filter((l) => l.target === 'deliverNotification');
        return found.length >= 2 ? found : undefined;
      }, 20_000, 'two dead letters');
      expect(letters.every((l) => l.attempts === 3 && /Injected failure/.test(l.error))).toBe(true);
      failed = (await api('/notifications?status=failed', { token: secretariatToken })).json.notifications;
      expect(failed.map((n) => n.template).sort()).toEqual(['application-receipt', 'new-application-notice']);
      expect(failed.every((n) => n.attempts === 3 && /Injected failure/.test(n.lastError))).toBe(true);
      expect((await api('/notifications?status=failed', { token })).status).toBe(403);
    } finally {
      stack.aws.failNextEmails = 0;
    }
    const receipt = failed.find((n) => n.template === 'application-receipt')!;
    expect((await api(`/notifications/${receipt.id}/retry`, { method: 'POST', token: secretariatToken })).status).toBe(202);
    await mailTo('mona@moss.kommune.no', 'Bekreftelse: søknad fra Moss kommune er mottatt');
    expect((await api(`/notifications/${receipt.id}/retry`, { method: 'POST', token: secretariatToken })).status).toBe(409);
  });
});

describe('API description', () => {
  it('serves the OpenAPI document without a token', async () => {
    const response = await api('/openapi.json');
    expect(response.status).toBe(200);
    expect(response.json.openapi).toBe('3.1.0');
    expect(Object.keys(response.json.paths as object)).toEqual(expect.arrayContaining(['/applications', '/applications/{id}']));
    expect((response.json.servers as { url: string }[])[0]!.url).toBe(stack.url.replace('127.0.0.1', '127.0.0.1'));
    // The served file is the one generated from the contracts, with this server's address added.
    const { servers: _servers, ...served } = response.json;
    expect(served).toEqual(buildOpenApiDocument());
  });
});
