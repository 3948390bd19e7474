import * as z from 'zod';
import { schema } from './schema.ts';
import { WRITTEN_STANDARDS } from '../written-standard.ts';

export const MunicipalityNumber = /* @__PURE__ */ schema(() =>
  z
    .string()
    .regex(/^\d{4}$/, 'A municipality number has 4 digits')
    .meta({ id: 'MunicipalityNumber', description: 'Municipality number (kommunenummer); the first two digits are the county', example: '1721' }),
);

export const IsoDate = /* @__PURE__ */ schema(() => z.iso.date().meta({ example: '2007-03-15' }));
export const IsoDateTime = /* @__PURE__ */ schema(() => z.iso.datetime({ offset: true }).meta({ example: '2007-03-15T09:30:00.000Z' }));

export const WrittenStandard = /* @__PURE__ */ schema(() =>
  z
    .enum(WRITTEN_STANDARDS)
    .meta({ id: 'WrittenStandard', description: 'Official written standard (målform); neutral gets bokmål' }),
);

/**
 * Control characters: C0 (U+0000–U+001F, with CR, LF and TAB), DEL, C1 (U+0080–U+009F) and the
 * Unicode line and paragraph separators. A name or title that carries a line break can start a
 * paragraph of its own in a letter ("Din søknad er AVVIST. Logg inn på …"), so text that can
 * reach an email refuses them; checked before trimming, so a trailing one is refused as well.
 */
export const ONE_LINE = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/;
/** The same, except LF: a multi-line text keeps its line breaks (CRLF is read as LF first). */
const LINES = /^[^\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]*$/;

export const ONE_LINE_MESSAGE = 'Must be a single line: no line breaks, tabs or other control characters';
export const LINES_MESSAGE = 'Must not contain control characters other than line breaks (LF)';

/**
 * A name, title, subject, place or other one-line text: no control characters at all, trimmed,
 * `min`–`max` characters. Every one-line text that can reach an email is one of these.
 */
export const SingleLineText = (max: number, min = 1) => z.string().regex(ONE_LINE, ONE_LINE_MESSAGE).trim().min(min).max(max);

/**
 * A multi-line free text (an approach, a reason, a comment): line breaks (LF; CRLF becomes LF)
 * but no other control character. Letters quote such a text indented line by line
 * (`quoted` in shared/platform/mail/email-message.ts), so a line of it never reads as the
 * secretariat's own.
 */
export const MultiLineText = (max: number, min = 1) =>
  z
    .string()
    .overwrite((s) => s.replace(/\r\n/g, '\n'))
    .regex(LINES, LINES_MESSAGE)
    .trim()
    .min(min)
    .max(max);

export const Contact = /* @__PURE__ */ schema(() =>
  z
    .object({
      name: SingleLineText(200),
      email: z.email().max(254),
      phone: SingleLineText(30, 5).optional(),
    })
    .meta({ id: 'Contact' }),
);
