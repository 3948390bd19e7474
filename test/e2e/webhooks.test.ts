/**
 * Webhooks end to end on the local stack, through the same EventBridge calls as in AWS: a
 * node:http receiver registered by Verdal receives a signed decision and verifies it with
 * `new Webhook(secret).verify(body, headers)`; Levanger's endpoint receives nothing of Verdal's;
 * the secretariat's every-municipality endpoint receives both; a failing endpoint is retried
 * (the rule's RetryPolicy), dead-lettered, marked failed by the dead-letter schedule (attempts,
 * last status) and replayed successfully; bad URLs are 422 naming `url`; a machine client with
 * the webhooks scope registers; a deleted registration's rule is gone and gets nothing more.
 */
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { ENV } from '../../shared/platform/config.ts';
import { apiClient, createOpenCohort } from '../support/api-client.ts';
import { completeApplication, eventually } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';
import { startReceiver, type Receiver, type ReceivedRequest } from '../support/webhook-receiver.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const machine = apiClient(() => stack.machineUrl);
const VERDAL = '1721';
const LEVANGER = '1719';
/** Two retries after the first attempt: three attempts before the dead letter. */
const RETRY = { maximumRetryAttempts: 2, maximumEventAgeSeconds: 60 };

const tokens: Record<string, string> = {};
const receivers: Record<string, Receiver> = {};
const hooks: Record<string, { id: string; secret: string }> = {};
let cohorts = 0;

async function register(token: string, body: Record<string, unknown>) {
  const answer = await api('/webhooks', { method: 'POST', token, body });
  expect(answer.status, JSON.stringify(answer.json)).toBe(201);
  return { id: answer.json.id as string, secret: answer.json.secret as string };
}

/** An application of the municipality in a cohort of its own (one application per municipality and cohort), decided. */
async function decide(number: string, token: string, outcome: 'admitted' | 'rejected' = 'admitted'): Promise<string> {
  const cohortId = await createOpenCohort(api, tokens.secretariat!, `Pulje ${++cohorts}`);
  const applied = await api('/applications', { method: 'POST', token, body: { ...completeApplication({ projectLeader: { name: 'Kari', email: `kari.${number}@kommune.no` } }), cohortId } });
  expect(applied.status, JSON.stringify(applied.json)).toBe(201);
  const decided = await api(`/applications/${applied.json.id}/decision`, { method: 'POST', token: tokens.secretariat, body: { outcome, reason: 'Styringsgruppens vedtak – «tydelige mål».', decidedOn: '2007-03-30' } });
  expect(decided.status, JSON.stringify(decided.json)).toBe(200);
  return applied.json.id as string;
}

const decisionsIn = (receiver: Receiver, applicationId: string) => receiver.received.filter((r) => r.body.includes(applicationId));
const headersOf = (request: ReceivedRequest) => ({ 'webhook-id': request.headers['webhook-id']!, 'webhook-timestamp': request.headers['webhook-timestamp']!, 'webhook-signature': request.headers['webhook-signature']! });

beforeAll(async () => {
  stack = testStack();
  // Read by the provisioning function when it writes each rule's target (in-process locally).
  process.env[ENV.webhookRetry] = JSON.stringify(RETRY);
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  tokens.verdal = await personToken(stack, { municipality: VERDAL });
  tokens.levanger = await personToken(stack, { municipality: LEVANGER });
  for (const name of ['verdal', 'levanger', 'secretariat']) receivers[name] = await startReceiver(`/hooks/${name}`);
  hooks.verdal = await register(tokens.verdal, { url: receivers.verdal!.url, eventTypes: ['application.decided', 'target-status.changed'] });
  hooks.levanger = await register(tokens.levanger, { url: receivers.levanger!.url, eventTypes: ['application.decided'] });
  hooks.secretariat = await register(tokens.secretariat, { url: receivers.secretariat!.url, eventTypes: ['application.decided'], description: 'Sekretariatets saksbehandling' });
  await stack.settled();
}, 60_000);

afterAll(async () => {
  delete process.env[ENV.webhookRetry];
  for (const receiver of Object.values(receivers)) await receiver.close();
});

describe('registering', () => {
  it('provisions a connection, an API destination and a rule per registration, through the EventBridge API', () => {
    const names = stack.bus.rules.ruleNames;
    for (const hook of Object.values(hooks)) expect(names).toContain(`local-wh-${hook.id.replaceAll('-', '')}`);
  });

  it('answers the whsec_ secret once: never in a read or a listing', async () => {
    expect(hooks.verdal!.secret).toMatch(/^whsec_/);
    const read = await api(`/webhooks/${hooks.verdal!.id}`, { token: tokens.verdal });
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ id: hooks.verdal!.id, municipalityNumber: VERDAL, owner: 'municipality', eventTypes: ['application.decided', 'target-status.changed'] });
    expect(JSON.stringify(read.json)).not.toContain('whsec_');
    const listed = await api('/webhooks', { token: tokens.verdal });
    expect(listed.json.webhooks.map((w: { id: string }) => w.id)).toEqual([hooks.verdal!.id]);
    expect(JSON.stringify(listed.json)).not.toContain('whsec_');
    const every = await api('/webhooks', { token: tokens.secretariat });
    expect(every.json.webhooks).toEqual([expect.objectContaining({ id: hooks.secretariat!.id, municipalityNumber: null, owner: 'secretariat' })]);
  });

  it.each([
    ['not https', 'http://hr.verdal.kommune.no/hooks', /https/],
    ['a private address', 'https://10.20.30.40/hooks', /private/],
    ['the metadata address', 'https://169.254.169.254/latest', /linkLocal/],
    ['loopback over https', 'https://127.0.0.1/hooks', /loopback/],
    ['a local name', 'https://localhost/hooks', /local or internal/],
    ['http to another private address, even locally', 'http://192.168.1.10/hooks', /https/],
  ])('refuses a URL that is %s with 422 naming url', async (_what, url, detail) => {
    const answer = await api('/webhooks', { method: 'POST', token: tokens.verdal, body: { url, eventTypes: ['application.decided'] } });
    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(answer.json.errors).toEqual([expect.objectContaining({ pointer: '/url', detail: expect.stringMatching(detail) })]);
  });

  it('refuses an unknown event type with 422, and a municipality registering for another with 403', async () => {
    const unknown = await api('/webhooks', { method: 'POST', token: tokens.verdal, body: { url: receivers.verdal!.url, eventTypes: ['application.withdrawn'] } });
    expect(unknown.status).toBe(422);
    const other = await api('/webhooks', { method: 'POST', token: tokens.verdal, body: { url: receivers.verdal!.url, eventTypes: ['application.decided'], municipalityNumber: LEVANGER } });
    expect(other.status).toBe(403);
  });

  it('lets a machine client with the webhooks scope register for its own municipality, and not without it', async () => {
    const system = await stack.issuer.issueMachine({ organisationNumber: '938587418', scopes: ['kvalitetskommune:webhooks.manage'] });
    const answer = await machine('/webhooks', { method: 'POST', token: system, body: { url: 'http://127.0.0.1:9/hr-system', eventTypes: ['target-status.changed'] } });
    expect(answer.status, JSON.stringify(answer.json)).toBe(201);
    expect(answer.json).toMatchObject({ municipalityNumber: VERDAL, owner: 'municipality' });
    const figuresOnly = await stack.issuer.issueMachine({ organisationNumber: '938587418', scopes: ['kvalitetskommune:figures.write'] });
    expect((await machine('/webhooks', { token: figuresOnly })).status).toBe(403);
  });

  it('hides one municipality’s registration from another (404), and lets the secretariat see it', async () => {
    for (const path of [`/webhooks/${hooks.verdal!.id}`, `/webhooks/${hooks.verdal!.id}/deliveries`]) {
      expect((await api(path, { token: tokens.levanger })).status).toBe(404);
      expect((await api(path, { token: tokens.secretariat })).status).toBe(200);
    }
    expect((await api(`/webhooks/${hooks.secretariat!.id}`, { token: tokens.verdal })).status).toBe(404);
    expect((await api(`/webhooks/${hooks.verdal!.id}`, { method: 'DELETE', token: tokens.levanger })).status).toBe(404);
  });
});

describe('a decision', () => {
  let applicationId: string;
  beforeAll(async () => {
    applicationId = await decide(VERDAL, tokens.verdal!);
  }, 30_000);

  it('reaches Verdal’s endpoint signed: the standardwebhooks package verifies it with the secret', async () => {
    const [request] = await eventually(() => (decisionsIn(receivers.verdal!, applicationId).length ? decisionsIn(receivers.verdal!, applicationId) : undefined), 15_000, 'the signed decision');
    const verified = new Webhook(hooks.verdal!.secret).verify(request!.body, headersOf(request!)) as { type: string; data: Record<string, unknown> };
    expect(verified).toMatchObject({ type: 'application.decided', data: { applicationId, municipalityNumber: VERDAL, outcome: 'admitted' } });
    expect(request!.headers['content-type']).toMatch(/^application\/json/);
    expect(request!.headers['x-kvalitetskommune-webhook']).toBe(hooks.verdal!.id);
    // Nothing personal: the project leader's address stays out.
    expect(request!.body).not.toContain('kari.');
    // Another secret does not verify it.
    expect(() => new Webhook(hooks.levanger!.secret).verify(request!.body, headersOf(request!))).toThrow();
  });

  it('sends exactly the bytes it signed: the body equals the delivery’s recorded body', async () => {
    const [request] = decisionsIn(receivers.verdal!, applicationId);
    const deliveries = (await api(`/webhooks/${hooks.verdal!.id}/deliveries`, { token: tokens.verdal })).json.deliveries as { id: string; body: string; status: string }[];
    const delivery = deliveries.find((d) => d.body.includes(applicationId))!;
    expect(delivery).toMatchObject({ id: request!.headers['webhook-id'], status: 'requested', attempts: 0 });
    expect(request!.body).toBe(delivery.body);
  });

  it('reaches the secretariat’s every-municipality endpoint, and never Levanger’s', async () => {
    await eventually(() => decisionsIn(receivers.secretariat!, applicationId)[0], 15_000, 'the secretariat’s copy');
    await stack.settled();
    expect(decisionsIn(receivers.levanger!, applicationId)).toEqual([]);
    expect(receivers.levanger!.received.filter((r) => r.body.includes(`"municipalityNumber":"${VERDAL}"`))).toEqual([]);
  });

  it('is delivered once although the domain event comes twice (the fan-out is idempotent)', async () => {
    const event = stack.bus.history.find((h) => h.functionName === 'fanOutWebhookDeliveries' && JSON.stringify(h.event).includes(applicationId))!;
    stack.bus.deliver('fanOutWebhookDeliveries', { ...event.event, id: crypto.randomUUID() }, 'redelivery');
    await stack.settled();
    expect(decisionsIn(receivers.verdal!, applicationId)).toHaveLength(1);
  });
});

describe('a failing endpoint', () => {
  let applicationId: string;
  let deliveryId: string;
  beforeAll(async () => {
    receivers.levanger!.status = 503;
    applicationId = await decide(LEVANGER, tokens.levanger!, 'rejected');
    await stack.settled();
  }, 30_000);

  it('is retried as the rule’s RetryPolicy says, then dead-lettered', async () => {
    const attempts = decisionsIn(receivers.levanger!, applicationId);
    expect(attempts).toHaveLength(1 + RETRY.maximumRetryAttempts);
    expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1);
    const letters = stack.deadLetters.list().filter((l) => l.target === 'local-webhook-dead-letters' && JSON.stringify(l.payload).includes(applicationId));
    expect(letters).toHaveLength(1);
    expect(letters[0]!.attributes).toMatchObject({ RETRY_ATTEMPTS: String(RETRY.maximumRetryAttempts), ERROR_CODE: 'SDK_CLIENT_ERROR' });
  });

  it('is marked failed, with its attempts and last status, by the dead-letter schedule', async () => {
    stack.clock.fire('webhook-dead-letters');
    await stack.settled();
    const deliveries = (await api(`/webhooks/${hooks.levanger!.id}/deliveries`, { token: tokens.levanger })).json.deliveries as { id: string; body: string }[];
    const delivery = deliveries.find((d) => d.body.includes(applicationId))!;
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1 + RETRY.maximumRetryAttempts, lastResponseStatus: 503 });
    deliveryId = delivery.id;
    expect(stack.deadLetters.list().filter((l) => l.target === 'local-webhook-dead-letters')).toEqual([]);
  });

  it('is replayed successfully once the endpoint answers: same id and body, a fresh valid signature', async () => {
    receivers.levanger!.status = 204;
    const before = decisionsIn(receivers.levanger!, applicationId).length;
    const replay = await api(`/webhooks/${hooks.levanger!.id}/deliveries/${deliveryId}/replay`, { method: 'POST', token: tokens.levanger });
    expect(replay.status, JSON.stringify(replay.json)).toBe(202);
    expect(replay.json).toMatchObject({ id: deliveryId, status: 'requested', replays: 1 });
    const request = await eventually(() => decisionsIn(receivers.levanger!, applicationId).slice(before).find((r) => r.answered === 204), 15_000, 'the replay');
    expect(request.headers['webhook-id']).toBe(deliveryId);
    expect(new Webhook(hooks.levanger!.secret).verify(request.body, headersOf(request))).toMatchObject({ data: { applicationId, outcome: 'rejected' } });
  });

  it('replays nothing of another municipality (404)', async () => {
    expect((await api(`/webhooks/${hooks.levanger!.id}/deliveries/${deliveryId}/replay`, { method: 'POST', token: tokens.verdal })).status).toBe(404);
  });
});

describe('rotating and deleting', () => {
  it('signs with the new secret after a rotation, and the old one no longer verifies', async () => {
    const rotated = await api(`/webhooks/${hooks.verdal!.id}/secret-rotation`, { method: 'POST', token: tokens.verdal });
    expect(rotated.status).toBe(200);
    const secret = rotated.json.secret as string;
    expect(secret).not.toBe(hooks.verdal!.secret);
    const applicationId = await decide(VERDAL, tokens.verdal!, 'rejected');
    const request = await eventually(() => decisionsIn(receivers.verdal!, applicationId)[0], 15_000, 'a decision after the rotation');
    expect(() => new Webhook(secret).verify(request.body, headersOf(request))).not.toThrow();
    expect(() => new Webhook(hooks.verdal!.secret).verify(request.body, headersOf(request))).toThrow();
  });

  it('removes the rule when deleted: nothing more arrives', async () => {
    const deleted = await api(`/webhooks/${hooks.verdal!.id}`, { method: 'DELETE', token: tokens.verdal });
    expect(deleted.status).toBe(200);
    await stack.settled();
    expect(stack.bus.rules.ruleNames).not.toContain(`local-wh-${hooks.verdal!.id.replaceAll('-', '')}`);
    expect((await api(`/webhooks/${hooks.verdal!.id}`, { token: tokens.verdal })).status).toBe(404);
    const applicationId = await decide(VERDAL, tokens.verdal!, 'rejected');
    await eventually(() => decisionsIn(receivers.secretariat!, applicationId)[0], 15_000, 'the secretariat’s copy');
    await stack.settled();
    expect(decisionsIn(receivers.verdal!, applicationId)).toEqual([]);
  });
});
