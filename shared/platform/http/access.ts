/** Tenant rules for handlers: a municipality only ever reaches its own data. */
import { getApplication } from '../../applications/repository.ts';
import type { Versioned } from '../dynamodb/query.ts';
import { getReport } from '../../reports/repository.ts';
import { mayActFor, type Principal } from '../auth/principal.ts';
import type { Application } from '../../applications/contract.ts';
import type { Report } from '../../reports/contract.ts';
import { problems } from './problems.ts';

/** The calling municipality's number; refuses other principals. */
export function callingMunicipality(principal: Principal | undefined): string {
  if (principal?.role !== 'municipality') throw problems.forbidden('Only a municipality can do this, for itself');
  return principal.municipalityNumber;
}

/** A municipality's item if the principal may see it; otherwise 404, never revealing that it exists. */
async function visible<T extends { municipalityNumber: string }>(read: Promise<Versioned<T> | undefined>, principal: Principal | undefined, notFound: string): Promise<Versioned<T>> {
  const item = await read;
  if (!item || !principal || !mayActFor(principal, item.value.municipalityNumber)) throw problems.notFound(notFound);
  return item;
}

export function visibleApplication(tableName: string, principal: Principal | undefined, id: string): Promise<Versioned<Application>> {
  return visible(getApplication(tableName, id), principal, `No application ${id}`);
}

export function visibleReport(tableName: string, principal: Principal | undefined, id: string): Promise<Versioned<Report>> {
  return visible(getReport(tableName, id), principal, `No report ${id}`);
}
