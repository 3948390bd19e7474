/** Exports: the wire schemas of GET /exports/{kind}, derived from the model. */
import * as z from 'zod';
import { schema, whenValid } from '../platform/contract/schema.ts';
import { IsoDateTime } from '../platform/contract/common.ts';
import { CSV_SEPARATORS, EXPORT_FORMATS, EXPORT_KINDS } from './model.ts';

/** Export files live under this prefix of the upload bucket, and expire (EXPORT_OBJECT_DAYS). */
export const EXPORT_OBJECT_PREFIX = 'exports/';
/** How long an export file is kept in the bucket. */
export const EXPORT_OBJECT_DAYS = 1;
/** How long the presigned download URL is valid. */
export const EXPORT_URL_SECONDS = 15 * 60;

export const ExportKind = /* @__PURE__ */ schema(() =>
  z.enum(EXPORT_KINDS).meta({
    id: 'ExportKind',
    description: 'applications = søknader; participants = deltakere; absence-figures = sykefraværstall; target-statuses = målstatus; reports = rapporter; gathering-attendance = samlinger med forventede deltakere',
  }),
);

export const ExportParams = /* @__PURE__ */ schema(() => z.object({ kind: ExportKind }));

const Quarter = /* @__PURE__ */ schema(() => z.string().regex(/^\d{4}Q[1-4]$/, 'A quarter like 2008Q1'));

export const ExportQuery = /* @__PURE__ */ schema(() =>
  z
    .object({
      format: z.enum(EXPORT_FORMATS).optional().meta({ description: 'csv or xlsx; without it the Accept header decides (text/csv or the spreadsheet type), else csv' }),
      separator: z.enum(CSV_SEPARATORS).default('semicolon').meta({ description: 'CSV only: semicolon (Norwegian Excel; decimal commas) or comma (decimal points)' }),
      headers: z.enum(['labels', 'keys']).default('labels').meta({ description: 'The header row: labels = Norwegian (bokmål), keys = the machine keys of docs/exports.md' }),
      from: Quarter.default('2005Q1').meta({ description: 'absence-figures: the first quarter (baseline years included by default)' }),
      to: Quarter.default('2009Q4').meta({ description: 'absence-figures: the last quarter' }),
    })
    .refine((q) => q.from <= q.to, { path: ['to'], message: 'to must not be before from', ...whenValid('from', 'to') }),
);

export const ExportLink = /* @__PURE__ */ schema(() =>
  z
    .object({
      kind: ExportKind,
      format: z.enum(EXPORT_FORMATS),
      fileName: z.string(),
      contentType: z.string(),
      rows: z.number().int().meta({ description: 'Data rows (the header row not counted)' }),
      bytes: z.number().int(),
      url: z.url().meta({ description: 'Presigned GET of the file (the same as Location); no token is sent with it' }),
      expiresAt: IsoDateTime.meta({ description: 'When the URL stops working; the file itself is deleted a day after it was made' }),
    })
    .meta({ id: 'ExportLink' }),
);

export type ExportQuery = z.infer<typeof ExportQuery>;
export type ExportLink = z.infer<typeof ExportLink>;
