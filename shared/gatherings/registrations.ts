/**
 * Sign-up and attendance for a gathering: the pure rules. A municipality registers named
 * attendees (its people, or a name and an address); each attendee is one registration, on a
 * seat (`registered`) or, beyond a capacity, on the waiting list (`waitlisted`, with its
 * position). The seats themselves are counted by the store (registrations-repository.ts: the
 * SEATS items, written with conditions in the registration's own transaction); these rules say
 * who may register, when, and which capacity a seat must fit.
 *
 * Days are Europe/Oslo days (`norwegianDay`), as the programme announces its deadlines.
 */
import { refuse } from '../platform/refusal.ts';
import { addDays } from '../platform/dates.ts';
import { AUDIENCE_ROLE, firstDay, isFixed, lastDay, type GatheringRecord, type GatheringSession } from './model.ts';

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const ATTENDANCE = ['attended', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export interface Attendee {
  /** A person of the municipality (shared/people), when the attendee is one. */
  readonly personId?: string | undefined;
  readonly name: string;
  readonly email: string;
}

export interface Registration {
  readonly id: string;
  readonly gatheringId: string;
  readonly municipalityNumber: string;
  readonly sessionId?: string | undefined;
  readonly attendee: Attendee;
  readonly status: RegistrationStatus;
  /** On the waiting list: its place (1 first); distinct within the gathering, never reused. */
  readonly position?: number | undefined;
  readonly attendance?: Attendance | undefined;
  /** A walk-in: recorded with the attendance, never signed up. */
  readonly walkIn?: boolean | undefined;
  readonly registeredAt: string;
  readonly registeredBy: string;
  readonly movedUpAt?: string | undefined;
  readonly cancelledAt?: string | undefined;
  readonly cancelledBy?: string | undefined;
}

/** The last Oslo day a municipality may sign up or cancel: the deadline, else the day before the first day. */
export function lastRegistrationDay(gathering: Pick<GatheringRecord, 'registrationDeadline' | 'when'>): string {
  return gathering.registrationDeadline ?? addDays(firstDay(gathering.when), -1);
}

/** Whether a municipality may still sign up or cancel on `today` (an Oslo day). */
export const registrationOpen = (gathering: Pick<GatheringRecord, 'registrationDeadline' | 'when'>, today: string): boolean => today <= lastRegistrationDay(gathering);

/** Whether the gathering has started on `today` (an Oslo day): attendance can be recorded from its first day. */
export const hasStarted = (gathering: Pick<GatheringRecord, 'when'>, today: string): boolean => isFixed(gathering.when) && today >= gathering.when.from;

/** Whether the gathering is over on `today`: its last day has passed. */
export const hasEnded = (gathering: Pick<GatheringRecord, 'when'>, today: string): boolean => today > lastDay(gathering.when);

/** What the audience check knows of the municipality: whether it is in the hosts' audience. */
export interface AudienceFacts {
  /** A participant of a hosting cohort, or a member of the hosting network. */
  readonly inAudience: boolean;
}

/** An attendee as asked for, resolved: a person of the register (with roles and organisation) or a name and address. */
export type AttendeeFacts =
  | { readonly kind: 'person'; readonly personId: string; readonly name: string; readonly email: string; readonly organisation: string; readonly roles: readonly string[]; readonly active: boolean }
  | { readonly kind: 'named'; readonly name: string; readonly email: string };

/**
 * Whether the municipality may sign these attendees up for the gathering (session) on `today`;
 * throws the refusal naming the rule or the field. Who calls (the project leader for its own
 * municipality, the secretariat for any) is the handler's check; these are the gathering's rules.
 *
 * Not in the audience is a 409 (a conflict with the state of the programme: the municipality is
 * not, or not yet, a participant of a hosting cohort or member of the hosting network), not a
 * 403: the caller's role is allowed on the route; the same caller may sign up once admitted.
 */
export function checkSignUp(
  gathering: GatheringRecord,
  request: { readonly municipalityNumber: string; readonly sessionId?: string | undefined; readonly attendees: readonly AttendeeFacts[] },
  audience: AudienceFacts,
  today: string,
  caller: 'municipality' | 'secretariat',
): GatheringSession | undefined {
  if (gathering.status === 'cancelled') throw refuse.conflict(`The gathering ${gathering.title} is cancelled: no sign-ups (rule: gathering-cancelled)`);
  const session = sessionOf(gathering, request.sessionId);
  if (caller === 'municipality' ? !registrationOpen(gathering, today) : hasStarted(gathering, today)) {
    throw refuse.conflict(
      caller === 'municipality'
        ? `Registration closed on ${lastRegistrationDay(gathering)} (rule: registration-deadline)`
        : `The gathering has started: no more sign-ups; record walk-ins with the attendance (rule: gathering-started)`,
    );
  }
  if (!audience.inAudience) {
    throw refuse.conflict(`Municipality ${request.municipalityNumber} is not in the audience of ${gathering.title}: not a participant of a hosting cohort or member of the hosting network (rule: audience)`);
  }
  const role = AUDIENCE_ROLE[gathering.audience];
  request.attendees.forEach((attendee, i) => {
    if (attendee.kind === 'person') {
      if (attendee.organisation !== request.municipalityNumber || !attendee.active) {
        throw refuse.invalid(`No active person ${attendee.personId} of municipality ${request.municipalityNumber}`, [{ pointer: `/attendees/${i}/personId`, detail: 'Not an active person of this municipality (GET /municipalities/{number}/people)' }]);
      }
      if (role && !attendee.roles.includes(role)) {
        throw refuse.conflict(`${attendee.name} does not have the role ${role} that the audience ${gathering.audience} is limited to (rule: audience-role)`);
      }
    } else if (role) {
      throw refuse.conflict(`The audience ${gathering.audience} is limited to people with the role ${role}: sign up a person of the municipality (personId), not a name and address (rule: audience-role)`);
    }
  });
  return session;
}

/** The session a sign-up names: required when the gathering has sessions, refused when it has none. */
export function sessionOf(gathering: GatheringRecord, sessionId: string | undefined): GatheringSession | undefined {
  if (gathering.sessions.length === 0) {
    if (sessionId !== undefined) throw refuse.invalid('The gathering has no sessions', [{ pointer: '/sessionId', detail: 'Leave it out: this gathering is held once' }]);
    return undefined;
  }
  if (sessionId === undefined) throw refuse.invalid('The gathering has sessions: name one', [{ pointer: '/sessionId', detail: `One of ${gathering.sessions.map((s) => s.id).join(', ')}` }]);
  const session = gathering.sessions.find((s) => s.id === sessionId);
  if (!session) throw refuse.invalid(`No session ${sessionId} in this gathering`, [{ pointer: '/sessionId', detail: `One of ${gathering.sessions.map((s) => s.id).join(', ')}` }]);
  return session;
}

/** The seats as counted (the SEATS items), as the store read them. */
export interface Seats {
  readonly taken: number;
  readonly bySession: Readonly<Record<string, number>>;
  /** Seats the municipality has taken. */
  readonly municipality: number;
}

/** The capacities a seat must fit: undefined where there is no limit. */
export interface SeatLimits {
  readonly total?: number | undefined;
  readonly session?: number | undefined;
  readonly perMunicipality?: number | undefined;
  /** The gathering's sequence these limits were read at: a seat is taken only while it is unchanged (a lowered capacity wins over a sign-up in flight). */
  readonly sequence?: number | undefined;
}

export const seatLimits = (gathering: GatheringRecord, sessionId: string | undefined): SeatLimits => ({
  sequence: gathering.sequence,
  total: gathering.capacity?.total,
  session: sessionId === undefined ? undefined : gathering.sessions.find((s) => s.id === sessionId)?.capacity,
  perMunicipality: gathering.capacity?.perMunicipality,
});

/** Which capacity is full, or undefined when one more seat fits all three. */
export function fullCapacity(seats: Seats, limits: SeatLimits, sessionId: string | undefined): 'total' | 'session' | 'municipality' | undefined {
  if (limits.total !== undefined && seats.taken >= limits.total) return 'total';
  if (limits.session !== undefined && sessionId !== undefined && (seats.bySession[sessionId] ?? 0) >= limits.session) return 'session';
  if (limits.perMunicipality !== undefined && seats.municipality >= limits.perMunicipality) return 'municipality';
  return undefined;
}

/**
 * Whether the caller may cancel: the municipality up to its last registration day, the
 * secretariat until the gathering has ended; a cancelled registration is cancelled already.
 */
export function checkCancellation(gathering: GatheringRecord, registration: Registration, today: string, caller: 'municipality' | 'secretariat'): void {
  if (registration.status === 'cancelled') throw refuse.conflict('The registration is cancelled already (rule: already-cancelled)');
  if (caller === 'municipality' && !registrationOpen(gathering, today)) throw refuse.conflict(`Registration closed on ${lastRegistrationDay(gathering)}: ask the secretariat to cancel (rule: registration-deadline)`);
  if (caller === 'secretariat' && hasEnded(gathering, today)) throw refuse.conflict('The gathering is over: record the attendance instead (rule: gathering-ended)');
}

/** The waiting list's registrations, first first. */
export const waitingList = (registrations: readonly Registration[]): Registration[] =>
  registrations.filter((r) => r.status === 'waitlisted').sort((a, b) => (a.position ?? 0) - (b.position ?? 0));

/**
 * The first waitlisted registration that one more seat fits (its session and its municipality
 * counted too), or undefined: a waiting municipality at its own limit does not block the next.
 */
export function nextToMoveUp(registrations: readonly Registration[], seatsOf: (r: Registration) => Seats, limits: (r: Registration) => SeatLimits): Registration | undefined {
  return waitingList(registrations).find((r) => fullCapacity(seatsOf(r), limits(r), r.sessionId) === undefined);
}

/** Checks an attendance record: only once the gathering has started, only for its registrations on a seat. */
export function checkAttendance(gathering: GatheringRecord, today: string, records: readonly { registrationId: string }[], registrations: ReadonlyMap<string, Registration>): void {
  if (!hasStarted(gathering, today)) throw refuse.conflict(`The gathering starts ${isFixed(gathering.when) ? gathering.when.from : 'on a day not yet fixed'}: attendance is recorded once it has started (rule: not-started)`);
  records.forEach((record, i) => {
    const registration = registrations.get(record.registrationId);
    if (!registration || registration.status !== 'registered') {
      throw refuse.invalid(`No registration ${record.registrationId} on a seat of this gathering`, [{ pointer: `/records/${i}/registrationId`, detail: 'Not a registered (seated) attendee of this gathering' }]);
    }
  });
}

/** A gathering's recorded attendance, as the overview reads it. */
export interface AttendanceSummary {
  readonly gatheringId: string;
  readonly title: string;
  readonly kind: string;
  readonly firstDay: string;
  readonly lastDay: string;
  readonly cohortIds: readonly string[];
  readonly networkId?: string | undefined;
  /** Municipalities with at least one attendee recorded as attended (a walk-in counts). */
  readonly attendedBy: readonly string[];
  readonly recordedAt: string;
}

/** A participant as the overview counts it: its cohort and network. */
export interface AudienceMember {
  readonly municipalityNumber: string;
  readonly municipalityName: string;
  readonly cohortId: string;
  readonly networkId?: string | undefined;
}

export interface MissedGatherings {
  readonly municipalityNumber: string;
  readonly municipalityName: string;
  /** Ended gatherings with recorded attendance whose audience the participant was in. */
  readonly expected: number;
  readonly missed: readonly { readonly gatheringId: string; readonly title: string; readonly kind: string; readonly firstDay: string; readonly lastDay: string }[];
}

/**
 * Per participant: the gatherings it was expected at (in the audience of a gathering that has
 * ended and whose attendance was recorded) and those it missed (no attendee of it attended).
 * The audience is the hosts' participants as they are now (a municipality admitted later is not
 * expected at a gathering that ended before its admission).
 */
export function missedGatherings(recorded: readonly AttendanceSummary[], members: readonly (AudienceMember & { admittedOn: string })[], today: string): MissedGatherings[] {
  const byMunicipality = new Map<string, { name: string; expected: Set<string>; missed: Map<string, AttendanceSummary> }>();
  for (const m of members) {
    const entry = byMunicipality.get(m.municipalityNumber) ?? { name: m.municipalityName, expected: new Set<string>(), missed: new Map<string, AttendanceSummary>() };
    byMunicipality.set(m.municipalityNumber, entry);
    for (const g of recorded) {
      if (g.lastDay >= today || m.admittedOn > g.lastDay) continue;
      const hosted = g.networkId !== undefined ? m.networkId === g.networkId : g.cohortIds.includes(m.cohortId);
      if (!hosted) continue;
      entry.expected.add(g.gatheringId);
      if (!g.attendedBy.includes(m.municipalityNumber)) entry.missed.set(g.gatheringId, g);
    }
  }
  return [...byMunicipality]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([municipalityNumber, e]) => ({
      municipalityNumber,
      municipalityName: e.name,
      expected: e.expected.size,
      missed: [...e.missed.values()]
        .sort((a, b) => a.firstDay.localeCompare(b.firstDay))
        .map((g) => ({ gatheringId: g.gatheringId, title: g.title, kind: g.kind, firstDay: g.firstDay, lastDay: g.lastDay })),
    }));
}
