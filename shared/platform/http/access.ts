/** Tenant rule for handlers: what only a municipality's own people or systems may do, for it (reads: auth/tenancy.ts). */
import { municipalityOf, type Principal } from '../auth/principal.ts';
import { problems } from './problems.ts';

/** The calling municipality's number; refuses staff. */
export function callingMunicipality(principal: Principal | undefined): string {
  const number = municipalityOf(principal);
  if (number === undefined) throw problems.forbidden('Only a municipality’s own people can do this, for it');
  return number;
}
