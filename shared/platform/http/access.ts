/** Tenant rule for handlers: what only a municipality may do, for itself (reads: auth/tenancy.ts). */
import type { Principal } from '../auth/principal.ts';
import { problems } from './problems.ts';

/** The calling municipality's number; refuses other principals. */
export function callingMunicipality(principal: Principal | undefined): string {
  if (principal?.role !== 'municipality') throw problems.forbidden('Only a municipality can do this, for itself');
  return principal.municipalityNumber;
}
