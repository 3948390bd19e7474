import type { Language } from '../written-standard.ts';

export interface Recipient {
  readonly name?: string;
  readonly address: string;
}

/** An email ready to send: user-facing text in the recipient municipality's written standard. */
export interface EmailMessage {
  /** Which template wrote it (for the notification log). */
  readonly template: string;
  readonly to: readonly Recipient[];
  readonly subject: string;
  readonly text: string;
  readonly language: Language;
  readonly correlationId?: string;
  /** Headers beyond those every message has (List-Unsubscribe on optional mail). */
  readonly headers?: readonly { readonly name: string; readonly value: string }[];
}

/** The secretariat's sign-off, in the message's language. */
const SIGNATURE: Record<Language, string[]> = {
  nb: ['', 'Med vennlig hilsen', 'Sekretariatet for Kvalitetskommuneprogrammet'],
  nn: ['', 'Med venleg helsing', 'Sekretariatet for Kvalitetskommuneprogrammet'],
};

// The formatters are built on first use and then kept: building one loads the locale's ICU data
// (about 25 ms the first time), which must not land in the module initialisation of every
// function importing this file; and a fan-out to 430 municipalities formats dates in every letter.
let dateFormat: Intl.DateTimeFormat | undefined;
let decimalFormat: Intl.NumberFormat | undefined;

/** A day (`2025-03-01`) or an instant as Norwegians write it in a letter: "1. mars 2025", Norwegian time. */
export const longDate = (iso: string) =>
  (dateFormat ??= new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'long', year: 'numeric' })).format(
    new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso),
  );

/** A percentage as a Norwegian letter writes it, with a decimal comma: "8,2 %". */
export const percent = (value: number) => `${(decimalFormat ??= new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 })).format(value)} %`;

/** A quarter (`2009Q2`) as a letter writes it: "2. kvartal 2009" (the same in bokmål and nynorsk). */
export const quarterName = (quarter: string) => quarter.replace(/^(\d{4})Q([1-4])$/, '$2. kvartal $1');

/**
 * A multi-line free text (a reason, a comment, a description) as a letter quotes it: every line
 * indented with "> ", so no line of it can pass for the secretariat's own paragraph.
 */
export const quoted = (text: string): string[] => text.split('\n').map((line) => `> ${line}`.trimEnd());

/** A letter from the secretariat to one recipient: the lines, then the sign-off. */
export function letter(template: string, to: Recipient, language: Language, subject: string, lines: string[], correlationId?: string): EmailMessage {
  return { template, to: [to], subject, text: [...lines, ...SIGNATURE[language]].join('\n'), language, ...(correlationId ? { correlationId } : {}) };
}
