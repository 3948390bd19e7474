import { presignUploadPut } from '#shared/absence/upload-urls.ts';
import { config } from '#shared/platform/config.ts';
import { accepted, asyncUploadsRepository, municipalityExists, startAsyncUpload, uploadView } from '#shared/absence/index.ts';
import { MAX_UPLOAD_OBJECT_BYTES, UPLOAD_URL_SECONDS } from '#shared/absence/contract.ts';
import { createAbsenceUpload } from '#shared/absence/routes.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';

/** POST /municipalities/{number}/absence-uploads: a municipality's large file goes to S3 (presigned PUT) and is accepted asynchronously. */
export const handler = idempotentHttpHandler(
  createAbsenceUpload,
  async ({ params, body, principal, correlationId }) => {
    await municipalityExists(params.number);
    const now = new Date();
    const upload = await startAsyncUpload(asyncUploadsRepository(), { scope: { scope: 'municipality', municipalityNumber: params.number }, contentType: body.contentType, source: 'presigned-put', principal: principal!, correlationId }, now);
    const put = await presignUploadPut(config.uploadBucket(), upload.uploadId, body.contentType, UPLOAD_URL_SECONDS);
    return accepted({ upload: uploadView(upload), put: { ...put, method: 'PUT', expiresAt: new Date(now.getTime() + UPLOAD_URL_SECONDS * 1000).toISOString(), maxBytes: MAX_UPLOAD_OBJECT_BYTES } }, upload.uploadId);
  },
);
