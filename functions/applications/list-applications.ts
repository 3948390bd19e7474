import { applicationsOfCohort, applicationsOfMunicipality } from '#shared/applications/repository.ts';
import { listCohorts } from '#shared/cohorts/repository.ts';
import { config } from '#shared/platform/config.ts';
import { type ApplicationSummary } from '#shared/applications/contract.ts';
import { countBy } from '#shared/platform/tally.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { page } from '#shared/platform/contract/pagination.ts';
import { listApplications } from '#shared/applications/routes.ts';

/** GET /applications?cohortId=&status=: the secretariat's list with counts; a municipality gets its own. */
export const handler = httpHandler(listApplications, async ({ query, principal }) => {
  const tableName = config.tableName();
  let applications: ApplicationSummary[];
  if (principal?.role === 'municipality') {
    applications = (await applicationsOfMunicipality(tableName, principal.municipalityNumber)).filter((a) => !query.cohortId || a.cohortId === query.cohortId);
  } else {
    const cohortIds = query.cohortId ? [query.cohortId] : (await listCohorts(tableName)).map((c) => c.id);
    applications = (await Promise.all(cohortIds.map((id) => applicationsOfCohort(tableName, id)))).flat();
  }
  const countsByStatus = countBy(applications, (a) => a.status);
  const listed = query.status ? applications.filter((a) => a.status === query.status) : applications;
  const { items, nextCursor } = page(listed, query);
  return json(200, { applications: items, countsByStatus, ...(nextCursor ? { nextCursor } : {}) });
});
