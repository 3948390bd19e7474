import { listMunicipalities } from '#shared/adapters/dynamodb/municipalities-repository.ts';
import { config } from '#shared/config.ts';
import { BulkAbsenceUploadRequest } from '#shared/contracts/absence.ts';
import { refuse } from '#shared/domain/refusal.ts';
import { json } from '#shared/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/http/idempotent-http-handler.ts';
import { acceptUpload } from '#shared/services/absence-uploads.ts';
import { ABSENCE_CSV } from './csv-columns.ts';

/** POST /absence-figures (JSON or CSV): the secretariat's file for many municipalities, participants or not; all rows or none. */
export const handler = idempotentHttpHandler(
  'uploadBulkAbsenceFigures',
  { body: BulkAbsenceUploadRequest, csv: ABSENCE_CSV.body, maxBodyBytes: ABSENCE_CSV.maxBodyBytes },
  async ({ body, principal, correlationId, remainingTimeMs }) => {
    const tableName = config.tableName();
    const everyMunicipalityKnown = async () => {
      const known = new Set((await listMunicipalities(tableName)).map((m) => m.number));
      const unknown = body.rows.flatMap((row, i) => (known.has(row.municipalityNumber) ? [] : [{ pointer: `/rows/${i}/municipalityNumber`, detail: `No municipality ${row.municipalityNumber} in the register`, row: i + 1, column: 'municipalityNumber' }]));
      if (unknown.length > 0) throw refuse.invalid(`${unknown.length} row(s) name an unknown municipality; nothing was stored`, unknown.slice(0, 100));
    };
    const receipt = await acceptUpload(tableName, body.rows, { uploadedBy: principal!.subject, correlationId, remainingTimeMs, precondition: everyMunicipalityKnown });
    return json(receipt.duplicate ? 200 : 201, receipt);
  },
);
