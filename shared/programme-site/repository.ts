/**
 * Where the website's lists come from: the other capabilities' own reads, each a Query (no
 * Scan), gathered in one place so that a source can be re-pointed without touching the
 * handlers (the calendar of gatherings is the first to move: `upcomingGatherings`).
 */
import { participantsRepository } from '../applications/index.ts';
import { cohortsRepository, type CohortRecord } from '../cohorts/index.ts';
import { gatheringsRepository } from '../gatherings/index.ts';
import { municipalitiesRepository, type Municipality } from '../municipalities/index.ts';
import { networksRepository, type Network } from '../networks/index.ts';
import type { Admission } from '../overview/model.ts';
import { isPublished, siteGatheringOf, upcoming, type SiteGathering } from './model.ts';

export class ProgrammeSiteSources {
  /** Every cohort by start date: one Query of the cohorts' GSI partition. */
  cohorts(): Promise<CohortRecord[]> {
    return cohortsRepository().list();
  }

  /** The register (~430 small items): one Query of its GSI partition. */
  register(): Promise<Municipality[]> {
    return municipalitiesRepository().list();
  }

  /**
   * Every admission: one Query of the admissions' GSI partition. Only the fields the website's
   * arithmetic reads are kept (a participant item also holds its project leader).
   */
  async admissions(): Promise<Admission[]> {
    return (await participantsRepository().admissions()).map((p) => ({ municipalityNumber: p.municipalityNumber, cohortId: p.cohortId, admittedOn: p.admittedOn }));
  }

  /** Every network: one Query of the networks' GSI partition. */
  networks(): Promise<Network[]> {
    return networksRepository().all();
  }

  /**
   * The gatherings not over on `today`, in the website's shape: one Query for the cohorts and
   * one per published cohort of its calendar (the cohort's copies of its gatherings; a gathering
   * of several cohorts is merged into one entry). A network's own gatherings are not listed.
   */
  async upcomingGatherings(today: string): Promise<SiteGathering[]> {
    const cohorts = (await this.cohorts()).filter(isPublished);
    const calendars = await Promise.all(cohorts.map(async (cohort) => (await gatheringsRepository().ofCohort(cohort.id)).map((g) => siteGatheringOf(g, cohort))));
    return upcoming(calendars.flat(), today);
  }
}

let bound: ProgrammeSiteSources | undefined;

/** The deployment's sources (the programme table), bound on first use. */
export const programmeSiteSources = (): ProgrammeSiteSources => (bound ??= new ProgrammeSiteSources());
