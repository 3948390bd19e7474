import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import {
  completePreferences,
  deliveryRule,
  digestLetter,
  isOptional,
  mailFooter,
  newUnsubscribeToken,
  unsubscribed,
  unsubscribeHeaders,
  unsubscribePage,
  unsubscribeScopeOf,
  unsubscribeTokenHash,
} from '#shared/notifications/mail-preferences.ts';
import { digestNotification } from '#shared/notifications/commands.ts';
import { recipientsByRole } from '#shared/notifications/recipients.ts';
import { MAIL_CATEGORIES } from '#shared/notifications/message-types.ts';
import { sendEmailRequest } from '#shared/platform/mail/ses-mailer.ts';
import { composeAsSes } from '../../../local/ses-composer.ts';
import type { Notification } from '#shared/notifications/model.ts';

describe('the delivery rule', () => {
  it('sends mandatory mail whatever the preferences say', () => {
    const everythingOff = unsubscribed({}, 'all');
    for (const template of ['decision-letter', 'report-escalation', 'cohort-invitation', 'email-address-confirmation', 'report-review']) {
      expect(deliveryRule(template, everythingOff), template).toBe('mandatory');
      expect(isOptional(template)).toBe(false);
      expect(unsubscribeScopeOf(template)).toBeUndefined();
    }
  });

  it('follows the category of optional mail, immediate by default', () => {
    expect(deliveryRule('report-reminder', {})).toBe('immediate');
    expect(deliveryRule('report-reminder', { reminders: 'digest' })).toBe('digest');
    expect(deliveryRule('report-reminder', { reminders: 'off' })).toBe('off');
    expect(deliveryRule('report-reminder', { 'target-status': 'off' })).toBe('immediate');
    expect(deliveryRule('target-status-notice', { 'target-status': 'off' })).toBe('off');
    expect(unsubscribeScopeOf('target-status-notice')).toBe('target-status');
  });

  it('sends the digest itself at once (it is what the person chose); its link turns every category off', () => {
    expect(deliveryRule('daily-digest', unsubscribed({}, 'all'))).toBe('immediate');
    expect(unsubscribeScopeOf('daily-digest')).toBe('all');
    expect(Object.values(unsubscribed({ reminders: 'digest' }, 'all'))).toEqual(MAIL_CATEGORIES.map(() => 'off'));
  });

  it('treats a template the catalogue does not know as mandatory: sent, never dropped', () => {
    expect(deliveryRule('some-new-letter', { reminders: 'off' })).toBe('mandatory');
  });

  it('turns off only the link’s category', () => {
    expect(unsubscribed({ reminders: 'digest', gatherings: 'digest' }, 'reminders')).toEqual({ reminders: 'off', gatherings: 'digest' });
    expect(completePreferences({ reminders: 'off' })).toMatchObject({ reminders: 'off', 'target-status': 'immediate', figures: 'immediate' });
  });
});

describe('unsubscribe tokens', () => {
  it('are unguessable, URL-safe and stored only as a hash', () => {
    const a = newUnsubscribeToken();
    const b = newUnsubscribeToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toBe(unsubscribeTokenHash(a.token));
    expect(a.tokenHash).not.toContain(a.token);
  });
});

describe('what a mail says and carries', () => {
  const url = 'https://api.example.org/mail-preferences/unsubscribe/abc';

  it('says mandatory mail is mandatory, in bokmål and nynorsk', () => {
    expect(mailFooter('nb', { mandatory: true }).join('\n')).toContain('Dette er en obligatorisk melding');
    expect(mailFooter('nb', { mandatory: true }).join('\n')).toContain('uavhengig av hvilken e-post du har valgt');
    expect(mailFooter('nn', { mandatory: true }).join('\n')).toContain('Dette er ei obligatorisk melding');
    expect(mailFooter('nn', { mandatory: true }).join('\n')).not.toContain(url);
  });

  it('gives optional mail its category and link', () => {
    expect(mailFooter('nb', { mandatory: false, scope: 'reminders', unsubscribeUrl: url }).join('\n')).toContain(`påminnelser om rapporter fra Kvalitetskommuneprogrammet. Meld deg av med ett klikk: ${url}`);
    expect(mailFooter('nn', { mandatory: false, scope: 'reminders', unsubscribeUrl: url }).join('\n')).toContain(`påminningar om rapportar frå Kvalitetskommuneprogrammet. Meld deg av med eitt klikk: ${url}`);
  });

  it('puts the RFC 8058 headers into the SES request and the composed .eml', async () => {
    const message = { template: 'report-reminder', to: [{ address: 'kari@verdal.kommune.no' }], subject: 'Påminnelse', text: 'Hei', language: 'nb' as const, headers: unsubscribeHeaders(url) };
    const request = sendEmailRequest(message, 'post@kvalitetskommune.no');
    expect(request.Content?.Simple?.Headers).toEqual([
      { Name: 'Content-Language', Value: 'nb' },
      { Name: 'List-Unsubscribe', Value: `<${url}>` },
      { Name: 'List-Unsubscribe-Post', Value: 'List-Unsubscribe=One-Click' },
    ]);
    const parsed = await simpleParser((await composeAsSes(JSON.parse(JSON.stringify(request))))!);
    expect(parsed.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    // Folding a long header line (RFC 5322) is allowed; unfolded it is the link in angle brackets.
    expect(parsed.headerLines.find((h) => h.key === 'list-unsubscribe')?.line.replace(/\r\n[ \t]+/g, ' ')).toBe(`List-Unsubscribe: <${url}>`);
  });

  it('shows a page that changes nothing and posts the one click', () => {
    const page = unsubscribePage('target-status', false);
    expect(page).toContain('<form method="post">');
    expect(page).toContain('endringer i målstatus');
    expect(page).toContain('endringar i målstatus');
    expect(unsubscribePage('target-status', true)).toContain('Du har allerede meldt deg av');
  });
});

describe('the daily digest', () => {
  const held = (n: number, language: 'nb' | 'nn', at: string): Notification => ({
    id: `n${n}`, template: 'report-reminder', language, recipient: { address: 'Kari@verdal.kommune.no' }, subject: `Emne ${n}`, text: `Tekst ${n}`,
    status: 'digest-held', attempts: 0, cause: { eventId: `e${n}`, eventType: 'ReportDue' }, createdAt: at, updatedAt: at,
  });

  it('quotes every held message, oldest first, in the language of most', () => {
    const letter = digestLetter('2026-12-02', [held(2, 'nn', '2026-12-01T10:00:00Z'), held(1, 'nn', '2026-12-01T09:00:00Z'), held(3, 'nb', '2026-12-01T11:00:00Z')]);
    expect(letter.language).toBe('nn');
    expect(letter.subject).toBe('Dagleg samandrag 2. desember 2026: 3 meldingar');
    expect(letter.text.indexOf('Emne 1')).toBeLessThan(letter.text.indexOf('Emne 2'));
    expect(letter.text).toContain('Tekst 3');
  });

  it('is one notification per address and day, whatever the case of the address', () => {
    const now = new Date('2026-12-02T05:30:00Z');
    const a = digestNotification({ address: 'Kari@verdal.kommune.no' }, '2026-12-02', [held(1, 'nb', now.toISOString())], now).state;
    const b = digestNotification({ address: 'kari@verdal.kommune.no' }, '2026-12-02', [held(2, 'nb', now.toISOString())], new Date()).state;
    const c = digestNotification({ address: 'kari@verdal.kommune.no' }, '2026-12-03', [held(1, 'nb', now.toISOString())], now).state;
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(c.id);
    expect(a).toMatchObject({ template: 'daily-digest', status: 'queued', cause: { eventType: 'Schedule:daily-mail-digest' } });
    const { events } = digestNotification({ address: 'kari@verdal.kommune.no' }, '2026-12-02', [held(1, 'nb', now.toISOString())], now);
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toEqual({ notificationId: a.id, template: 'daily-digest' });
  });
});

describe('recipients by role', () => {
  const fallback = [{ name: 'Kari', address: 'kari@verdal.kommune.no' }];

  it('are the people with the catalogue’s roles, one per address', async () => {
    let asked: readonly string[] = [];
    const lookup = async (roles: readonly string[]) => {
      asked = roles;
      return [{ name: 'Per', email: 'per@verdal.kommune.no' }, { name: 'Per again', email: 'PER@verdal.kommune.no' }, { name: 'Rådmann', email: 'radmann@verdal.kommune.no' }];
    };
    expect(await recipientsByRole('report-escalation', lookup, fallback)).toEqual([{ name: 'Per', address: 'per@verdal.kommune.no' }, { name: 'Rådmann', address: 'radmann@verdal.kommune.no' }]);
    expect(asked).toEqual(['project-leader', 'management']);
  });

  it('fall back to today’s address when the municipality has nobody with those roles yet', async () => {
    expect(await recipientsByRole('report-reminder', async () => [], fallback)).toEqual(fallback);
  });
});
