/**
 * A request body with more rows than ASYNC_UPLOAD_ROWS is not accepted within the request (it
 * might not finish before the gateway gives up): it is stored as the upload's object, the same
 * processing as a presigned PUT's follows, and the caller gets 202 with the Location to poll.
 * Out of index.ts: it carries the S3 client, which GET functions must not.
 */
import { putUploadObject } from './upload-objects.ts';
import type { Principal } from '../platform/auth/principal.ts';
import { config } from '../platform/config.ts';
import type { UploadContentType } from './contract.ts';
import type { HttpEvent, HttpResult } from '../platform/http/types.ts';
import { uploadView } from './commands.ts';
import type { UploadScope } from './model.ts';
import { asyncUploadsRepository } from './repository.ts';
import { accepted, startAsyncUpload } from './uploads.ts';

export async function acceptLater(input: { readonly scope: UploadScope; readonly event: HttpEvent; readonly principal: Principal; readonly correlationId: string }): Promise<HttpResult> {
  const declared = (input.event.headers?.['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const contentType: UploadContentType = declared === 'text/csv' ? 'text/csv' : 'application/json';
  const upload = await startAsyncUpload(asyncUploadsRepository(), { scope: input.scope, contentType, source: 'request', principal: input.principal, correlationId: input.correlationId });
  const body = input.event.isBase64Encoded ? Buffer.from(input.event.body ?? '', 'base64') : (input.event.body ?? '');
  await putUploadObject(config.uploadBucket(), upload.uploadId, body, contentType);
  return accepted(uploadView(upload), upload.uploadId);
}
