/** Tenant rules for handlers: a municipality only ever reaches its own data. */
import { getApplication } from '../adapters/dynamodb/applications-repository.ts';
import type { Versioned } from '../adapters/dynamodb/cohorts-repository.ts';
import { mayActFor, type Principal } from '../auth/principal.ts';
import type { Application } from '../contracts/applications.ts';
import { problems } from './problems.ts';

/** The calling municipality's number; refuses other principals. */
export function callingMunicipality(principal: Principal | undefined): string {
  if (principal?.role !== 'municipality') throw problems.forbidden('Only a municipality can do this, for itself');
  return principal.municipalityNumber;
}

/** The application if the principal may see it; otherwise 404, never revealing that it exists. */
export async function visibleApplication(tableName: string, principal: Principal | undefined, id: string): Promise<Versioned<Application>> {
  const application = await getApplication(tableName, id);
  if (!application || !principal || !mayActFor(principal, application.value.municipalityNumber)) throw problems.notFound(`No application ${id}`);
  return application;
}
