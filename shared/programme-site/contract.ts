/**
 * What the programme's website may ask and gets: public, cacheable lists, every field named
 * here (no `.passthrough`, no spread of stored items), so the document says all it shows.
 */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';
import { IsoDate, MunicipalityNumber } from '../platform/contract/common.ts';
import { CohortId } from '../cohorts/contract.ts';
import { SITE_GATHERING_STATUSES, type SiteCohort, type SiteGathering, type SiteNetwork, type SiteParticipant, type SiteProgress as SiteProgressModel } from './model.ts';

const CountyNumber = /* @__PURE__ */ schema(() => z.string().regex(/^\d{2}$/, 'A county number has 2 digits').meta({ example: '17', description: 'County number (fylkesnummer): the first two digits of its municipalities’ numbers' }));

const CohortRef = /* @__PURE__ */ schema(() => z.object({ id: z.string(), name: z.string() }).meta({ id: 'SiteCohortRef', description: 'A cohort by id and name (GET /site/cohorts gives its years)' }));

export const SiteParticipantsQuery = /* @__PURE__ */ schema(() =>
  z
    .object({
      cohortId: CohortId.optional().meta({ description: 'Only this cohort’s participants (an unknown or unpublished cohort gives an empty list)' }),
      countyNumber: CountyNumber.optional().meta({ description: 'Only this county’s participants' }),
    })
    .strict(),
);

export const SiteNetworksQuery = /* @__PURE__ */ schema(() =>
  z.object({ cohortId: CohortId.optional().meta({ description: 'Only this cohort’s networks' }) }).strict(),
);

export const SiteGatheringsQuery = /* @__PURE__ */ schema(() =>
  z.object({ from: IsoDate.optional().meta({ description: 'Gatherings not over on this day (default: today in Norway)' }) }).strict(),
);

export const SiteCohorts = /* @__PURE__ */ schema(() =>
  z
    .object({
      cohorts: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          status: z.string().meta({ description: 'open, closed, started or completed (a draft is not published)' }),
          applicationWindow: z.object({ opensOn: IsoDate, closesOn: IsoDate }),
          startDate: IsoDate,
          endDate: IsoDate.meta({ description: 'Exclusive end' }),
          startYear: z.number().int(),
          endYear: z.number().int().meta({ description: 'The last year the cohort runs' }),
        }),
      ),
    })
    .meta({ id: 'SiteCohorts', description: 'The published cohorts (puljer) by start date, with their years' }),
);

export const SiteParticipants = /* @__PURE__ */ schema(() =>
  z
    .object({
      count: z.number().int(),
      participants: z.array(
        z.object({
          number: MunicipalityNumber,
          name: z.string(),
          county: z.object({ number: z.string(), name: z.string() }),
          cohort: CohortRef,
        }),
      ),
      source: z.literal('Kilde: Statistisk sentralbyrå').meta({ description: 'The register’s names and counties' }),
    })
    .meta({ id: 'SiteParticipants', description: 'The participating municipalities, one row per cohort a municipality was admitted to; by cohort, county and name' }),
);

export const SiteNetworks = /* @__PURE__ */ schema(() =>
  z
    .object({
      networks: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          cohort: CohortRef,
          advisor: z.object({ name: z.string() }).meta({ description: 'The advisor (veileder) by name only' }),
          members: z.array(z.object({ number: MunicipalityNumber, name: z.string() })),
        }),
      ),
    })
    .meta({ id: 'SiteNetworks', description: 'The networks of published cohorts with their member municipalities and advisor’s name' }),
);

export const SiteGatherings = /* @__PURE__ */ schema(() =>
  z
    .object({
      from: IsoDate,
      gatherings: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          kind: z.string().meta({ description: 'kickoff, learning-seminar, project-leaders-gathering, network-gathering, quality-conference, …' }),
          cohorts: z.array(CohortRef),
          from: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).meta({ description: 'First day, yyyy-mm-dd (yyyy-mm while only the month is fixed)' }),
          to: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).meta({ description: 'Last day (inclusive), as from' }),
          venue: z.string(),
          status: z.enum(SITE_GATHERING_STATUSES),
        }),
      ),
    })
    .meta({ id: 'SiteGatherings', description: 'Gatherings not over on `from`, by first day; no attendees' }),
);

const CountyProgress = /* @__PURE__ */ schema(() => z.object({ countyNumber: z.string(), countyName: z.string(), municipalities: z.number().int(), participants: z.number().int(), share: z.number() }));

export const SiteProgress = /* @__PURE__ */ schema(() =>
  z
    .object({
      date: IsoDate.meta({ description: 'The day counted: today, at the latest 2009-12-31 (the programme’s end)' }),
      participatingMunicipalities: z.number().int(),
      municipalities: z.number().int().meta({ description: 'Municipalities of the register existing on the date' }),
      share: z.number().meta({ description: 'participatingMunicipalities / municipalities, 0..1, 4 decimals' }),
      goal: z.object({ description: z.string(), moreThanShare: z.number() }),
      goalMet: z.boolean(),
      missing: z.number().int().meta({ description: 'How many more participants the goal needs (0 when met)' }),
      byCounty: z.array(CountyProgress),
      source: z.literal('Kilde: Statistisk sentralbyrå'),
    })
    .meta({ id: 'SiteProgress', description: 'Progress toward the programme’s goal: more than half of Norway’s municipalities take part' }),
);

/** Both ways assignable: each wire schema describes exactly the model's shape (compile-time only). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type Wire<S extends z.ZodType> = z.infer<S>;
export type SiteSchemasMatchModel = [
  Assert<Same<Wire<typeof SiteCohorts>['cohorts'][number], SiteCohort>>,
  Assert<Same<Wire<typeof SiteParticipants>['participants'][number], SiteParticipant>>,
  Assert<Same<Wire<typeof SiteNetworks>['networks'][number], SiteNetwork>>,
  Assert<Same<Wire<typeof SiteGatherings>['gatherings'][number], SiteGathering>>,
  Assert<Same<Omit<Wire<typeof SiteProgress>, 'source'>, SiteProgressModel>>,
];
