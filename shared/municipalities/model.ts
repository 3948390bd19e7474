/** The municipality register: the national register's municipalities, each number's valid period, its written standard. */
import { addDays } from '../platform/dates.ts';
import type { WrittenStandard } from '../platform/written-standard.ts';
import { refuse, type RefusalField } from '../platform/refusal.ts';

/** A municipality of the national register, with the period its number was valid. */
export interface Municipality {
  readonly number: string;
  readonly name: string;
  readonly countyNumber: string;
  readonly countyName: string;
  /** First day the number was valid (inclusive), yyyy-mm-dd. */
  readonly validFrom: string;
  /** First day the number was no longer valid (exclusive), or undefined while still valid. */
  readonly validTo?: string;
  readonly organisationNumber?: string;
  readonly writtenStandard: WrittenStandard;
  /** The municipality's post address, for invitations; set by the municipality or the secretariat. */
  readonly contactEmail?: string;
}

/** What a municipality (its own) or the secretariat may change of a profile. */
export interface MunicipalityChanges {
  readonly writtenStandard?: WrittenStandard | undefined;
  readonly contactEmail?: string | undefined;
  /** The secretariat's only: sets (or, with null, removes) the number a Maskinporten token's consumer names. */
  readonly organisationNumber?: string | null | undefined;
}

/**
 * Why the caller may not make these changes, or undefined when it may. The organisation number
 * decides which municipality a machine client acts for (shared/platform/auth/directory.ts), so
 * only the secretariat sets it: a municipality that could set its own could claim another's.
 */
export function refusalOfChanges(caller: 'secretariat' | 'advisor' | 'evaluator' | 'municipality', changes: MunicipalityChanges): string | undefined {
  if (changes.organisationNumber !== undefined && caller !== 'secretariat') {
    return 'Only the secretariat sets a municipality’s organisation number (it decides which municipality a Maskinporten client acts for)';
  }
  return undefined;
}

/**
 * Organisation numbers have 9 digits; the last is a modulus-11 check digit with weights
 * 3 2 7 6 5 4 3 2. A remainder giving 10 means the number cannot be issued.
 */
export function isValidOrganisationNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, weight, i) => acc + weight * Number(value[i]), 0);
  const remainder = sum % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check !== 10 && check === Number(value[8]);
}

/** True when the municipality number was valid on the date (validTo is exclusive). */
export function existsOn(municipality: Pick<Municipality, 'validFrom' | 'validTo'>, date: string): boolean {
  return municipality.validFrom <= date && (municipality.validTo === undefined || date < municipality.validTo);
}

/** What the register says of a number: its name and the days it was valid. */
export type RegisterEntry = Pick<Municipality, 'number' | 'name' | 'validFrom' | 'validTo'>;

/**
 * Why the municipality did not exist on every day from `first` to `last` (inclusive, yyyy-mm-dd),
 * in the register's words ("1556 Frei existed until 2007-12-31"), or undefined when it did.
 * The register's validity is one interval, so its two ends decide. This is the one rule for
 * "did the municipality exist then": applying (the cohort's start date) and sick-leave figures
 * (every day of the figure's period) both ask it.
 */
export function outsideValidity(municipality: RegisterEntry, first: string, last: string = first): string | undefined {
  const who = `${municipality.number} ${municipality.name}`;
  const lastDay = municipality.validTo === undefined ? undefined : addDays(municipality.validTo, -1);
  const before = first < municipality.validFrom;
  const after = lastDay !== undefined && last > lastDay;
  if (before && after) return `${who} existed only from ${municipality.validFrom} until ${lastDay}`;
  if (before) return `${who} exists from ${municipality.validFrom}`;
  if (after) return `${who} existed until ${lastDay}`;
  return undefined;
}

/**
 * The rows of a contact address import (postmottak) that name no municipality of the register,
 * or a municipality a row before named already: every such row, by its data row (1-based) and
 * column, in one refusal; nothing is set unless every row is good.
 */
export function checkContactAddressRows(rows: readonly { readonly municipalityNumber: string; readonly contactEmail: string }[], known: ReadonlySet<string>): void {
  const fields: RefusalField[] = [];
  const first = new Map<string, number>();
  rows.forEach((row, i) => {
    const at = { row: i + 1, column: 'municipalityNumber', pointer: `/rows/${i}/municipalityNumber` };
    if (!known.has(row.municipalityNumber)) fields.push({ ...at, detail: `No municipality ${row.municipalityNumber} in the register` });
    else if (first.has(row.municipalityNumber)) fields.push({ ...at, detail: `Municipality ${row.municipalityNumber} is in row ${first.get(row.municipalityNumber)} already` });
    else first.set(row.municipalityNumber, i + 1);
  });
  if (fields.length > 0) throw refuse.invalid(`${fields.length} ${fields.length === 1 ? 'row is' : 'rows are'} not valid; nothing was set`, fields);
}
