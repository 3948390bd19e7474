/**
 * Reading a file of figures as the synchronous routes read their body: CSV (header row) or JSON
 * `{ rows }`, checked whole against the same schema, every invalid cell named by row and column
 * in the same problem. The asynchronous path (processAbsenceUpload) reads the S3 object with it,
 * so a file gives the same answer whichever way it came.
 */
import { AbsenceUploadRequest, BulkAbsenceUploadRequest, type UploadContentType } from './contract.ts';
import { fieldErrors } from '../platform/contract/field-errors.ts';
import type { UploadRow } from './commands.ts';
import type { UploadScope } from './model.ts';
import { HttpProblem, problems } from '../platform/http/problems.ts';
import { ABSENCE_CSV } from './csv-columns.ts';

export function readUploadFile(bytes: Uint8Array, contentType: UploadContentType, scope: UploadScope): UploadRow[] {
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpProblem(400, contentType === 'text/csv' ? 'malformed-csv' : 'malformed-json', 'The file is not valid UTF-8 text', 'Save the file as UTF-8 and upload it again');
  }
  let json: unknown;
  if (contentType === 'text/csv') {
    json = ABSENCE_CSV.body.read(raw);
  } else {
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw problems.malformedJson((error as Error).message);
    }
  }
  if (scope.scope === 'bulk') return checked(BulkAbsenceUploadRequest.safeParse(json));
  const rows = checked(AbsenceUploadRequest.safeParse(json));
  return rows.map((row) => ({ ...row, municipalityNumber: scope.municipalityNumber }));
}

function checked<T>(parsed: { success: true; data: { rows: T[] } } | { success: false; error: import('zod').ZodError }): T[] {
  if (parsed.success) return parsed.data.rows;
  const errors = fieldErrors(parsed.error);
  const total = parsed.error.issues.length;
  throw problems.validationFailed(errors, total > errors.length ? `${total} fields are invalid; the first ${errors.length} are listed` : undefined);
}
