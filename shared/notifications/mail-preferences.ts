/**
 * The rules of mail preferences, pure: what happens to one queued notification given its
 * message type (message-types.ts) and the recipient's choices; the lines and headers that say
 * so; the daily digest's letter.
 *
 * Preferences are kept per address (lower case), not per person record: mail is sent to an
 * address, the people capability allows one person per address, and the addresses that have no
 * person yet (a project leader typed into an application, the fallback before a municipality
 * has people) can unsubscribe too. A person's GET/PUT /people/me/mail-preferences reads and
 * writes the preferences of the person's own address.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Language } from '../platform/written-standard.ts';
import { longDate } from '../platform/mail/email-message.ts';
import { DIGEST_TEMPLATE, MAIL_CATEGORIES, messageTypeOf, type MailCategory, type MailDelivery } from './message-types.ts';

/** One address's choices: a delivery per category; a category not named is `immediate`. */
export type MailPreferences = Partial<Record<MailCategory, MailDelivery>>;

/**
 * Optional mail one address gets at once per Norwegian day, whatever its preferences say; the
 * ones beyond are held for the next digest (nothing is lost). Mandatory mail is never capped.
 * Small on purpose: a municipality's burst of changes reaches a person as a few mails and a digest.
 */
export const OPTIONAL_MAIL_PER_RECIPIENT_PER_DAY = 5;

/** How many held notifications one digest carries; the rest wait for the next day's. Under DynamoDB's 100 items per transaction. */
export const DIGEST_LIMIT = 40;

/** What delivery does with a notification: send it (mandatory: no unsubscribe, a line saying so), hold it for the digest, or not send it. */
export type DeliveryRule = 'mandatory' | 'immediate' | 'digest' | 'off';

/**
 * The rule for a notification of `template` to an address with these preferences. A template
 * the catalogue does not know is treated as mandatory (sent, never silently dropped); the
 * catalogue test keeps the code from queuing one.
 */
export function deliveryRule(template: string, preferences: MailPreferences): DeliveryRule {
  const type = messageTypeOf(template);
  if (!type || type.mandatory) return 'mandatory';
  // The digest is what the person chose: sent at once (its own unsubscribe turns every category off).
  if (template === DIGEST_TEMPLATE || !type.category) return 'immediate';
  return preferences[type.category] ?? 'immediate';
}

/** Whether a notification of this template is optional (carries List-Unsubscribe, counts against the cap). */
export const isOptional = (template: string) => deliveryRule(template, {}) !== 'mandatory';

/** The category an unsubscribe link turns off: the message's own, or every one (the digest). */
export type UnsubscribeScope = MailCategory | 'all';

export function unsubscribeScopeOf(template: string): UnsubscribeScope | undefined {
  const type = messageTypeOf(template);
  if (!type || type.mandatory) return undefined;
  return type.category ?? 'all';
}

/** The preferences after a one-click unsubscribe. */
export function unsubscribed(preferences: MailPreferences, scope: UnsubscribeScope): MailPreferences {
  if (scope === 'all') return Object.fromEntries(MAIL_CATEGORIES.map((c) => [c, 'off'])) as MailPreferences;
  return { ...preferences, [scope]: 'off' };
}

/** Every category with its delivery (the default filled in), as the API shows them. */
export function completePreferences(preferences: MailPreferences): Record<MailCategory, MailDelivery> {
  return Object.fromEntries(MAIL_CATEGORIES.map((c) => [c, preferences[c] ?? 'immediate'])) as Record<MailCategory, MailDelivery>;
}

/** A new one-click unsubscribe token (unguessable: 192 random bits) and its hash, the only form stored. */
export function newUnsubscribeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, tokenHash: unsubscribeTokenHash(token) };
}

export const unsubscribeTokenHash = (token: string) => createHash('sha256').update(`unsubscribe|${token}`).digest('hex');

/** The path of the one-click link (the API's public route). */
export const unsubscribePath = (token: string) => `/mail-preferences/unsubscribe/${token}`;

/** RFC 8058: the link in angle brackets, and the one-click marker a mail client POSTs. Only on optional mail. */
export function unsubscribeHeaders(url: string): { name: string; value: string }[] {
  return [
    { name: 'List-Unsubscribe', value: `<${url}>` },
    { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
  ];
}

const CATEGORY_NAMES: Record<Language, Record<MailCategory | 'all', string>> = {
  nb: { reminders: 'påminnelser om rapporter', 'target-status': 'endringer i målstatus', gatherings: 'samlinger', networks: 'nettverk', reports: 'leverte rapporter', figures: 'mottatte sykefraværstall', all: 'all valgfri e-post' },
  nn: { reminders: 'påminningar om rapportar', 'target-status': 'endringar i målstatus', gatherings: 'samlingar', networks: 'nettverk', reports: 'leverte rapportar', figures: 'mottekne sjukefråværstal', all: 'all valfri e-post' },
};

export const categoryName = (scope: UnsubscribeScope, language: Language) => CATEGORY_NAMES[language][scope];

/**
 * The last lines of a sent mail: mandatory mail says it is sent regardless of preferences;
 * optional mail names its category and the one-click link.
 */
export function mailFooter(language: Language, footer: { mandatory: true } | { mandatory: false; scope: UnsubscribeScope; unsubscribeUrl: string }): string[] {
  if (footer.mandatory) {
    return language === 'nn'
      ? ['', '--', 'Dette er ei obligatorisk melding frå Kvalitetskommuneprogrammet. Ho blir alltid send, uavhengig av kva e-post du har valt å få.']
      : ['', '--', 'Dette er en obligatorisk melding fra Kvalitetskommuneprogrammet. Den sendes alltid, uavhengig av hvilken e-post du har valgt å få.'];
  }
  const what = categoryName(footer.scope, language);
  return language === 'nn'
    ? ['', '--', `Du får denne e-posten fordi du får ${what} frå Kvalitetskommuneprogrammet. Meld deg av med eitt klikk: ${footer.unsubscribeUrl}`, 'Du kan òg velje dagleg samandrag: PUT /people/me/mail-preferences.']
    : ['', '--', `Du får denne e-posten fordi du får ${what} fra Kvalitetskommuneprogrammet. Meld deg av med ett klikk: ${footer.unsubscribeUrl}`, 'Du kan også velge daglig sammendrag: PUT /people/me/mail-preferences.'];
}

/** One held notification, as the digest quotes it. */
export interface HeldMessage {
  readonly subject: string;
  readonly text: string;
  readonly language: Language;
  readonly createdAt: string;
}

/** The digest's letter: the day's held messages in full, oldest first, in the language of most of them. */
export function digestLetter(day: string, held: readonly HeldMessage[]): { subject: string; text: string; language: Language } {
  const language: Language = held.filter((m) => m.language === 'nn').length > held.length / 2 ? 'nn' : 'nb';
  const sorted = [...held].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const subject = language === 'nn' ? `Dagleg samandrag ${longDate(day)}: ${held.length} meldingar` : `Daglig sammendrag ${longDate(day)}: ${held.length} meldinger`;
  const intro = language === 'nn' ? `Her er meldingane frå Kvalitetskommuneprogrammet du har valt å få samla (${held.length}):` : `Her er meldingene fra Kvalitetskommuneprogrammet du har valgt å få samlet (${held.length}):`;
  const body = sorted.flatMap((m, i) => ['', `${i + 1}. ${m.subject}`, '', m.text]);
  return { subject, text: [intro, ...body].join('\n'), language };
}

/**
 * The page an unsubscribe link shows in a browser, in bokmål and nynorsk: what the button turns
 * off, and that mandatory mail still comes. Opening it changes nothing; the form posts to the
 * same URL (the one-click route). Only fixed texts go into it, nothing from the request.
 */
export function unsubscribePage(scope: UnsubscribeScope, alreadyUsed: boolean): string {
  const nb = categoryName(scope, 'nb');
  const nn = categoryName(scope, 'nn');
  return [
    '<!doctype html>',
    '<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Meld av e-post – Kvalitetskommuneprogrammet</title></head><body>',
    '<h1>Kvalitetskommuneprogrammet</h1>',
    alreadyUsed ? `<p>Du har allerede meldt deg av ${nb}.</p>` : `<p>Vil du slutte å få ${nb} på e-post?</p>`,
    `<p lang="nn">${alreadyUsed ? `Du har alt meldt deg av ${nn}.` : `Vil du slutte å få ${nn} på e-post?`}</p>`,
    '<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Meld av / Meld av</button></form>',
    '<p>Obligatoriske meldinger (vedtak, eskaleringer, invitasjoner) sendes uansett.</p>',
    '<p lang="nn">Obligatoriske meldingar (vedtak, eskaleringar, invitasjonar) blir sende uansett.</p>',
    '</body></html>',
  ].join('\n');
}
