/**
 * What must hold before an upload is accepted, whichever way it came (request body or S3
 * object): the municipality exists (a municipality's own upload), every row names a municipality
 * of the register (a bulk file).
 */
import { getMunicipality, listMunicipalities } from '#shared/adapters/dynamodb/municipalities-repository.ts';
import type { UploadRow } from '#shared/domain/absence-upload.ts';
import { refuse } from '#shared/domain/refusal.ts';
import { problems } from '#shared/http/problems.ts';

export async function municipalityExists(tableName: string, municipalityNumber: string): Promise<void> {
  if (!(await getMunicipality(tableName, municipalityNumber))) throw problems.notFound(`No municipality ${municipalityNumber}`);
}

export async function everyMunicipalityKnown(tableName: string, rows: readonly Pick<UploadRow, 'municipalityNumber'>[]): Promise<void> {
  const known = new Set((await listMunicipalities(tableName)).map((m) => m.number));
  const unknown = rows.flatMap((row, i) =>
    known.has(row.municipalityNumber) ? [] : [{ pointer: `/rows/${i}/municipalityNumber`, detail: `No municipality ${row.municipalityNumber} in the register`, row: i + 1, column: 'municipalityNumber' }],
  );
  if (unknown.length > 0) throw refuse.invalid(`${unknown.length} row(s) name an unknown municipality; nothing was stored`, unknown.slice(0, 100));
}
