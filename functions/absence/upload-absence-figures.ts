import { getMunicipality } from '#shared/adapters/dynamodb/municipalities-repository.ts';
import { config } from '#shared/config.ts';
import { AbsenceUploadRequest } from '#shared/contracts/absence.ts';
import { MunicipalityParams } from '#shared/contracts/municipalities.ts';
import { json } from '#shared/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/http/idempotent-http-handler.ts';
import { problems } from '#shared/http/problems.ts';
import { acceptUpload } from '#shared/services/absence-uploads.ts';
import { ABSENCE_CSV } from './csv-columns.ts';

/** POST /municipalities/{number}/absence-figures (JSON or CSV): a municipality's own figures; all rows or none. */
export const handler = idempotentHttpHandler(
  'uploadAbsenceFigures',
  { params: MunicipalityParams, body: AbsenceUploadRequest, csv: ABSENCE_CSV.body, maxBodyBytes: ABSENCE_CSV.maxBodyBytes },
  async ({ params, body, principal, correlationId, remainingTimeMs }) => {
    const tableName = config.tableName();
    const rows = body.rows.map((row) => ({ ...row, municipalityNumber: params.number }));
    const receipt = await acceptUpload(tableName, rows, {
      uploadedBy: principal!.subject,
      correlationId,
      remainingTimeMs,
      precondition: async () => {
        if (!(await getMunicipality(tableName, params.number))) throw problems.notFound(`No municipality ${params.number}`);
      },
    });
    return json(receipt.duplicate ? 200 : 201, receipt);
  },
);
