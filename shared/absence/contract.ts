/**
 * Sick-leave figures as municipalities' systems upload them (JSON or CSV), and what the API
 * answers about them. Figures are aggregates (a municipality, sector or unit), never per person.
 */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { ABSENCE_UPLOAD_STATUSES, isMonth, isPeriod, SECTORS } from './model.ts';
import { MAX_RECEIPT_WARNINGS, parseWarningId, PLAUSIBILITY_RULE_NAMES, WARNING_STATUSES } from './plausibility.ts';
import { NextCursor, PageQuery } from '../platform/contract/pagination.ts';
import { IsoDateTime, MultiLineText, MunicipalityNumber, SingleLineText } from '../platform/contract/common.ts';
import { Problem } from '../platform/contract/problem.ts';

const Days = /* @__PURE__ */ schema(() => z.number().finite().min(0).max(1e9));

export const AbsenceRow = /* @__PURE__ */ schema(() =>
  z
    .object({
      period: z.string().refine(isPeriod, 'A period is a quarter (2008Q1) or a month (2008-03)').meta({ example: '2008Q1' }),
      sector: z.enum(SECTORS).optional().meta({ description: 'care, kindergarten, school or other; leave out for the whole municipality' }),
      unit: SingleLineText(100).optional().meta({ description: 'A unit (a breakdown, not added to the total); not with sector' }),
      lostDays: Days.optional().meta({ description: 'Lost working days (tapte dagsverk); the sum of the two parts when both are given' }),
      agreedDays: Days.refine((d) => d > 0, 'Agreed working days must be more than 0').meta({ description: 'Agreed working days (avtalte dagsverk)' }),
      selfCertifiedLostDays: Days.optional().meta({ description: 'Of the lost days, self-certified (egenmeldt)' }),
      doctorCertifiedLostDays: Days.optional().meta({ description: 'Of the lost days, doctor-certified (legemeldt)' }),
      headcount: z
        .number()
        .int('A headcount is a whole number of persons')
        .min(1, 'A figure covers at least 1 person')
        .max(1e6)
        .optional()
        .meta({ description: 'How many persons the figure covers; required for a unit and for a month. A figure about fewer persons than the disclosure threshold (5) is shown only to the municipality’s own people (docs/disclosure-control.md)' }),
    })
    .superRefine((row, ctx) => {
      if (row.headcount === undefined && (row.unit !== undefined || isMonth(row.period))) {
        ctx.addIssue({ code: 'custom', path: ['headcount'], message: `Required for ${row.unit !== undefined ? 'a unit' : 'a month'}: how many persons the figure covers` });
      }
      // Each person has at least one agreed working day in the period: more persons than agreed days is a mistake.
      if (row.headcount !== undefined && row.headcount > row.agreedDays) {
        ctx.addIssue({ code: 'custom', path: ['headcount'], message: `${row.headcount} persons cannot share ${row.agreedDays} agreed working days (at least one each)` });
      }
      if (row.sector && row.unit) ctx.addIssue({ code: 'custom', path: ['unit'], message: 'Give a sector or a unit, not both' });
      const parts = row.selfCertifiedLostDays !== undefined && row.doctorCertifiedLostDays !== undefined;
      if (row.lostDays === undefined && !parts) {
        ctx.addIssue({ code: 'custom', path: ['lostDays'], message: 'Required (or give both selfCertifiedLostDays and doctorCertifiedLostDays)' });
      }
      const lost = row.lostDays ?? (parts ? row.selfCertifiedLostDays! + row.doctorCertifiedLostDays! : 0);
      if (parts && row.lostDays !== undefined && Math.abs(row.selfCertifiedLostDays! + row.doctorCertifiedLostDays! - row.lostDays) > 0.01) {
        ctx.addIssue({ code: 'custom', path: ['lostDays'], message: 'Must equal selfCertifiedLostDays + doctorCertifiedLostDays' });
      }
      if (lost > row.agreedDays) ctx.addIssue({ code: 'custom', path: ['lostDays'], message: 'Cannot exceed agreedDays' });
    })
    .meta({ id: 'AbsenceRow' }),
);

export const BulkAbsenceRow = /* @__PURE__ */ schema(() => AbsenceRow.safeExtend({ municipalityNumber: MunicipalityNumber }).meta({ id: 'BulkAbsenceRow' }));

/** At most this many rows per upload (a secretariat bulk file of all ~430 municipalities × 12 quarters × 5 scopes fits). */
export const MAX_UPLOAD_ROWS = 50_000;

export const AbsenceUploadRequest = /* @__PURE__ */ schema(() =>
  z
    .object({ rows: z.array(AbsenceRow).min(1).max(MAX_UPLOAD_ROWS) })
    .meta({ id: 'AbsenceUploadRequest', description: 'Or send text/csv with the columns period, sector, unit, lostDays, agreedDays, selfCertifiedLostDays, doctorCertifiedLostDays, headcount' }),
);

export const BulkAbsenceUploadRequest = /* @__PURE__ */ schema(() =>
  z
    .object({ rows: z.array(BulkAbsenceRow).min(1).max(MAX_UPLOAD_ROWS) })
    .meta({ id: 'BulkAbsenceUploadRequest', description: 'Or send text/csv with municipalityNumber and the columns of a municipality’s upload' }),
);

const warningFields = () => ({
  id: z.string().meta({ description: 'Stable: the upload, municipality, row and rule' }),
  uploadId: z.string(),
  rule: z.enum(PLAUSIBILITY_RULE_NAMES).meta({ description: 'Which plausibility rule (docs/figure-checks.md)' }),
  municipalityNumber: MunicipalityNumber,
  period: z.string(),
  scope: z.string(),
  row: z.number().int().meta({ description: 'The data row of the upload (1 = the first row after a CSV header)' }),
  column: z.string(),
  pointer: z.string().meta({ description: 'JSON pointer into the upload: /rows/<row - 1>/<column>' }),
  detail: z.string().meta({ description: 'What is unlikely, with the numbers (in the secretariat’s list, without them for a figure about fewer persons than the disclosure threshold)' }),
  headcount: z.number().int().optional().meta({ description: 'Persons the row’s figure covers, when given' }),
  status: z.enum(WARNING_STATUSES),
});

export const AbsenceWarning = /* @__PURE__ */ schema(() =>
  z.object(warningFields()).meta({ id: 'AbsenceWarning', description: 'A figure that is valid but unlikely: a warning, not a refusal (the upload counts)' }),
);

export const StoredAbsenceWarning = /* @__PURE__ */ schema(() =>
  z
    .object({
      ...warningFields(),
      receivedAt: IsoDateTime.meta({ description: 'When the upload was received' }),
      checkedAt: IsoDateTime.optional(),
      checkedBy: z.string().optional().meta({ description: 'Who marked it checked' }),
      note: z.string().optional(),
    })
    .meta({ id: 'StoredAbsenceWarning' }),
);

export const UploadReceipt = /* @__PURE__ */ schema(() =>
  z
    .object({
      uploadId: z.string(),
      receivedAt: IsoDateTime,
      rows: z.number().int(),
      municipalities: z.number().int(),
      quarters: z.array(z.string()),
      duplicate: z.boolean().meta({ description: 'True when the same content was already received in the last 24 hours (nothing new written)' }),
      warnings: z.array(AbsenceWarning).meta({ description: `Plausibility warnings by row and column (the figures are stored all the same), at most ${MAX_RECEIPT_WARNINGS}; a repeat answers the first upload's` }),
      warningCount: z.number().int().meta({ description: 'How many warnings the upload has (more than listed when over the receipt’s limit)' }),
    })
    .meta({ id: 'UploadReceipt' }),
);

/** A list cursor is the index sort key of the page's last warning, base64url: the next page starts after it. */
export function encodeWarningCursor(sortKey: string): string {
  return Buffer.from(sortKey).toString('base64url');
}

/** The sort key a cursor names, or undefined for one the API did not give. */
export function decodeWarningCursor(cursor: string): string | undefined {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  return /^\d{4}#\d{4}-\d{2}-\d{2}T[\d:.]+Z#[0-9a-f]{12}#\d{6}#[a-z-]+$/.test(key) ? key : undefined;
}

export const ListAbsenceWarningsQuery = /* @__PURE__ */ schema(() =>
  z.object({
    status: z.enum(WARNING_STATUSES).default('open'),
    municipalityNumber: MunicipalityNumber.optional().meta({ description: 'One municipality’s warnings only' }),
    limit: PageQuery.limit,
    cursor: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,200}$/, 'Use the nextCursor of the previous page')
      .refine((cursor) => decodeWarningCursor(cursor) !== undefined, 'Use the nextCursor of the previous page')
      .optional()
      .meta({ description: 'nextCursor of the previous page' }),
  }),
);

export const AbsenceWarningList = /* @__PURE__ */ schema(() =>
  z.object({ warnings: z.array(StoredAbsenceWarning), nextCursor: NextCursor }).meta({ id: 'AbsenceWarningList', description: 'By municipality number, then upload (oldest first), then row' }),
);

export const AbsenceWarningParams = /* @__PURE__ */ schema(() =>
  z.object({ id: z.string().max(120).refine((id) => parseWarningId(id) !== undefined, 'A warning id') }),
);

export const CheckAbsenceWarningRequest = /* @__PURE__ */ schema(() =>
  // Strict: every field is optional, so a misspelt one must not pass as an empty check.
  z.strictObject({ note: MultiLineText(1_000).optional().meta({ description: 'What was found (asked the municipality, a reorganisation, ...)' }) }).meta({ id: 'CheckAbsenceWarningRequest' }),
);

export type AbsenceWarning = z.infer<typeof AbsenceWarning>;
export type StoredAbsenceWarning = z.infer<typeof StoredAbsenceWarning>;

const SUPPRESSED = 'True when the figure is about fewer persons than the disclosure threshold, or suppressed so that such a figure cannot be derived by subtraction; then only the identifying fields are given (docs/disclosure-control.md)';
const SUPPRESSED_FOR_OTHERS = 'Only to the municipality’s own people: how readers outside it see this figure (small: fewer persons than the threshold; complementary: hidden so a small one cannot be derived)';

export const AbsenceFigureView = /* @__PURE__ */ schema(() =>
  z
    .object({
      period: z.string(),
      scope: z.string().meta({ description: 'total, sector:<sector> or unit:<name>' }),
      suppressed: z.boolean().meta({ description: SUPPRESSED }),
      suppressedForOthers: z.enum(['small', 'complementary']).optional().meta({ description: SUPPRESSED_FOR_OTHERS }),
      lostDays: z.number().optional(),
      agreedDays: z.number().optional(),
      percentage: z.number().optional(),
      selfCertifiedLostDays: z.number().optional(),
      doctorCertifiedLostDays: z.number().optional(),
      headcount: z.number().int().optional().meta({ description: 'How many persons the figure covers, when given' }),
      uploadId: z.string().optional(),
      revisions: z.number().int().optional().meta({ description: 'How many uploads gave this figure; the latest counts' }),
      history: z
        .array(z.object({ uploadId: z.string(), lostDays: z.number(), agreedDays: z.number(), headcount: z.number().int().optional() }))
        .optional()
        .meta({ description: 'Earlier revisions, oldest first' }),
    })
    .meta({ id: 'AbsenceFigure' }),
);

export type AbsenceRow = z.infer<typeof AbsenceRow>;
export type BulkAbsenceRow = z.infer<typeof BulkAbsenceRow>;
export type UploadReceipt = z.infer<typeof UploadReceipt>;

/** Where upload objects live in the bucket: `absence-uploads/<uploadId>` (the `uploads:*` grants reach only these). */
export const UPLOAD_OBJECT_PREFIX = 'absence-uploads/';

/*
 * Asynchronous uploads of figures: files too large to accept within a request go to S3 through
 * a presigned PUT and are checked and accepted afterwards; the upload resource tells how it went.
 */

/** The largest file a presigned PUT is for: 50,000 rows of JSON with every column fit, with room. */
export const MAX_UPLOAD_OBJECT_BYTES = 32 * 1024 * 1024;
/** How long a presigned PUT URL is valid. */
export const UPLOAD_URL_SECONDS = 15 * 60;

export const UPLOAD_CONTENT_TYPES = ['text/csv', 'application/json'] as const;

export const CreateAbsenceUploadRequest = /* @__PURE__ */ schema(() =>
  z
    .object({
      contentType: z.enum(UPLOAD_CONTENT_TYPES).meta({ description: 'What the file will be: CSV with a header row, or JSON `{ rows }`, as the synchronous route takes' }),
    })
    .meta({ id: 'CreateAbsenceUploadRequest' }),
);

export const AbsenceUploadParams = /* @__PURE__ */ schema(() =>
  z.object({ id: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'An upload id') }),
);

export const AbsenceUpload = /* @__PURE__ */ schema(() =>
  z
    .object({
      uploadId: z.string(),
      status: z.enum(ABSENCE_UPLOAD_STATUSES).meta({ description: 'received → validating → committed | rejected' }),
      scope: z.enum(['municipality', 'bulk']),
      municipalityNumber: MunicipalityNumber.optional().meta({ description: 'A municipality’s own upload: whose' }),
      contentType: z.enum(UPLOAD_CONTENT_TYPES),
      source: z.enum(['presigned-put', 'request']).meta({ description: 'The file came through the presigned PUT, or was a request body too large to accept at once' }),
      createdAt: IsoDateTime,
      updatedAt: IsoDateTime,
      history: z.array(z.object({ status: z.enum(ABSENCE_UPLOAD_STATUSES), at: IsoDateTime })),
      receipt: UploadReceipt.optional().meta({ description: 'When committed: what the synchronous route would have answered' }),
      problem: Problem.optional().meta({ description: 'When rejected: the problem the synchronous route would have answered (errors by row and column); nothing was stored' }),
    })
    .meta({ id: 'AbsenceUpload' }),
);

export const AbsenceUploadTicket = /* @__PURE__ */ schema(() =>
  z
    .object({
      upload: AbsenceUpload,
      put: z.object({
        url: z.string().meta({ description: 'Presigned S3 URL: PUT the file here, with the content-type header below' }),
        method: z.literal('PUT'),
        headers: z.record(z.string(), z.string()),
        expiresAt: IsoDateTime,
        maxBytes: z.number().int().meta({ description: 'Larger files are rejected' }),
      }),
    })
    .meta({ id: 'AbsenceUploadTicket' }),
);

export type AbsenceUpload = z.infer<typeof AbsenceUpload>;
export type AbsenceUploadTicket = z.infer<typeof AbsenceUploadTicket>;
export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number];
