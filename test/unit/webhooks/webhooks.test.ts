/**
 * The webhooks' pure rules: the URL rules on both sides of each boundary (https, loopback only
 * behind the local flag, private/loopback/link-local by literal and by resolution), the
 * Standard Webhooks signature verified with the standardwebhooks package's own Webhook.verify,
 * who may manage a registration, and what a dead letter tells.
 */
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { Refusal } from '../../../shared/platform/refusal.ts';
import { checkResolvedAddresses, checkWebhookUrl, deliveryIdOf, isPublicAddress, mayManage, responseStatusIn } from '../../../shared/webhooks/model.ts';
import { newDelivery, registerWebhook, replayDelivery, rotateSecret } from '../../../shared/webhooks/commands.ts';
import { deliveryBody, newSigningSecret, signDelivery } from '../../../shared/webhooks/signing.ts';
import { WEBHOOK_SOURCES } from '../../../shared/webhooks/event-types.ts';
import { WEBHOOK_EVENT_TYPES } from '../../../shared/webhooks/model.ts';
import { canonicalJson } from '../../../shared/platform/canonical-json.ts';

const AWS = { allowLoopbackHttp: false };
const LOCAL = { allowLoopbackHttp: true };

function refusedUrl(check: () => unknown): string {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(Refusal);
    expect((error as Refusal).kind).toBe('invalid');
    expect((error as Refusal).fields.map((f) => f.pointer)).toEqual(['/url']);
    return (error as Refusal).fields[0]!.detail;
  }
  throw new Error('Not refused');
}

describe('a webhook URL', () => {
  it('is https to a public name (to resolve) or a public address', () => {
    expect(checkWebhookUrl('https://hr.verdal.kommune.no/hooks', AWS).resolve).toBe('hr.verdal.kommune.no');
    expect(checkWebhookUrl('https://93.184.215.14/hooks', AWS).resolve).toBeUndefined();
    expect(checkWebhookUrl('https://[2001:4860:4860::8888]/hooks', AWS).resolve).toBeUndefined();
  });

  it('is refused when not https, not a URL, or carrying credentials or a fragment', () => {
    expect(refusedUrl(() => checkWebhookUrl('http://hr.verdal.kommune.no/hooks', AWS))).toMatch(/https/);
    expect(refusedUrl(() => checkWebhookUrl('ftp://hr.verdal.kommune.no/', AWS))).toMatch(/https/);
    expect(refusedUrl(() => checkWebhookUrl('hr.verdal.kommune.no/hooks', AWS))).toMatch(/absolute URL/);
    expect(refusedUrl(() => checkWebhookUrl('https://user:pw@hr.verdal.kommune.no/', AWS))).toMatch(/password/);
    expect(refusedUrl(() => checkWebhookUrl('https://hr.verdal.kommune.no/#x', AWS))).toMatch(/fragment/);
  });

  it.each([
    ['https://127.0.0.1/hooks', 'loopback'],
    ['https://10.1.2.3/hooks', 'private'],
    ['https://192.168.0.10/hooks', 'private'],
    ['https://172.16.0.1/hooks', 'private'],
    ['https://169.254.169.254/latest/meta-data', 'linkLocal'],
    ['https://[::1]/hooks', 'loopback'],
    ['https://[fe80::1]/hooks', 'linkLocal'],
    ['https://[fc00::1]/hooks', 'uniqueLocal'],
    ['https://[::ffff:10.0.0.1]/hooks', 'private'],
    ['https://0.0.0.0/hooks', 'unspecified'],
    ['https://100.64.0.1/hooks', 'carrierGradeNat'],
    // WHATWG URL reads these as 127.0.0.1 too: no way around by spelling.
    ['https://2130706433/hooks', 'loopback'],
    ['https://0x7f.1/hooks', 'loopback'],
  ])('is refused in AWS when it names a non-public address: %s', (url, range) => {
    expect(refusedUrl(() => checkWebhookUrl(url, AWS))).toContain(range);
  });

  it.each(['https://localhost/hooks', 'https://api.localhost/hooks', 'https://printer.local/', 'https://db.internal/', 'https://intranet/hooks'])('is refused when its host names a local network: %s', (url) => {
    expect(refusedUrl(() => checkWebhookUrl(url, AWS))).toMatch(/local or internal/);
  });

  it('is refused in AWS when its name resolves to one non-public address among public ones, or to none', () => {
    expect(() => checkResolvedAddresses('hr.verdal.kommune.no', ['93.184.215.14', '2001:4860:4860::8888'], AWS)).not.toThrow();
    expect(refusedUrl(() => checkResolvedAddresses('hr.verdal.kommune.no', ['93.184.215.14', '10.0.0.7'], AWS))).toMatch(/resolves to 10\.0\.0\.7, a private address/);
    expect(refusedUrl(() => checkResolvedAddresses('rebind.example.no', ['127.0.0.1'], AWS))).toMatch(/loopback/);
    expect(refusedUrl(() => checkResolvedAddresses('meta.example.no', ['169.254.169.254'], AWS))).toMatch(/linkLocal/);
    expect(refusedUrl(() => checkResolvedAddresses('gone.example.no', [], AWS))).toMatch(/does not resolve/);
  });

  it('may be http://127.0.0.1 only behind the local flag, and only to loopback', () => {
    expect(refusedUrl(() => checkWebhookUrl('http://127.0.0.1:4000/hooks', AWS))).toMatch(/https/);
    expect(checkWebhookUrl('http://127.0.0.1:4000/hooks', LOCAL).resolve).toBeUndefined();
    expect(checkWebhookUrl('http://[::1]:4000/hooks', LOCAL).resolve).toBeUndefined();
    // The flag allows loopback http, nothing else: not another private address, not http to a public one.
    expect(refusedUrl(() => checkWebhookUrl('http://10.0.0.1/hooks', LOCAL))).toMatch(/https/);
    expect(refusedUrl(() => checkWebhookUrl('http://hr.verdal.kommune.no/hooks', LOCAL))).toMatch(/https/);
    expect(refusedUrl(() => checkWebhookUrl('https://10.0.0.1/hooks', LOCAL))).toMatch(/private/);
  });

  it('public means ipaddr.js’s unicast range only', () => {
    expect(isPublicAddress('8.8.8.8')).toBe(true);
    expect(isPublicAddress('2001:4860:4860::8888')).toBe(true);
    for (const address of ['127.0.0.1', '10.0.0.1', '169.254.1.1', '::1', 'fe80::1', '224.0.0.1', '255.255.255.255', 'not-an-ip']) expect(isPublicAddress(address), address).toBe(false);
  });
});

const context = { correlationId: 'c-1', now: new Date('2007-03-30T10:00:00.000Z') };
const registration = registerWebhook(
  { id: '5b1d3c1e-8f0a-4a57-9d49-0c7f7bb2f0a1', url: 'https://hr.verdal.kommune.no/hooks', eventTypes: ['application.decided'], municipalityNumber: '1721', owner: 'municipality', createdBy: 'sub-1' },
  context,
).state;

describe('a delivery', () => {
  const data = { applicationId: 'a-1', municipalityNumber: '1721', municipalityName: 'Verdal', outcome: 'admitted', reason: 'Tydelige mål – «god» forankring.' };
  const eventId = '0b9a4f6e-1d2c-4e3f-8a7b-6c5d4e3f2a1b';
  const { state: delivery, events } = newDelivery(registration, { webhookType: 'application.decided', sourceEventId: eventId, occurredAt: '2007-03-30T09:59:00.000Z', data }, context);
  const request = events[0]!.data as { headers: { webhookId: string; webhookTimestamp: string; webhookSignature: string }; payload: unknown };
  const headers = { 'webhook-id': request.headers.webhookId, 'webhook-timestamp': request.headers.webhookTimestamp, 'webhook-signature': request.headers.webhookSignature };

  it('is signed so that the standardwebhooks package verifies it (at its time)', () => {
    expect(registration.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(request.headers.webhookSignature).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(request.headers.webhookId).toBe(delivery.id);
    const verifier = new Webhook(registration.secret);
    // The package checks the timestamp against its clock (5 minutes); sign now to verify now.
    const now = signDelivery(registration.secret, delivery.id, delivery.body, new Date());
    expect(verifier.verify(delivery.body, { 'webhook-id': now.webhookId, 'webhook-timestamp': now.webhookTimestamp, 'webhook-signature': now.webhookSignature })).toEqual(JSON.parse(delivery.body));
  });

  it('fails verification with another secret, another body, another id or an old timestamp', () => {
    const now = signDelivery(registration.secret, delivery.id, delivery.body, new Date());
    const fresh = { 'webhook-id': now.webhookId, 'webhook-timestamp': now.webhookTimestamp, 'webhook-signature': now.webhookSignature };
    expect(() => new Webhook(newSigningSecret()).verify(delivery.body, fresh)).toThrow();
    expect(() => new Webhook(registration.secret).verify(delivery.body.replace('admitted', 'rejected'), fresh)).toThrow();
    expect(() => new Webhook(registration.secret).verify(delivery.body, { ...fresh, 'webhook-id': 'other' })).toThrow();
    // Signed in 2007: too old for the package's tolerance.
    expect(() => new Webhook(registration.secret).verify(delivery.body, headers)).toThrow(/timestamp/i);
  });

  it('carries as payload exactly the object whose compact JSON is the signed body', () => {
    expect(canonicalJson(request.payload)).toBe(delivery.body);
    // Whatever order a store gives the keys back in, the canonical text is the signed one.
    const reversed = (value: unknown): unknown =>
      value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) : value;
    expect(JSON.stringify(reversed(request.payload))).not.toBe(delivery.body);
    expect(canonicalJson(reversed(request.payload))).toBe(delivery.body);
    expect(delivery.body).toBe(deliveryBody('application.decided', '2007-03-30T09:59:00.000Z', data));
    expect(JSON.parse(delivery.body)).toEqual({ type: 'application.decided', timestamp: '2007-03-30T09:59:00.000Z', data });
  });

  it('has one id per event and registration, sortable by the event’s time', () => {
    expect(delivery.id).toBe(`20070330T095900000Z-${eventId}`);
    expect(deliveryIdOf('2007-03-30T09:59:00.000Z', eventId) < deliveryIdOf('2007-03-30T10:00:00.000Z', eventId)).toBe(true);
  });

  it('replays with the same id and body, a fresh signature, and the current secret', () => {
    const rotated = rotateSecret(registration, context);
    expect(rotated.secret).not.toBe(registration.secret);
    const later = { ...context, now: new Date() };
    const replay = replayDelivery(rotated, { ...delivery, status: 'failed', attempts: 9 }, later);
    expect(replay.state).toMatchObject({ id: delivery.id, body: delivery.body, status: 'requested', replays: 1 });
    const replayed = replay.events[0]!.data as typeof request;
    const h = { 'webhook-id': replayed.headers.webhookId, 'webhook-timestamp': replayed.headers.webhookTimestamp, 'webhook-signature': replayed.headers.webhookSignature };
    expect(() => new Webhook(rotated.secret).verify(delivery.body, h)).not.toThrow();
    expect(() => new Webhook(registration.secret).verify(delivery.body, h)).toThrow();
  });
});

describe('who may manage a registration', () => {
  const own = { owner: 'municipality' as const, municipalityNumber: '1721' };
  it('a municipality its own; never another’s, nor the secretariat’s for it', () => {
    expect(mayManage(own, { secretariat: false, municipalityNumber: '1721' })).toBe(true);
    expect(mayManage(own, { secretariat: false, municipalityNumber: '1719' })).toBe(false);
    expect(mayManage({ owner: 'secretariat', municipalityNumber: '1721' }, { secretariat: false, municipalityNumber: '1721' })).toBe(false);
    expect(mayManage({ owner: 'secretariat', municipalityNumber: null }, { secretariat: false, municipalityNumber: '1721' })).toBe(false);
  });
  it('the secretariat every one', () => {
    expect(mayManage(own, { secretariat: true, municipalityNumber: undefined })).toBe(true);
    expect(mayManage({ owner: 'secretariat', municipalityNumber: null }, { secretariat: true, municipalityNumber: undefined })).toBe(true);
  });
});

describe('the mapping from domain events', () => {
  it('has one row per webhook event type', () => {
    expect(WEBHOOK_SOURCES.map((row) => row.webhookType).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
  });
  it('leaves personal contact details out of a decision', () => {
    const row = WEBHOOK_SOURCES.find((r) => r.webhookType === 'application.decided')!;
    const payload = row.payload({ applicationId: 'a', cohortId: 'c', cohortName: 'Pulje I', municipalityNumber: '1721', municipalityName: 'Verdal', writtenStandard: 'bokmal', outcome: 'admitted', reason: 'r', decidedAt: '2007-03-30T10:00:00.000Z', projectLeader: { name: 'Kari', email: 'kari@verdal.kommune.no' } } as never, '1721');
    expect(JSON.stringify(payload)).not.toContain('kari');
  });
});

describe('a dead letter’s error message', () => {
  it('names the endpoint’s status when it gives one', () => {
    expect(responseStatusIn('Unable to invoke ApiDestination endpoint: API destination endpoint returned HTTP status 503.')).toBe(503);
    expect(responseStatusIn('The request failed because of status code 404')).toBe(404);
    expect(responseStatusIn('Unable to invoke ApiDestination endpoint: connect ECONNREFUSED 127.0.0.1:9')).toBeNull();
  });
});
