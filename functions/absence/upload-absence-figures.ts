import { recordedAs } from '#shared/platform/auth/principal.ts';
import { config } from '#shared/platform/config.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { uploadAbsenceFigures } from '#shared/absence/routes.ts';
import { absenceRepository, acceptUpload, municipalityExists } from '#shared/absence/index.ts';
import { acceptLater } from '#shared/absence/accept-later.ts';
import { ABSENCE_CSV } from '#shared/absence/csv-columns.ts';

/**
 * POST /municipalities/{number}/absence-figures (JSON or CSV): a municipality's own figures; all
 * rows or none. More rows than ASYNC_UPLOAD_ROWS: 202, accepted asynchronously (accept-later.ts).
 */
export const handler = idempotentHttpHandler(
  uploadAbsenceFigures,
  async ({ params, body, principal, correlationId, event, remainingTimeMs }) => {
    if (body.rows.length > config.asyncUploadRows()) {
      await municipalityExists(params.number);
      return acceptLater({ scope: { scope: 'municipality', municipalityNumber: params.number }, event, principal: principal!, correlationId });
    }
    const rows = body.rows.map((row) => ({ ...row, municipalityNumber: params.number }));
    const receipt = await acceptUpload(absenceRepository(), rows, {
      uploadedBy: recordedAs(principal!),
      correlationId,
      remainingTimeMs,
      precondition: () => municipalityExists(params.number, rows),
    });
    return json(receipt.duplicate ? 200 : 201, receipt);
  },
  { csv: ABSENCE_CSV.body, maxBodyBytes: ABSENCE_CSV.maxBodyBytes },
);
