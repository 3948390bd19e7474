import { asyncUploadsRepository, uploadView } from '#shared/absence/index.ts';
import { mayActFor } from '#shared/platform/auth/principal.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { getAbsenceUpload } from '#shared/absence/routes.ts';

/** GET /absence-uploads/{id}: the status of an asynchronous upload; a municipality sees only its own (a bulk upload is the secretariat's). */
export const handler = httpHandler(getAbsenceUpload, async ({ params, principal }) => {
  const upload = await asyncUploadsRepository().get(params.id);
  const visible = upload && principal && (upload.scope === 'bulk' ? principal.kind === 'staff' && principal.role === 'secretariat' : mayActFor(principal, upload.municipalityNumber!));
  if (!visible) throw problems.notFound(`No upload ${params.id}`);
  return json(200, uploadView(upload), upload.status === 'received' || upload.status === 'validating' ? { 'retry-after': '2' } : {});
});
