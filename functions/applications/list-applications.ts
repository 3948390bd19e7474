import { applicationsRepository, type ApplicationSummary } from '#shared/applications/index.ts';
import { cohortsRepository } from '#shared/cohorts/index.ts';
import { municipalityOf, visibleMunicipalities } from '#shared/platform/auth/principal.ts';
import { countBy } from '#shared/platform/tally.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { page } from '#shared/platform/contract/pagination.ts';
import { listApplications } from '#shared/applications/routes.ts';

/** GET /applications?cohortId=&status=: the secretariat's list with counts; a municipality gets its own. */
export const handler = httpHandler(listApplications, async ({ query, principal }) => {
  const applications = applicationsRepository();
  let listed: ApplicationSummary[];
  const own = municipalityOf(principal);
  if (own !== undefined) {
    listed = (await applications.ofMunicipality(own)).filter((a) => !query.cohortId || a.cohortId === query.cohortId);
  } else {
    const cohortIds = query.cohortId ? [query.cohortId] : (await cohortsRepository().list()).map((c) => c.id);
    listed = (await Promise.all(cohortIds.map((id) => applications.ofCohort(id)))).flat();
    // An advisor sees the municipalities of the networks it advises, the secretariat all.
    const visible = principal ? visibleMunicipalities(principal) : new Set<string>();
    if (visible !== 'all') listed = listed.filter((a) => visible.has(a.municipalityNumber));
  }
  const countsByStatus = countBy(listed, (a) => a.status);
  const { items, nextCursor } = page(query.status ? listed.filter((a) => a.status === query.status) : listed, query);
  return json(200, { applications: items, countsByStatus, ...(nextCursor ? { nextCursor } : {}) });
});
