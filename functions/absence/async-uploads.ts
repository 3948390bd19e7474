/**
 * Starting an asynchronous upload, for the routes that create one (a presigned PUT to come, or
 * a request body too large to accept at once): the upload resource in status `received`, and
 * the `202 Accepted` with its Location that the caller polls.
 */
import { randomUUID } from 'node:crypto';
import { createAsyncUpload, type StoredAsyncUpload } from '#shared/adapters/dynamodb/async-uploads-repository.ts';
import { putUploadObject } from '#shared/adapters/s3/upload-objects.ts';
import type { Principal } from '#shared/auth/principal.ts';
import { config } from '#shared/config.ts';
import type { AbsenceUpload, UploadContentType } from '#shared/contracts/absence-uploads.ts';
import { json } from '#shared/http/http-handler.ts';
import type { HttpEvent, HttpResult } from '#shared/http/types.ts';
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

/**
 * A request body with more rows than ASYNC_UPLOAD_ROWS is not accepted within the request (it
 * might not finish before the gateway gives up): it is stored as the upload's object, the same
 * processing as a presigned PUT's follows, and the caller gets 202 with the Location to poll.
 */
export async function acceptLater(
  tableName: string,
  input: { readonly scope: UploadScope; readonly event: HttpEvent; readonly principal: Principal; readonly correlationId: string },
): Promise<HttpResult> {
  const declared = (input.event.headers?.['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const contentType: UploadContentType = declared === 'text/csv' ? 'text/csv' : 'application/json';
  const upload = await startAsyncUpload(tableName, { scope: input.scope, contentType, source: 'request', principal: input.principal, correlationId: input.correlationId });
  const body = input.event.isBase64Encoded ? Buffer.from(input.event.body ?? '', 'base64') : (input.event.body ?? '');
  await putUploadObject(config.uploadBucket(), upload.uploadId, body, contentType);
  return accepted(uploadView(upload), upload.uploadId);
}
