/**
 * Gathering changes, pure: each takes the current state and the request and returns the new
 * state with the events it causes, or throws a refusal. The handlers load (the hosts, the seats
 * taken), call one of these, and store the result in one transaction.
 */
import { randomUUID } from 'node:crypto';
import { newEvent, type EventEnvelope } from '../event-catalogue.ts';
import type { CommandContext, Outcome as PlatformOutcome } from '../platform/commands.ts';
import { refuse } from '../platform/refusal.ts';
import { acceptsPlanning, type CohortRecord } from '../cohorts/model.ts';
import type { GatheringRequest } from './contract.ts';
import { isFixed, type GatheringChange, type GatheringRecord, type GatheringSession } from './model.ts';

export type Outcome<S> = PlatformOutcome<S, EventEnvelope>;

/** The hosts as loaded: the cohorts named (each found), or the network with its cohort. */
export type LoadedHosts =
  | { readonly cohorts: readonly Pick<CohortRecord, 'id' | 'name' | 'status'>[] }
  | { readonly network: { readonly id: string; readonly name: string; readonly cohort: Pick<CohortRecord, 'id' | 'name' | 'status'> } };

/** What every gathering event names besides the gathering: its hosts, by name, for the letters and the webhooks. */
export function hostNames(hosts: LoadedHosts) {
  return 'cohorts' in hosts
    ? { cohorts: hosts.cohorts.map((c) => ({ cohortId: c.id, cohortName: c.name })) }
    : { cohorts: [{ cohortId: hosts.network.cohort.id, cohortName: hosts.network.cohort.name }], network: { networkId: hosts.network.id, networkName: hosts.network.name } };
}

function ensurePlanning(hosts: LoadedHosts): void {
  const cohorts = 'cohorts' in hosts ? hosts.cohorts : [hosts.network.cohort];
  const completed = cohorts.filter((c) => !acceptsPlanning(c.status));
  if (completed.length > 0) throw refuse.conflict(`Completed cohorts have no calendar any more: ${completed.map((c) => c.name).join(', ')}`);
}

/** Sessions as stored: a kept id stays (its registrations with it), a new session gets one. */
function sessionsOf(request: GatheringRequest, current: readonly GatheringSession[] = []): GatheringSession[] {
  const known = new Set(current.map((s) => s.id));
  const unknown = request.sessions.flatMap((s, i) => (s.id && !known.has(s.id) ? [{ pointer: `/sessions/${i}/id`, detail: `The gathering has no session ${s.id}: leave the id out for a new session` }] : []));
  if (unknown.length > 0) throw refuse.invalid('Unknown session', unknown);
  return request.sessions.map((s) => ({ ...s, id: s.id ?? randomUUID() }));
}

function record(request: GatheringRequest, sessions: GatheringSession[], base: Pick<GatheringRecord, 'id' | 'status' | 'sequence' | 'createdAt' | 'updatedAt'>): GatheringRecord {
  const { sessions: _sessions, capacity, ...rest } = request;
  // No empty map: an unlimited gathering has no capacity at all.
  const limits = capacity && (capacity.total !== undefined || capacity.perMunicipality !== undefined) ? { capacity } : {};
  return { ...rest, ...limits, ...base, sessions };
}

/** A new gathering; the hosts' participants in its audience are told (GatheringScheduled). */
export function scheduleGathering(request: GatheringRequest, hosts: LoadedHosts, context: CommandContext & { readonly id: string }): Outcome<GatheringRecord> {
  ensurePlanning(hosts);
  const at = context.now.toISOString();
  const gathering = record(request, sessionsOf(request), { id: context.id, status: 'scheduled', sequence: 0, createdAt: at, updatedAt: at });
  return { state: gathering, events: [newEvent('GatheringScheduled', { ...hostNames(hosts), gathering }, context)] };
}

/** The seats already taken, which a change of capacity or sessions must leave room for. */
export interface SeatsTaken {
  readonly taken: number;
  readonly bySession: Readonly<Record<string, number>>;
  /** The most seats any one municipality holds. */
  readonly mostByOneMunicipality: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function changesBetween(before: GatheringRecord, after: GatheringRecord): GatheringChange[] {
  const changes: GatheringChange[] = [];
  if (!isFixed(before.when) && isFixed(after.when)) changes.push('days-fixed');
  else if (!same(before.when, after.when)) changes.push('when');
  const pairs: [GatheringChange, unknown, unknown][] = [
    ['sessions', before.sessions, after.sessions],
    ['venue', before.venue, after.venue],
    ['title', before.title, after.title],
    ['kind', before.kind, after.kind],
    ['description', before.description, after.description],
    ['hosts', before.hosts, after.hosts],
    ['audience', before.audience, after.audience],
    ['organiser', before.organiser, after.organiser],
    ['capacity', before.capacity, after.capacity],
    ['registration-deadline', before.registrationDeadline, after.registrationDeadline],
  ];
  for (const [change, a, b] of pairs) if (!same(a, b)) changes.push(change);
  return changes;
}

/** Refuses a capacity or a session set that leaves fewer seats than are taken (each problem names its field). */
function ensureRoomForTaken(changed: GatheringRecord, seats: SeatsTaken): void {
  const problems: { pointer: string; detail: string }[] = [];
  const { total, perMunicipality } = changed.capacity ?? {};
  if (total !== undefined && total < seats.taken) problems.push({ pointer: '/capacity/total', detail: `${seats.taken} seats are taken already` });
  if (perMunicipality !== undefined && perMunicipality < seats.mostByOneMunicipality) {
    problems.push({ pointer: '/capacity/perMunicipality', detail: `A municipality holds ${seats.mostByOneMunicipality} seats already` });
  }
  changed.sessions.forEach((s, i) => {
    const taken = seats.bySession[s.id] ?? 0;
    if (s.capacity !== undefined && s.capacity < taken) problems.push({ pointer: `/sessions/${i}/capacity`, detail: `${taken} seats of this session are taken already` });
  });
  const kept = new Set(changed.sessions.map((s) => s.id));
  const dropped = Object.entries(seats.bySession).filter(([id, taken]) => taken > 0 && !kept.has(id));
  if (dropped.length > 0) problems.push({ pointer: '/sessions', detail: `Sessions with registrations cannot be removed (${dropped.length}): cancel their registrations first` });
  if (problems.length > 0) throw refuse.invalid('The change leaves fewer seats than are taken', problems);
}

/** The gathering as changed, SEQUENCE one higher; people are told what changed (GatheringChanged, with the previous version). */
export function changeGathering(current: GatheringRecord, request: GatheringRequest, hosts: LoadedHosts, seats: SeatsTaken, context: CommandContext): Outcome<GatheringRecord> {
  if (current.status === 'cancelled') throw refuse.conflict('The gathering is cancelled: schedule a new one');
  ensurePlanning(hosts);
  if (isFixed(current.when) && !isFixed(request.when)) throw refuse.invalid('A gathering whose days are fixed cannot go back to a month', [{ pointer: '/when', detail: 'Give its days' }]);
  const changed = record(request, sessionsOf(request, current.sessions), { id: current.id, status: current.status, sequence: current.sequence + 1, createdAt: current.createdAt, updatedAt: context.now.toISOString() });
  ensureRoomForTaken(changed, seats);
  const changes = changesBetween(current, changed);
  if (changes.length === 0) return { state: current, events: [] };
  return { state: changed, events: [newEvent('GatheringChanged', { ...hostNames(hosts), gathering: changed, previous: current, changes }, context)] };
}

/** The gathering cancelled (kept, with STATUS:CANCELLED in the feeds), SEQUENCE one higher; people are told (GatheringCancelled). */
export function cancelGathering(current: GatheringRecord, reason: string, hosts: LoadedHosts, context: CommandContext): Outcome<GatheringRecord> {
  if (current.status === 'cancelled') throw refuse.conflict('The gathering is cancelled already');
  const cancelled: GatheringRecord = { ...current, status: 'cancelled', sequence: current.sequence + 1, updatedAt: context.now.toISOString() };
  return { state: cancelled, events: [newEvent('GatheringCancelled', { ...hostNames(hosts), gathering: cancelled, reason }, context)] };
}
