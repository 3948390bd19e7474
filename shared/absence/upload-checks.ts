/**
 * What must hold before an upload is accepted, whichever way it came (request body or S3
 * object): the municipality exists (a municipality's own upload) and every row names a
 * municipality of the register that existed in the row's period (a bulk file too).
 */
import { municipalitiesRepository } from '../municipalities/index.ts';
import { MAX_LISTED_ERRORS } from '../platform/contract/field-errors.ts';
import { rowsOutsideRegister, type UploadRow } from './commands.ts';
import { problems } from '../platform/http/problems.ts';

/** The municipality exists (404 otherwise) and, given the rows, existed in each row's period (422 naming the rows). */
export async function municipalityExists(municipalityNumber: string, rows?: readonly Pick<UploadRow, 'municipalityNumber' | 'period'>[]): Promise<void> {
  const municipality = await municipalitiesRepository().get(municipalityNumber);
  if (!municipality) throw problems.notFound(`No municipality ${municipalityNumber}`);
  if (!rows) return;
  const outside = rowsOutsideRegister(rows, new Map([[municipality.number, municipality]]));
  if (outside.length > 0) throw problems.outsideRegister(outside.slice(0, MAX_LISTED_ERRORS), `${outside.length} row(s) fall outside the days ${municipality.number} ${municipality.name} existed; nothing was stored`);
}

/** Every row names a municipality the register knows for the row's period (422 naming the rows). */
export async function everyMunicipalityKnown(rows: readonly Pick<UploadRow, 'municipalityNumber' | 'period'>[]): Promise<void> {
  const register = new Map((await municipalitiesRepository().list()).map((m) => [m.number, m]));
  const outside = rowsOutsideRegister(rows, register);
  if (outside.length > 0) throw problems.outsideRegister(outside.slice(0, MAX_LISTED_ERRORS), `${outside.length} row(s) name a municipality the register does not know for the row's period; nothing was stored`);
}

