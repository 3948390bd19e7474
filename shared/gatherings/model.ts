/**
 * Gatherings ("samlinger") as the programme held them: a kickoff over two days at a hotel, one
 * learning seminar held twice with the cohort's municipalities split between the two sessions,
 * local network gatherings known only by month ("Oktober"), a quality conference for three
 * cohorts, a union's own conference for its representatives. Municipalities sign up named
 * attendees; the secretariat records who came. Entity types and pure rules, no AWS; the wire
 * schemas in contract.ts are checked against these types.
 *
 * Times are wall-clock times in Europe/Oslo (`HH:MM`), as the programme announces them; the
 * calendar feeds and the letters render them in that zone.
 */

export const GATHERING_KINDS = ['kickoff', 'learning-seminar', 'project-leaders-gathering', 'network-gathering', 'quality-conference', 'conference'] as const;
export type GatheringKind = (typeof GATHERING_KINDS)[number];

/**
 * Who a gathering is for. `participants`: anyone of a hosting municipality; the others: the
 * people of a hosting municipality with that role (a union's conference for its representatives).
 */
export const GATHERING_AUDIENCES = ['participants', 'project-leaders', 'management', 'union-representatives', 'elected-officials'] as const;
export type GatheringAudience = (typeof GATHERING_AUDIENCES)[number];

/** The municipal role an audience is limited to (none: every person of a hosting municipality). */
export const AUDIENCE_ROLE = {
  participants: undefined,
  'project-leaders': 'project-leader',
  management: 'management',
  'union-representatives': 'union-representative',
  'elected-officials': 'elected-official',
} as const satisfies Record<GatheringAudience, string | undefined>;

/** Fixed days: from the first day (its start time, where known) to the last (its end time). */
export interface FixedDays {
  readonly from: string;
  readonly to: string;
  /** `HH:MM`, Europe/Oslo, on `from`. */
  readonly startTime?: string | undefined;
  /** `HH:MM`, Europe/Oslo, on `to`. */
  readonly endTime?: string | undefined;
}

/** A gathering not yet fixed: only its month is known (`yyyy-mm`). Fixing it later is a change that notifies. */
export interface MonthOnly {
  readonly month: string;
}

export type GatheringWhen = FixedDays | MonthOnly;

export const isFixed = (when: GatheringWhen): when is FixedDays => 'from' in when;

/** One running of the gathering (the same seminar twice): its own days within the gathering's, its own capacity. */
export interface GatheringSession {
  readonly id: string;
  readonly title?: string | undefined;
  readonly from: string;
  readonly to: string;
  readonly startTime?: string | undefined;
  readonly endTime?: string | undefined;
  /** Seats in this session; absent: only the gathering's capacity limits it. */
  readonly capacity?: number | undefined;
}

export interface Venue {
  /** "Thon Hotel Oslo Airport", "Oslo Plaza". */
  readonly name: string;
  /** Street address or town, where known. */
  readonly address?: string | undefined;
}

export interface Capacity {
  /** Seats in all (across sessions); absent: unlimited. */
  readonly total?: number | undefined;
  /** Seats one municipality may take; absent: unlimited. */
  readonly perMunicipality?: number | undefined;
}

/** What hosts the gathering: one or more cohorts (their participants), or one network (its members). */
export type GatheringHosts = { readonly cohortIds: string[] } | { readonly networkId: string };

export const GATHERING_STATUSES = ['scheduled', 'cancelled'] as const;
export type GatheringStatus = (typeof GATHERING_STATUSES)[number];

/** A gathering as stored (its registrations are items of their own). */
export interface GatheringRecord {
  readonly id: string;
  readonly kind: GatheringKind;
  readonly title: string;
  readonly description?: string | undefined;
  readonly hosts: GatheringHosts;
  readonly audience: GatheringAudience;
  /** Who arranges it: "Kvalitetskommunesekretariatet", "Fagforbundet". */
  readonly organiser: string;
  readonly venue: Venue;
  readonly when: GatheringWhen;
  /** Empty: one running, the gathering's own days. */
  readonly sessions: GatheringSession[];
  /** Absent: unlimited (never an empty map: DynamoDB Local's stream cannot carry one to the outbox publisher). */
  readonly capacity?: Capacity | undefined;
  /** The last day (Europe/Oslo) a municipality may sign up or cancel; absent: until the gathering starts. */
  readonly registrationDeadline?: string | undefined;
  readonly status: GatheringStatus;
  /**
   * 0 when scheduled, one more with every change (the calendar feeds' SEQUENCE, RFC 5545 §3.8.7.4):
   * a client replaces its copy only when the sequence grows.
   */
  readonly sequence: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The first day a gathering can be on (its month's first day when only the month is known): the calendar's sort key. */
export function firstDay(when: GatheringWhen): string {
  return isFixed(when) ? when.from : `${when.month}-01`;
}

/** The last day a gathering can be on (its month's last day when only the month is known). */
export function lastDay(when: GatheringWhen): string {
  if (isFixed(when)) return when.to;
  const [year, month] = when.month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The cohorts a gathering is hosted by (none for a network's own gathering: see networkId). */
export const hostCohortIds = (hosts: GatheringHosts): readonly string[] => ('cohortIds' in hosts ? hosts.cohortIds : []);

/** What a change changed, in the words of the letters and the webhooks. `days-fixed`: a month-only gathering got its days. */
export const GATHERING_CHANGES = ['days-fixed', 'when', 'sessions', 'venue', 'title', 'kind', 'description', 'hosts', 'audience', 'organiser', 'capacity', 'registration-deadline'] as const;
export type GatheringChange = (typeof GATHERING_CHANGES)[number];
