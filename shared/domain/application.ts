/**
 * Applications: pure rules, no AWS. The completeness rules themselves are part of the
 * request contract (shared/contracts/applications.ts) so that every missing element is named
 * in one response; this module turns a valid request into the stored application.
 */
import type { Application, SubmitApplicationRequest } from '../contracts/applications.ts';

export interface ApplicantMunicipality {
  readonly number: string;
  readonly name: string;
}

/** The application as submitted by a municipality at `now`. */
export function newApplication(
  request: SubmitApplicationRequest,
  context: { readonly id: string; readonly municipality: ApplicantMunicipality; readonly now: Date },
): Application {
  return {
    id: context.id,
    municipalityNumber: context.municipality.number,
    municipalityName: context.municipality.name,
    status: 'submitted',
    submittedAt: context.now.toISOString(),
    ...request,
  };
}

/** The UTC calendar day (yyyy-mm-dd) an instant falls on. */
export function utcDay(instant: Date | string): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/** The UTC day before the given instant's day. */
export function previousUtcDay(instant: Date): string {
  const day = new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate() - 1));
  return utcDay(day);
}
