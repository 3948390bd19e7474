import { presignUploadPut } from '#shared/absence/upload-urls.ts';
import { config } from '#shared/platform/config.ts';
import { accepted, asyncUploadsRepository, startAsyncUpload, uploadView } from '#shared/absence/index.ts';
import { MAX_UPLOAD_OBJECT_BYTES, UPLOAD_URL_SECONDS } from '#shared/absence/contract.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { createBulkAbsenceUpload } from '#shared/absence/routes.ts';

/** POST /absence-uploads: the secretariat's large bulk file goes to S3 (presigned PUT) and is accepted asynchronously. */
export const handler = idempotentHttpHandler(createBulkAbsenceUpload, async ({ body, principal, correlationId }) => {
  const now = new Date();
  const upload = await startAsyncUpload(asyncUploadsRepository(), { scope: { scope: 'bulk' }, contentType: body.contentType, source: 'presigned-put', principal: principal!, correlationId }, now);
  const put = await presignUploadPut(config.uploadBucket(), upload.uploadId, body.contentType, UPLOAD_URL_SECONDS);
  return accepted({ upload: uploadView(upload), put: { ...put, method: 'PUT', expiresAt: new Date(now.getTime() + UPLOAD_URL_SECONDS * 1000).toISOString(), maxBytes: MAX_UPLOAD_OBJECT_BYTES } }, upload.uploadId);
});
