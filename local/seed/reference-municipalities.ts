/**
 * The municipalities of the programme period (2007-2009), read from the shipped SSB data:
 * the union of the 2006 and 2008 classification versions, one entry per number with the
 * widest validity seen. Written standard is unknown in public data, so it starts neutral.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Municipality } from '#shared/domain/municipality.ts';

const REFERENCE_DIR = join(import.meta.dirname, '..', '..', 'data', 'reference');
const VERSIONS = ['kommuner_2006-2007.csv', 'kommuner_2008-2010.csv'];

export function programmePeriodMunicipalities(referenceDir = REFERENCE_DIR): Municipality[] {
  const byNumber = new Map<string, Municipality>();
  for (const file of VERSIONS) {
    for (const row of parseCsv(readFileSync(join(referenceDir, file), 'utf8'))) {
      const number = row.kommunenummer!;
      const seen = byNumber.get(number);
      const validFrom = row.gyldig_fra!;
      const validTo = row.gyldig_til || undefined;
      const mergedValidTo = !seen ? validTo : seen.validTo === undefined || validTo === undefined ? undefined : maxDate(seen.validTo, validTo);
      byNumber.set(number, {
        number,
        name: row.kommunenavn!,
        countyNumber: row.fylkesnummer!,
        countyName: row.fylkesnavn!,
        validFrom: seen && seen.validFrom < validFrom ? seen.validFrom : validFrom,
        ...(mergedValidTo ? { validTo: mergedValidTo } : {}),
        writtenStandard: 'neutral',
      });
    }
  }
  return [...byNumber.values()].sort((a, b) => a.number.localeCompare(b.number));
}

const maxDate = (a: string, b: string) => (a > b ? a : b);

/** Minimal CSV for SSB's files: comma separated, a header row, no quoted commas. */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = (header ?? '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
  });
}
