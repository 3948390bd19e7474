import { config } from '#shared/platform/config.ts';
import { uploadBulkAbsenceFigures } from '#shared/absence/routes.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { absenceRepository, acceptUpload, everyMunicipalityKnown } from '#shared/absence/index.ts';
import { acceptLater } from '#shared/absence/accept-later.ts';
import { ABSENCE_CSV } from '#shared/absence/csv-columns.ts';

/**
 * POST /absence-figures (JSON or CSV): the secretariat's file for many municipalities,
 * participants or not; all rows or none. More rows than ASYNC_UPLOAD_ROWS: 202, accepted
 * asynchronously (accept-later.ts).
 */
export const handler = idempotentHttpHandler(
  uploadBulkAbsenceFigures,
  async ({ body, principal, correlationId, event, remainingTimeMs }) => {
    if (body.rows.length > config.asyncUploadRows()) return acceptLater({ scope: { scope: 'bulk' }, event, principal: principal!, correlationId });
    const receipt = await acceptUpload(absenceRepository(), body.rows, { uploadedBy: principal!.subject, correlationId, remainingTimeMs, precondition: () => everyMunicipalityKnown(body.rows) });
    return json(receipt.duplicate ? 200 : 201, receipt);
  },
  { csv: ABSENCE_CSV.body, maxBodyBytes: ABSENCE_CSV.maxBodyBytes },
);
