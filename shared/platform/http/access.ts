/** Tenant rules for handlers: a municipality only ever reaches its own data. */
import type { Versioned } from '../dynamodb/query.ts';
import { mayActFor, type Principal } from '../auth/principal.ts';
import { problems } from './problems.ts';

/** The calling municipality's number; refuses other principals. */
export function callingMunicipality(principal: Principal | undefined): string {
  if (principal?.role !== 'municipality') throw problems.forbidden('Only a municipality can do this, for itself');
  return principal.municipalityNumber;
}

/** A municipality's item if the principal may see it; otherwise 404, never revealing that it exists. */
export async function visibleTo<T extends { municipalityNumber: string }>(
  principal: Principal | undefined,
  read: Promise<Versioned<T> | undefined>,
  notFound: string,
): Promise<Versioned<T>> {
  const item = await read;
  if (!item || !principal || !mayActFor(principal, item.value.municipalityNumber)) throw problems.notFound(notFound);
  return item;
}
