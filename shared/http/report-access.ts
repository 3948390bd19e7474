import { getReport } from '../adapters/dynamodb/reports-repository.ts';
import type { Versioned } from '../adapters/dynamodb/cohorts-repository.ts';
import { mayActFor, type Principal } from '../auth/principal.ts';
import type { Report } from '../contracts/reports.ts';
import { problems } from './problems.ts';

/** The report if the principal may see it; another municipality's report is a 404. */
export async function visibleReport(tableName: string, principal: Principal | undefined, id: string): Promise<Versioned<Report>> {
  const report = await getReport(tableName, id);
  if (!report || !principal || !mayActFor(principal, report.value.municipalityNumber)) throw problems.notFound(`No report ${id}`);
  return report;
}
