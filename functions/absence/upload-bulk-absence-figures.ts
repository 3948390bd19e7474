import { listMunicipalities } from '#shared/adapters/dynamodb/municipalities-repository.ts';
import { config } from '#shared/config.ts';
import { BulkAbsenceUploadRequest } from '#shared/contracts/absence.ts';
import { MAX_LISTED_ERRORS } from '#shared/contracts/field-errors.ts';
import { rowsOutsideRegister } from '#shared/domain/absence-upload.ts';
import { json } from '#shared/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/http/idempotent-http-handler.ts';
import { problems } from '#shared/http/problems.ts';
import { acceptUpload } from '#shared/services/absence-uploads.ts';
import { ABSENCE_CSV } from './csv-columns.ts';

/** POST /absence-figures (JSON or CSV): the secretariat's file for many municipalities, participants or not; all rows or none. */
export const handler = idempotentHttpHandler(
  'uploadBulkAbsenceFigures',
  { body: BulkAbsenceUploadRequest, csv: ABSENCE_CSV.body, maxBodyBytes: ABSENCE_CSV.maxBodyBytes },
  async ({ body, principal, correlationId }) => {
    const tableName = config.tableName();
    const everyMunicipalityKnown = async () => {
      const register = new Map((await listMunicipalities(tableName)).map((m) => [m.number, m]));
      const outside = rowsOutsideRegister(body.rows, register);
      if (outside.length > 0) throw problems.outsideRegister(outside.slice(0, MAX_LISTED_ERRORS), `${outside.length} row(s) name a municipality the register does not know for the row's period; nothing was stored`);
    };
    const receipt = await acceptUpload(tableName, body.rows, { uploadedBy: principal!.subject, correlationId, precondition: everyMunicipalityKnown });
    return json(receipt.duplicate ? 200 : 201, receipt);
  },
);
