/**
 * The municipalities of the programme period (2007-2009), read from the shipped SSB data:
 * the union of the 2006 and 2008 classification versions, one entry per number with the
 * widest validity seen. Written standard is unknown in public data, so it starts neutral.
 * Organisation numbers are known only where the organisation provably lived on unchanged
 * (see `organisationNumbers`); the secretariat sets the rest (PATCH /municipalities/{number}).
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
 * lived on unchanged to 2020-2023 (the earliest register of organisation numbers we have):
 * following SSB's change list (KLASS 131) from 2008-01-01 to 2023-12-31, the municipality was
 * only renumbered or renamed, never split, and no other municipality (or part of one) joined it;
 * its 2020-2023 number then names it in the register, whose organisation number it kept
 * (Brønnøysundregistrene keep an organisation's number through a new municipality number or
 * name; a merger makes a new organisation). Anything less certain is left to the secretariat.
 */
export function organisationNumbers(referenceDir = REFERENCE_DIR): Map<string, string> {
  const register = parseCsv(readFileSync(join(referenceDir, 'kommuner_2020-2023_geonorge_med_orgnr.csv'), 'utf8'));
  const byNumber = new Map(register.map((r) => [r.kommunenummer!, r.organisasjonsnummer!]));
  const numbers2008 = parseCsv(readFileSync(join(referenceDir, 'kommuner_2008-2010.csv'), 'utf8')).map((r) => r.kommunenummer!);
  const changes = (JSON.parse(readFileSync(join(referenceDir, CHANGE_LIST), 'utf8')) as { codeChanges: CodeChange[] }).codeChanges.filter(
    (c) => c.changeOccurred > '2008-01-01' && c.changeOccurred <= '2023-12-31',
  );
  const found = new Map<string, string>();
  for (const number of numbers2008) {
    const number2020 = unchangedSuccessor(number, changes);
    const organisationNumber = number2020 === undefined ? undefined : byNumber.get(number2020);
    if (organisationNumber) found.set(number, organisationNumber);
  }
  return found;
}

/** SSB's change list of classification 131 (every change of a municipality's number, name or area). */
const CHANGE_LIST = 'ssb_klass131_changes_1971-2025.json';

interface CodeChange {
  readonly oldCode: string;
  readonly newCode: string;
  readonly changeOccurred: string;
}

/** The number the municipality had after the last change, when every change only renumbered or renamed it; undefined after a split or a merger. */
export function unchangedSuccessor(number: string, changes: readonly CodeChange[]): string | undefined {
  let current = number;
  for (const date of [...new Set(changes.map((c) => c.changeOccurred))].sort()) {
    const onDate = changes.filter((c) => c.changeOccurred === date);
    const successors = new Set(onDate.filter((c) => c.oldCode === current).map((c) => c.newCode));
    if (successors.size === 0) continue;
    if (successors.size > 1) return undefined;
    const [successor] = successors as Set<string>;
    if (onDate.some((c) => c.newCode === successor && c.oldCode !== current)) return undefined;
    current = successor!;
  }
  return current;
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
