/**
 * Mail preferences through the whole local stack: an optional mail's .eml carries the RFC 8058
 * headers and its one-click link; the link POSTed as a mail client posts it (no login, a form
 * body) turns the category off, and the next such mail is not sent; a mandatory mail still
 * arrives, says it is mandatory and carries no unsubscribe header; a person who chose the
 * digest gets the day's optional mail as one digest when the schedule fires, once.
 */
import { simpleParser } from 'mailparser';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { NotificationsRepository, queuedNotifications, type Notification } from '../../shared/notifications/index.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import type { EmailMessage } from '../../shared/platform/mail/email-message.ts';
import { apiClient } from '../support/api-client.ts';
import { eventually } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';
import { putPerson } from '../support/mail-preferences.ts';

// A small per-recipient cap, so the file can reach it (other files run with none they reach).
const CAP = 2;
const testStack = useTestStack({ optionalMailCap: CAP });
let stack: LocalStack;
const api = apiClient(() => stack.url);
let notifications: NotificationsRepository;

beforeAll(() => {
  stack = testStack();
  notifications = new NotificationsRepository(new Table(stack.tableName));
});

/** Queues a message as a handler does (the notification and its NotificationQueued event in one transaction); resolves to its notification id. */
async function queue(message: EmailMessage): Promise<string> {
  const [change] = queuedNotifications(message, { eventId: randomUUID(), eventType: 'Test' });
  expect(await notifications.insert(change!)).toBe(true);
  return change!.state.id;
}

const message = (template: string, address: string, subject: string): EmailMessage => ({ template, to: [{ name: 'Kari Nordmann', address }], subject, text: `Hei Kari,\n\n${subject}.`, language: 'nb' });

/** The .eml with that subject, parsed, once it is written. */
async function mailWithSubject(subject: string) {
  return eventually(async () => {
    const found = (await stack.mail.list()).find((m) => m.subject === subject);
    return found ? simpleParser(stack.mail.raw(found.file)) : undefined;
  }, 20_000, `the mail "${subject}"`);
}

const headerLine = (parsed: Awaited<ReturnType<typeof simpleParser>>, key: string) => parsed.headerLines.find((h) => h.key === key)?.line.replace(/\r\n[ \t]+/g, ' ');

async function settledAs(id: string, status: Notification['status']) {
  return eventually(async () => {
    const n = await notifications.get(id);
    return n?.status === status ? n : undefined;
  }, 20_000, `notification ${id} ${status}`);
}

describe('an optional mail and its one-click link', () => {
  const address = `kari-${randomUUID()}@verdal.kommune.no`;
  let link: string;

  it('carries List-Unsubscribe and List-Unsubscribe-Post, and the link in its text', async () => {
    await queue(message('gathering-notice', address, 'Ny samling: Læringsseminar 1'));
    const mail = await mailWithSubject('Ny samling: Læringsseminar 1');
    const unsubscribe = headerLine(mail, 'list-unsubscribe');
    expect(unsubscribe).toMatch(new RegExp(`^List-Unsubscribe: <${stack.url}/mail-preferences/unsubscribe/[A-Za-z0-9_-]{32}>$`));
    expect(headerLine(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    link = /<([^>]+)>/.exec(unsubscribe!)![1]!;
    expect(mail.text).toContain(`Meld deg av med ett klikk: ${link}`);
  });

  it('shows a page on GET, and a one-click POST (as a mail client sends it, no login) turns the category off', async () => {
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('samlinger');
    const click = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(click.status).toBe(200);
    expect(await click.json()).toEqual({ status: 'unsubscribed', category: 'gatherings', mandatoryMail: 'still-sent' });
    // Again: the same answer (idempotent).
    expect((await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })).status).toBe(200);
  });

  it('keeps the next mail of that category from being sent', async () => {
    const id = await queue(message('gathering-notice', address, 'Endret samling: Læringsseminar 1'));
    expect(await settledAs(id, 'unsubscribed')).toMatchObject({ heldBack: expect.stringContaining('turned this kind of mail off') });
    expect((await stack.mail.list()).some((m) => m.subject === 'Endret samling: Læringsseminar 1')).toBe(false);
  });

  it('still sends mandatory mail, which says so and carries no unsubscribe header', async () => {
    await queue(message('decision-letter', address, 'Vedtak: Verdal kommune er tatt opp i Pulje I'));
    const mail = await mailWithSubject('Vedtak: Verdal kommune er tatt opp i Pulje I');
    expect(headerLine(mail, 'list-unsubscribe')).toBeUndefined();
    expect(headerLine(mail, 'list-unsubscribe-post')).toBeUndefined();
    expect(mail.text).toContain('Dette er en obligatorisk melding fra Kvalitetskommuneprogrammet. Den sendes alltid');
  });
});

describe('the per-recipient cap', () => {
  it(`sends ${CAP} optional mails a day to one address at once and holds the rest for the digest; mandatory mail is never capped`, async () => {
    const address = `mange-${randomUUID()}@verdal.kommune.no`;
    const optional = [];
    for (let i = 1; i <= CAP + 1; i++) optional.push(await queue(message('network-composition', address, `Nettverket ditt ${i}`)));
    const settled = await Promise.all(optional.map((id) => eventually(async () => {
      const n = await notifications.get(id);
      return n && n.status !== 'queued' ? n : undefined;
    }, 20_000, `notification ${id} settled`)));
    expect(settled.map((n) => n.status).sort()).toEqual([...Array<string>(CAP).fill('sent'), 'digest-held'].sort());
    expect(settled.find((n) => n.status === 'digest-held')?.heldBack).toContain(`had its ${CAP} optional mails of the day`);
    await queue(message('decision-letter', address, 'Vedtak: over the cap'));
    expect((await mailWithSubject('Vedtak: over the cap')).text).toContain('obligatorisk melding');
  });
});

describe('a person who chose the daily digest', () => {
  it('gets the optional mail held and then one digest when the schedule fires, however often', async () => {
    const email = `per-${randomUUID()}@verdal.kommune.no`;
    const subject = `person-${randomUUID()}`;
    // The login of that person (personToken writes a LOGIN item; the person record is the people capability's).
    const token = await personToken(stack, { municipality: '1721', roles: ['project-leader'], subject });
    const personId = (await new Table(stack.tableName).get<{ personId: string }>({ pk: `LOGIN#${subject}`, sk: 'LOGIN' }))!.value.personId;
    await putPerson(stack.tableName, { personId, email, organisation: '1721', roles: ['project-leader'] });
    const chosen = await api('/people/me/mail-preferences', { method: 'PUT', token, body: { preferences: { reminders: 'digest' } } });
    expect(chosen.status, JSON.stringify(chosen.json)).toBe(200);
    expect(chosen.json.preferences.reminders).toBe('digest');

    const ids = [await queue(message('report-reminder', email, 'Påminnelse: rapport A')), await queue(message('report-reminder', email, 'Påminnelse: rapport B'))];
    for (const id of ids) await settledAs(id, 'digest-held');
    stack.clock.fire('daily-mail-digest');
    stack.clock.fire('daily-mail-digest');
    const digestsOf = async () => (await stack.mail.list()).filter((m) => m.to.includes(email) && m.subject.startsWith('Daglig sammendrag'));
    await eventually(async () => ((await digestsOf()).length > 0 ? true : undefined), 20_000, 'the digest');
    await stack.settled();
    const digest = await digestsOf();
    expect(digest).toHaveLength(1);
    const parsed = await simpleParser(stack.mail.raw(digest[0]!.file));
    expect(parsed.text).toContain('Påminnelse: rapport A');
    expect(parsed.text).toContain('Påminnelse: rapport B');
    expect(headerLine(parsed, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect((await stack.mail.list()).some((m) => m.subject === 'Påminnelse: rapport A')).toBe(false);
  });
});
