/**
 * Tenant rule for reads: a municipality only ever reaches its own data. Refused as not found,
 * never revealing that the item exists. A Refusal, not an HTTP problem, so the repositories that
 * use it carry no HTTP code (problem-details.ts turns it into the same 404).
 */
import type { Versioned } from '../dynamodb/query.ts';
import { refuse } from '../refusal.ts';
import { mayActFor, type Principal } from './principal.ts';

/** A municipality's item if the principal may see it; otherwise "not found". */
export async function visibleTo<T extends { municipalityNumber: string }>(
  principal: Principal | undefined,
  read: Promise<Versioned<T> | undefined>,
  notFound: string,
): Promise<Versioned<T>> {
  const item = await read;
  if (!item || !principal || !mayActFor(principal, item.value.municipalityNumber)) throw refuse.notFound(notFound);
  return item;
}
