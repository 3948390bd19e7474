/**
 * Mail preferences against DynamoDB Local: the daily digest is one mail per address and day
 * however many runs overlap, nothing held is lost (a cancelled digest writes nothing; messages
 * beyond the limit wait for the next day); the one-click unsubscribe is idempotent and public;
 * a person reads and changes its own preferences.
 */
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ScheduledEvent } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler as sendDigests } from '../../functions/notifications/send-daily-mail-digests.ts';
import { DIGEST_LIMIT, digestNotification, OPTIONAL_MAIL_PER_RECIPIENT_PER_DAY, MailPreferencesRepository, NotificationsRepository, type Notification } from '../../shared/notifications/index.ts';
import { loginItem } from '../../shared/platform/auth/directory.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { httpEvent, lambdaContext } from '../support/http-events.ts';
import { call } from '../support/invoke.ts';
import { issueUnsubscribeToken, putPerson } from '../support/mail-preferences.ts';
import { createTestTable } from '../support/table.ts';

let tableName: string;
let table: Table;
const notifications = () => new NotificationsRepository(table);
const preferences = () => new MailPreferencesRepository(table);

beforeAll(async () => {
  ({ tableName } = await createTestTable());
  table = new Table(tableName);
});

/** A notification already held for the digest, as deliverNotification leaves one. */
async function held(address: string, n: number, createdAt = new Date(Date.parse('2026-12-01T08:00:00Z') + n * 60_000).toISOString()): Promise<Notification> {
  const notification: Notification = {
    id: randomUUID().replaceAll('-', ''),
    template: 'report-reminder',
    language: 'nb',
    recipient: { address },
    subject: `Påminnelse ${n}`,
    text: `Tekst ${n}`,
    status: 'digest-held',
    attempts: 0,
    cause: { eventId: randomUUID(), eventType: 'ReportDue' },
    createdAt,
    updatedAt: createdAt,
    heldBack: 'Held for the daily digest: the recipient chose it',
  };
  expect(await notifications().insert({ state: notification, events: [] })).toBe(true);
  return notification;
}

const morning = (day: string): ScheduledEvent =>
  ({ version: '0', id: randomUUID(), 'detail-type': 'Scheduled Event', source: 'aws.events', account: '000000000000', time: `${day}T05:30:00Z`, region: 'eu-north-1', resources: [], detail: {} }) as ScheduledEvent;

const run = (day: string) => sendDigests(morning(day), lambdaContext('sendDailyMailDigests'));

const digestsOf = async (address: string) => (await notifications().list('queued')).filter((n) => n.template === 'daily-digest' && n.recipient.address.toLowerCase() === address);

describe('the daily digest', () => {
  const kari = `kari-${randomUUID()}@verdal.kommune.no`;
  const per = `per-${randomUUID()}@verdal.kommune.no`;
  let mine: Notification[];

  beforeAll(async () => {
    mine = [await held(kari, 1), await held(kari, 2), await held(kari.toUpperCase(), 3), await held(per, 1)];
    // Five runs at once (a retried schedule, a manual run), each its own event: one digest per address.
    await Promise.all(Array.from({ length: 5 }, () => run('2026-12-02')));
  });

  it('is one mail per address and day, however many runs overlap', async () => {
    const [kariDigests, perDigests] = [await digestsOf(kari), await digestsOf(per)];
    expect(kariDigests).toHaveLength(1);
    expect(perDigests).toHaveLength(1);
    expect(kariDigests[0]!.text).toContain('Påminnelse 1');
    expect(kariDigests[0]!.text).toContain('Påminnelse 3');
  });

  it('marks every message it carries as digested, with the digest', async () => {
    const [digest] = await digestsOf(kari);
    for (const n of mine.slice(0, 3)) expect(await notifications().get(n.id)).toMatchObject({ status: 'digested', digestId: digest!.id });
  });

  it('sends nothing twice the same day, and the next morning only what was held since', async () => {
    const late = await held(kari, 9);
    await run('2026-12-02');
    expect(await digestsOf(kari)).toHaveLength(1);
    expect((await notifications().get(late.id))?.status).toBe('digest-held');
    await run('2026-12-03');
    const digests = await digestsOf(kari);
    expect(digests).toHaveLength(2);
    expect(digests.find((d) => d.text.includes('Påminnelse 9'))?.text).not.toContain('Påminnelse 1\n');
  });

  it('writes nothing when one of its messages is no longer held (a concurrent run took it): they stay for the next digest', async () => {
    const address = `ola-${randomUUID()}@verdal.kommune.no`;
    const a = await held(address, 1);
    const b = await held(address, 2);
    const now = new Date();
    // Another run's digest took b between the read and this write.
    await table.client.send(new UpdateCommand({ TableName: tableName, Key: { pk: `NOTIFICATION#${b.id}`, sk: 'NOTIFICATION' }, UpdateExpression: 'SET #s = :d', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':d': 'digested' } }));
    expect(await preferences().storeDigest(digestNotification({ address }, '2026-12-02', [a, b], now), [a, b], now)).toBe(false);
    expect((await notifications().get(a.id))?.status).toBe('digest-held');
    expect(await digestsOf(address)).toHaveLength(0);
  });

  it(`carries at most ${DIGEST_LIMIT} messages, the oldest; the rest wait for the next day`, async () => {
    const address = `many-${randomUUID()}@verdal.kommune.no`;
    const all = [];
    for (let i = 0; i < DIGEST_LIMIT + 3; i++) all.push(await held(address, i));
    await run('2026-12-04');
    const statuses = await Promise.all(all.map(async (n) => (await notifications().get(n.id))?.status));
    expect(statuses.filter((s) => s === 'digested')).toHaveLength(DIGEST_LIMIT);
    expect(statuses.slice(DIGEST_LIMIT)).toEqual(['digest-held', 'digest-held', 'digest-held']);
    await run('2026-12-05');
    expect(await digestsOf(address)).toHaveLength(2);
  });
});

describe('one-click unsubscribe', () => {
  it('turns the link’s category off, idempotently, and leaves the others', async () => {
    const address = `leder-${randomUUID()}@verdal.kommune.no`;
    await preferences().set(address, { gatherings: 'digest' }, new Date());
    const token = await issueUnsubscribeToken(tableName, address, 'reminders');
    const answers = await Promise.all(Array.from({ length: 4 }, () => call('unsubscribeByLink', { params: { token } })));
    for (const answer of answers) expect(answer).toMatchObject({ status: 200, json: { status: 'unsubscribed', category: 'reminders', mandatoryMail: 'still-sent' } });
    expect((await call('unsubscribeByLink', { params: { token } })).status).toBe(200);
    expect(await preferences().of(address)).toEqual({ reminders: 'off', gatherings: 'digest' });
  });

  it('answers 404 for a token nobody was sent', async () => {
    expect((await call('unsubscribeByLink', { params: { token: 'A'.repeat(32) } })).status).toBe(404);
  });

  it('shows a page on GET that changes nothing', async () => {
    const address = `side-${randomUUID()}@verdal.kommune.no`;
    const token = await issueUnsubscribeToken(tableName, address, 'target-status');
    const { handler } = await import('../../functions/notifications/show-unsubscribe-page.ts');
    const page = await handler(httpEvent({ method: 'GET', path: `/mail-preferences/unsubscribe/${token}`, routePath: '/mail-preferences/unsubscribe/{token}', pathParameters: { token } }), lambdaContext('showUnsubscribePage'));
    expect(page.statusCode).toBe(200);
    expect(page.headers?.['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('endringer i målstatus');
    expect(page.body).toContain('<form method="post">');
    expect(await preferences().of(address)).toEqual({});
    const unknown = await handler(httpEvent({ method: 'GET', path: `/mail-preferences/unsubscribe/${'B'.repeat(32)}`, routePath: '/mail-preferences/unsubscribe/{token}', pathParameters: { token: 'B'.repeat(32) } }), lambdaContext('showUnsubscribePage'));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers?.['content-type']).toBe('application/problem+json');
  });
});

describe('the per-recipient quota of optional mail', () => {
  it(`lets ${OPTIONAL_MAIL_PER_RECIPIENT_PER_DAY} through a day however many race for it, and counts a retry once`, async () => {
    const address = `kvote-${randomUUID()}@verdal.kommune.no`;
    const now = new Date();
    const ids = Array.from({ length: OPTIONAL_MAIL_PER_RECIPIENT_PER_DAY + 4 }, (_, i) => `n${i}`);
    const claims = await Promise.all(ids.map((id) => preferences().claimQuota(address, '2026-12-02', id, OPTIONAL_MAIL_PER_RECIPIENT_PER_DAY, now)));
    expect(claims.filter(Boolean)).toHaveLength(OPTIONAL_MAIL_PER_RECIPIENT_PER_DAY);
    const winner = ids[claims.indexOf(true)]!;
    // A redelivery of one that had its place keeps it; one that had none still has none.
    expect(await preferences().claimQuota(address, '2026-12-02', winner, OPTIONAL_MAIL_PER_RECIPIENT_PER_DAY, now)).toBe(true);
    expect(await preferences().claimQuota(address, '2026-12-02', ids[claims.indexOf(false)]!, OPTIONAL_MAIL_PER_RECIPIENT_PER_DAY, now)).toBe(false);
    // The next day is a new quota; another address has its own.
    expect(await preferences().claimQuota(address, '2026-12-03', 'x', OPTIONAL_MAIL_PER_RECIPIENT_PER_DAY, now)).toBe(true);
    expect(await preferences().claimQuota(`other-${address}`, '2026-12-02', 'x', OPTIONAL_MAIL_PER_RECIPIENT_PER_DAY, now)).toBe(true);
  });
});

describe("a person's own preferences", () => {
  it('are read and changed through /people/me/mail-preferences, for the person’s address', async () => {
    const subject = `person-${randomUUID()}`;
    const email = `Leder-${randomUUID()}@Verdal.kommune.no`;
    const personId = await putPerson(tableName, { email, organisation: '1721', roles: ['project-leader'] });
    await table.client.send(new PutCommand({ TableName: tableName, Item: loginItem(subject, { personId, name: 'Leder', organisation: '1721', roles: ['project-leader'], active: true }) }));
    const claims = { sub: subject };
    const before = await call('getMailPreferences', { claims });
    expect(before).toMatchObject({ status: 200, json: { address: email.toLowerCase(), preferences: { reminders: 'immediate', 'target-status': 'immediate' } } });
    const changed = await call('updateMailPreferences', { claims, body: { preferences: { reminders: 'digest', 'target-status': 'off' } } });
    expect(changed).toMatchObject({ status: 200, json: { preferences: { reminders: 'digest', 'target-status': 'off', gatherings: 'immediate' } } });
    expect(await preferences().of(email)).toEqual({ reminders: 'digest', 'target-status': 'off' });
    expect((await call('updateMailPreferences', { claims, body: { preferences: { reminders: 'sometimes' } } })).status).toBe(422);
    expect((await call('updateMailPreferences', { claims, body: { preferences: { 'decision-letters': 'off' } } })).status).toBe(422);
  });

  it('are 404 for a login without a person record', async () => {
    const subject = `login-${randomUUID()}`;
    await table.client.send(new PutCommand({ TableName: tableName, Item: loginItem(subject, { personId: randomUUID(), name: 'Uten', organisation: '1721', roles: ['observer'], active: true }) }));
    expect((await call('getMailPreferences', { claims: { sub: subject } })).status).toBe(404);
  });
});
