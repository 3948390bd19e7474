/**
 * The municipalities of the programme period (2007-2009), read from the shipped SSB data:
 * the union of the 2006 and 2008 classification versions, one entry per number with the
 * widest validity seen. Written standard is unknown in public data, so it starts neutral.
 * Organisation numbers are known only where the organisation provably lived on unchanged
 * (see `organisationNumbers`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Municipality } from '#shared/municipalities/model.ts';

const REFERENCE_DIR = join(import.meta.dirname, '..', '..', 'data', 'reference');
const VERSIONS = ['kommuner_2006-2007.csv', 'kommuner_2008-2010.csv'];

export function programmePeriodMunicipalities(referenceDir = REFERENCE_DIR): Municipality[] {
  const byNumber = new Map<string, Municipality>();
  const organisationNumber = organisationNumbers(referenceDir);
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
        ...(organisationNumber.has(number) ? { organisationNumber: organisationNumber.get(number)! } : {}),
        writtenStandard: 'neutral',
      });
    }
  }
  return [...byNumber.values()].sort((a, b) => a.number.localeCompare(b.number));
}

const maxDate = (a: string, b: string) => (a > b ? a : b);

/**
 * Organisation numbers for 2008 municipality numbers, where public data shows the organisation
 * lived on unchanged to 2020-2023: the 2008 number leads to a 2024 municipality that no other
 * 2008 municipality merged into and that did not split; that municipality is found in the
 * 2020-2023 register by number, or else by a name no other municipality has. Renumbering alone
 * keeps the organisation number; mergers and splits make new organisations, which stay unknown.
 */
export function organisationNumbers(referenceDir = REFERENCE_DIR): Map<string, string> {
  const translation = parseCsv(readFileSync(join(referenceDir, 'kommuner_2008_til_2024_kodeoversettelse.csv'), 'utf8'));
  const register = parseCsv(readFileSync(join(referenceDir, 'kommuner_2020-2023_geonorge_med_orgnr.csv'), 'utf8'));
  const byNumber = new Map(register.map((r) => [r.kommunenummer!, r.organisasjonsnummer!]));
  const nameCounts = new Map<string, number>();
  for (const r of register) nameCounts.set(r.kommunenavn!, (nameCounts.get(r.kommunenavn!) ?? 0) + 1);
  const byUniqueName = new Map(register.filter((r) => nameCounts.get(r.kommunenavn!) === 1).map((r) => [r.kommunenavn!, r.organisasjonsnummer!]));
  const predecessors = new Map<string, number>();
  for (const t of translation) predecessors.set(t.knr_2024!, (predecessors.get(t.knr_2024!) ?? 0) + 1);

  const found = new Map<string, string>();
  for (const t of translation) {
    if (t.flere_etterfolgere !== '0' || predecessors.get(t.knr_2024!) !== 1) continue;
    const name2024 = t.navn_2024!.replace(/\s*\(.*\)$/, '');
    const organisationNumber = byNumber.get(t.knr_2024!) ?? byUniqueName.get(name2024);
    if (organisationNumber) found.set(t.knr_2008!, organisationNumber);
  }
  return found;
}

/** Minimal CSV for SSB's files: comma separated, a header row, no quoted commas. */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = (header ?? '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
  });
}
