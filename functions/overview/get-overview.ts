import { applicationsRepository, participantsRepository } from '#shared/applications/index.ts';
import { cohortsRepository } from '#shared/cohorts/index.ts';
import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { networksRepository } from '#shared/networks/index.ts';
import { utcDay } from '#shared/platform/dates.ts';
import { overviewDate, participationByCounty, programmeGoal } from '#shared/overview/model.ts';
import { countBy } from '#shared/platform/tally.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getOverview } from '#shared/overview/routes.ts';

/** GET /overview?date=: participation against the programme goal, per cohort, county and network. */
export const handler = httpHandler(getOverview, async ({ query }) => {
  const date = query.date ?? overviewDate(utcDay(new Date()));
  const [register, admissions, cohorts, networks] = await Promise.all([
    municipalitiesRepository().list(),
    participantsRepository().admissions(),
    cohortsRepository().list(),
    networksRepository().all(),
  ]);
  const applications = await Promise.all(cohorts.map((c) => applicationsRepository().ofCohort(c.id)));
  return json(200, {
    date,
    programmeGoal: programmeGoal(register, admissions, date),
    byCohort: cohorts.map((cohort, i) => ({
      cohortId: cohort.id,
      name: cohort.name,
      status: cohort.status,
      admitted: admissions.filter((a) => a.cohortId === cohort.id && a.admittedOn <= date).length,
      applicationsByStatus: countBy(applications[i]!, (a) => a.status),
    })),
    byCounty: participationByCounty(register, admissions, date),
    byNetwork: networks.map((n) => ({ networkId: n.id, cohortId: n.cohortId, name: n.name, advisor: n.advisor.name, members: n.members.length })),
    source: 'Kilde: Statistisk sentralbyrå',
  });
});

