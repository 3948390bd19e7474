import { cohortsRepository } from '#shared/cohorts/index.ts';
import { participantsRepository } from '#shared/applications/index.ts';
import { reportsRepository } from '#shared/reports/index.ts';
import { municipalityOf, visibleMunicipalities } from '#shared/platform/auth/principal.ts';
import { countBy } from '#shared/platform/tally.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { page } from '#shared/platform/contract/pagination.ts';
import { listReports } from '#shared/reports/routes.ts';

/**
 * GET /reports?cohortId=&status=&networkId=&municipalityNumber=: reports by status per cohort and
 * network (`status=overdue` is the overdue list), with counts; a municipality sees its own.
 */
export const handler = httpHandler(listReports, async ({ query, principal }) => {
  const reportsOf = reportsRepository();
  const participants = participantsRepository();
  const municipality = municipalityOf(principal) ?? query.municipalityNumber;
  // One municipality's reports are in the cohorts it took part in, read by its key prefix; not every cohort's in full.
  const cohortIds = query.cohortId
    ? [query.cohortId]
    : municipality
      ? [...new Set((await participants.participationOf(municipality)).map((p) => p.cohortId))]
      : (await cohortsRepository().list()).map((c) => c.id);
  const [ofCohorts, networkMembers] = await Promise.all([
    Promise.all(cohortIds.map((id) => reportsOf.ofCohort(id, municipality))),
    query.networkId ? Promise.all(cohortIds.map((id) => participants.ofCohort(id))) : undefined,
  ]);
  let reports = ofCohorts.flat();
  // An advisor sees the municipalities of the networks it advises, the secretariat all.
  const visible = principal ? visibleMunicipalities(principal) : new Set<string>();
  if (visible !== 'all') reports = reports.filter((r) => visible.has(r.municipalityNumber));
  if (networkMembers) {
    const members = new Set(networkMembers.flat().filter((p) => p.networkId === query.networkId).map((p) => p.municipalityNumber));
    reports = reports.filter((r) => members.has(r.municipalityNumber));
  }
  const countsByStatus = countBy(reports, (r) => r.status);
  const listed = query.status ? reports.filter((r) => r.status === query.status) : reports;
  listed.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.municipalityNumber.localeCompare(b.municipalityNumber));
  const { items, nextCursor } = page(listed, query);
  return json(200, { reports: items, countsByStatus, ...(nextCursor ? { nextCursor } : {}) });
});
