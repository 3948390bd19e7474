import type { WrittenStandard } from './written-standard.ts';

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
