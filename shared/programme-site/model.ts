/**
 * The programme's website: what it may show, shaped from the register, the cohorts, the
 * admissions, the networks and the calendar. Pure: every function takes what the handler read
 * and returns the public shape, field by field, so nothing the programme does not publish
 * (project leaders, people, emails, phones, person ids, gathering descriptions, attendees,
 * figures about persons) can pass through by being spread along.
 */
import type { GatheringRecord } from '../gatherings/model.ts';
import { participationByCounty, programmeGoal, type Admission, type RegisteredMunicipality } from '../overview/model.ts';

/** A cohort as the website names it: published once it opens (a draft is the secretariat's plan). */
export interface SiteCohortRef {
  readonly id: string;
  readonly name: string;
}

export interface SiteCohort extends SiteCohortRef {
  readonly status: string;
  readonly applicationWindow: { readonly opensOn: string; readonly closesOn: string };
  readonly startDate: string;
  /** Exclusive, as the cohort's own. */
  readonly endDate: string;
  readonly startYear: number;
  /** The last year it runs (the year of the day before endDate). */
  readonly endYear: number;
}

/** What the shaping reads of a cohort. */
export interface CohortSource {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly applicationWindow: { readonly opensOn: string; readonly closesOn: string };
  readonly startDate: string;
  readonly endDate: string;
}

/** A cohort is on the website once it has opened: a draft is not announced yet. */
export function isPublished(cohort: Pick<CohortSource, 'status'>): boolean {
  return cohort.status !== 'draft';
}

/** The published cohorts, by start date (as read), with their years. */
export function siteCohorts(cohorts: readonly CohortSource[]): SiteCohort[] {
  return cohorts.filter(isPublished).map((c) => ({
    id: c.id,
    name: c.name,
    status: c.status,
    applicationWindow: { opensOn: c.applicationWindow.opensOn, closesOn: c.applicationWindow.closesOn },
    startDate: c.startDate,
    endDate: c.endDate,
    startYear: Number(c.startDate.slice(0, 4)),
    endYear: lastYear(c.endDate),
  }));
}

/** The year of the day before an exclusive end date (a cohort ending 2010-01-01 runs through 2009). */
function lastYear(exclusiveEnd: string): number {
  const year = Number(exclusiveEnd.slice(0, 4));
  return exclusiveEnd.slice(5) === '01-01' ? year - 1 : year;
}

export interface SiteParticipant {
  readonly number: string;
  readonly name: string;
  readonly county: { readonly number: string; readonly name: string };
  readonly cohort: SiteCohortRef;
}

export interface ParticipantFilter {
  readonly cohortId?: string | undefined;
  readonly countyNumber?: string | undefined;
}

/** What the shaping reads of an admission (a participant item has much more: its project leader, never read here). */
export type AdmissionSource = Pick<Admission, 'municipalityNumber' | 'cohortId'>;

/** What the shaping reads of the register. */
export type RegisterSource = Pick<RegisteredMunicipality, 'number' | 'countyNumber' | 'countyName'> & { readonly name: string };

/**
 * The participating municipalities, one row per admission to a published cohort, with the
 * register's name and county; filtered by cohort and county; ordered by cohort (as the cohorts
 * are given: by start date), county number, then name (Norwegian order).
 */
export function siteParticipants(register: readonly RegisterSource[], admissions: readonly AdmissionSource[], cohorts: readonly CohortSource[], filter: ParticipantFilter = {}): SiteParticipant[] {
  const byNumber = new Map(register.map((m) => [m.number, m]));
  const published = cohorts.filter(isPublished);
  const cohortOrder = new Map(published.map((c, i) => [c.id, i]));
  const cohortById = new Map(published.map((c) => [c.id, c]));
  const rows: SiteParticipant[] = [];
  const seen = new Set<string>();
  for (const admission of admissions) {
    const cohort = cohortById.get(admission.cohortId);
    const municipality = byNumber.get(admission.municipalityNumber);
    if (!cohort || !municipality) continue;
    if (filter.cohortId !== undefined && cohort.id !== filter.cohortId) continue;
    if (filter.countyNumber !== undefined && municipality.countyNumber !== filter.countyNumber) continue;
    const key = `${cohort.id}#${municipality.number}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({
      number: municipality.number,
      name: municipality.name,
      county: { number: municipality.countyNumber, name: municipality.countyName },
      cohort: { id: cohort.id, name: cohort.name },
    });
  }
  return rows.sort(
    (a, b) =>
      cohortOrder.get(a.cohort.id)! - cohortOrder.get(b.cohort.id)! ||
      a.county.number.localeCompare(b.county.number) ||
      norwegian.compare(a.name, b.name) ||
      a.number.localeCompare(b.number),
  );
}

const norwegian = /* @__PURE__ */ new Intl.Collator('nb');

export interface SiteNetwork {
  readonly id: string;
  readonly name: string;
  readonly cohort: SiteCohortRef;
  /** The advisor's name only: the programme publishes who follows a network, not how to reach them. */
  readonly advisor: { readonly name: string };
  readonly members: { readonly number: string; readonly name: string }[];
}

/** What the shaping reads of a network (its advisor has an email, a phone and a person id too: never read here). */
export interface NetworkSource {
  readonly id: string;
  readonly cohortId: string;
  readonly name: string;
  readonly advisor: { readonly name: string };
  readonly members: readonly { readonly municipalityNumber: string; readonly municipalityName: string }[];
}

/** The networks of published cohorts, by cohort then name, members by name. */
export function siteNetworks(networks: readonly NetworkSource[], cohorts: readonly CohortSource[], filter: Pick<ParticipantFilter, 'cohortId'> = {}): SiteNetwork[] {
  const published = cohorts.filter(isPublished);
  const cohortOrder = new Map(published.map((c, i) => [c.id, i]));
  const cohortById = new Map(published.map((c) => [c.id, c]));
  return networks
    .filter((n) => cohortById.has(n.cohortId) && (filter.cohortId === undefined || n.cohortId === filter.cohortId))
    .map((n) => {
      const cohort = cohortById.get(n.cohortId)!;
      return {
        id: n.id,
        name: n.name,
        cohort: { id: cohort.id, name: cohort.name },
        advisor: { name: n.advisor.name },
        members: n.members.map((m) => ({ number: m.municipalityNumber, name: m.municipalityName })).sort((a, b) => norwegian.compare(a.name, b.name)),
      };
    })
    .sort((a, b) => cohortOrder.get(a.cohort.id)! - cohortOrder.get(b.cohort.id)! || norwegian.compare(a.name, b.name));
}

export const SITE_GATHERING_STATUSES = ['scheduled', 'cancelled'] as const;

/**
 * A gathering as the website shows it: no description (free text), no attendees, no organiser's
 * contact. `from`/`to` are yyyy-mm-dd, or yyyy-mm for a gathering whose days are not fixed yet.
 */
export interface SiteGathering {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly cohorts: SiteCohortRef[];
  readonly from: string;
  readonly to: string;
  readonly venue: string;
  readonly status: (typeof SITE_GATHERING_STATUSES)[number];
}

/** What the website reads of a gathering (shared/gatherings' record): never its description, sessions' capacity or registrations. */
export type GatheringSource = Pick<GatheringRecord, 'id' | 'title' | 'kind' | 'when' | 'venue' | 'status'>;

/** A cohort's gathering in the public shape: its days (or its month), the venue's name, its status. */
export function siteGatheringOf(gathering: GatheringSource, cohort: SiteCohortRef): SiteGathering {
  const fixed = 'from' in gathering.when ? gathering.when : undefined;
  return {
    id: gathering.id,
    title: gathering.title,
    kind: gathering.kind,
    cohorts: [{ id: cohort.id, name: cohort.name }],
    from: fixed ? fixed.from : (gathering.when as { month: string }).month,
    to: fixed ? fixed.to : (gathering.when as { month: string }).month,
    venue: gathering.venue.name,
    status: gathering.status,
  };
}

/**
 * The gatherings not yet over on `today` (their last day is today or later; a month-only date
 * counts to the month's end), by first day then title; one gathering of several cohorts is one
 * row naming them all.
 */
export function upcoming(gatherings: readonly SiteGathering[], today: string): SiteGathering[] {
  const byId = new Map<string, SiteGathering>();
  for (const g of gatherings) {
    if (lastDayOf(g.to) < today) continue;
    const known = byId.get(g.id);
    if (!known) byId.set(g.id, { ...g, cohorts: [...g.cohorts] });
    else for (const c of g.cohorts) if (!known.cohorts.some((k) => k.id === c.id)) known.cohorts.push(c);
  }
  return [...byId.values()].sort((a, b) => a.from.localeCompare(b.from) || norwegian.compare(a.title, b.title) || a.id.localeCompare(b.id));
}

/** The last day a date names: the day itself, or a month's last day ('2008-10' → '2008-10-31'). */
export function lastDayOf(date: string): string {
  if (date.length === 10) return date;
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

export interface SiteProgress {
  readonly date: string;
  readonly participatingMunicipalities: number;
  readonly municipalities: number;
  readonly share: number;
  readonly goal: { readonly description: string; readonly moreThanShare: number };
  readonly goalMet: boolean;
  readonly missing: number;
  readonly byCounty: { readonly countyNumber: string; readonly countyName: string; readonly municipalities: number; readonly participants: number; readonly share: number }[];
}

/** More than half of the municipalities existing on the day take part: the overview's own arithmetic (overview/model.ts), in the website's words. */
export function siteProgress(register: readonly RegisteredMunicipality[], admissions: readonly Admission[], date: string): SiteProgress {
  const goal = programmeGoal(register, admissions, date);
  return {
    date,
    participatingMunicipalities: goal.participants,
    municipalities: goal.municipalities,
    share: goal.share,
    goal: { description: 'Mer enn halvparten av kommunene deltar', moreThanShare: 0.5 },
    goalMet: goal.goalMet,
    missing: goal.missing,
    byCounty: participationByCounty(register, admissions, date),
  };
}
