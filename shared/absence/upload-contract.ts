/**
 * Asynchronous uploads of figures: files too large to accept within a request go to S3 through
 * a presigned PUT and are checked and accepted afterwards; the upload resource tells how it went.
 */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { ABSENCE_UPLOAD_STATUSES } from './upload-status.ts';
import { IsoDateTime, MunicipalityNumber } from '../platform/contract/common.ts';
import { UploadReceipt } from './contract.ts';
import { Problem } from '../platform/contract/problem.ts';

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
