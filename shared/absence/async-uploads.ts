/**
 * Starting an asynchronous upload, for the routes that create one (a presigned PUT to come, or
 * a request body too large to accept at once): the upload resource in status `received`, and
 * the `202 Accepted` with its Location that the caller polls. No S3 here (accept-later.ts has
 * it): getAbsenceUpload shows uploads with uploadView and must not carry the S3 client.
 */
import { randomUUID } from 'node:crypto';
import { createAsyncUpload, type StoredAsyncUpload } from '#shared/absence/async-uploads-repository.ts';
import type { Principal } from '#shared/platform/auth/principal.ts';
import type { AbsenceUpload, UploadContentType } from '#shared/absence/upload-contract.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import type { HttpResult } from '#shared/platform/http/types.ts';
import type { UploadScope } from './upload-file.ts';

export const uploadLocation = (uploadId: string) => `/absence-uploads/${uploadId}`;

export async function startAsyncUpload(
  tableName: string,
  input: { readonly scope: UploadScope; readonly contentType: UploadContentType; readonly source: AbsenceUpload['source']; readonly principal: Principal; readonly correlationId: string },
  now = new Date(),
): Promise<StoredAsyncUpload> {
  const at = now.toISOString();
  const upload: StoredAsyncUpload = {
    uploadId: randomUUID(),
    status: 'received',
    scope: input.scope.scope,
    ...(input.scope.scope === 'municipality' ? { municipalityNumber: input.scope.municipalityNumber } : {}),
    contentType: input.contentType,
    source: input.source,
    createdAt: at,
    updatedAt: at,
    history: [{ status: 'received', at }],
    uploadedBy: input.principal.subject,
    correlationId: input.correlationId,
  };
  await createAsyncUpload(tableName, upload);
  return upload;
}

/** What the API shows of an upload: not who uploaded it, nor the bookkeeping of its email. */
export function uploadView(upload: StoredAsyncUpload): AbsenceUpload {
  const { uploadedBy: _uploadedBy, correlationId: _correlationId, outcomeEventId: _outcomeEventId, ...view } = upload;
  return view;
}

export function accepted(body: unknown, uploadId: string): HttpResult {
  return json(202, body, { location: uploadLocation(uploadId) });
}

