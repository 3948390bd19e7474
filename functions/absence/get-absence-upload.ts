import { getAsyncUpload } from '#shared/absence/async-uploads-repository.ts';
import { mayActFor } from '#shared/platform/auth/principal.ts';
import { config } from '#shared/platform/config.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { uploadView } from '#shared/absence/async-uploads.ts';
import { getAbsenceUpload } from '#shared/absence/routes.ts';

/** GET /absence-uploads/{id}: the status of an asynchronous upload; a municipality sees only its own (a bulk upload is the secretariat's). */
export const handler = httpHandler(getAbsenceUpload, async ({ params, principal }) => {
  const upload = await getAsyncUpload(config.tableName(), params.id);
  const visible = upload && principal && (upload.scope === 'bulk' ? principal.role === 'secretariat' : mayActFor(principal, upload.municipalityNumber!));
  if (!visible) throw problems.notFound(`No upload ${params.id}`);
  return json(200, uploadView(upload), upload.status === 'received' || upload.status === 'validating' ? { 'retry-after': '2' } : {});
});
