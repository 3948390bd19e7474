/**
 * Gatherings in the programme table, bound to it once: `gatheringsRepository()` in a handler,
 * `new GatheringsRepository(new Table(name))` in a test.
 *
 * A gathering is one item in its own partition (its registrations and seat counters beside it).
 * Each host (a cohort, or a network) has a copy of it in its own partition, rewritten in the same
 * transaction as every change, so a cohort's or a network's calendar is one Query; the date index
 * holds the gathering item only (upcoming gatherings, reminders).
 */
import type { EventEnvelope } from '../event-catalogue.ts';
import type { TransactionStep } from '../platform/dynamodb/transaction.ts';
import { refuse } from '../platform/refusal.ts';
import { versionOf, withoutStorageAttributes, type Versioned } from '../platform/dynamodb/query.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import type { SeatsTaken } from './commands.ts';
import { firstDay, hostCohortIds, type GatheringHosts, type GatheringRecord } from './model.ts';

export const keys = {
  /** pk GATHERING#<id>, sk GATHERING: the gathering. */
  gathering: (gatheringId: string) => ({ pk: `GATHERING#${gatheringId}`, sk: 'GATHERING' }),
  /** gsi1 GATHERINGS / <first day>#<id>: every gathering by its first day (a month-only one by its month's first day). */
  byFirstDay: (day = '', gatheringId = '') => ({ gsi1pk: 'GATHERINGS', gsi1sk: day ? `${day}#${gatheringId}` : '' }),
  /** pk COHORT#<id>, sk GATHERING#<id>: a cohort's copy of each gathering it hosts (its calendar, one Query). */
  ofCohort: (cohortId: string, gatheringId = '') => ({ pk: `COHORT#${cohortId}`, sk: `GATHERING#${gatheringId}` }),
  /** pk NETWORK#<id>, sk GATHERING#<id>: a network's copy of each of its own gatherings. */
  ofNetwork: (networkId: string, gatheringId = '') => ({ pk: `NETWORK#${networkId}`, sk: `GATHERING#${gatheringId}` }),
  /**
   * pk GATHERING#<id>, sk SEATS: the seats taken, `taken` in all and `session_<sessionId>` per
   * session (registrations.ts writes them with each registration, conditionally); a capacity
   * change checks against them.
   */
  seats: (gatheringId: string) => ({ pk: `GATHERING#${gatheringId}`, sk: 'SEATS' }),
  /** pk GATHERING#<id>, sk SEATS#<nr>: the seats one municipality has taken (`taken`). */
  municipalitySeats: (gatheringId: string, municipalityNumber: string) => ({ pk: `GATHERING#${gatheringId}`, sk: `SEATS#${municipalityNumber}` }),
};

/** The partitions that hold a copy of the gathering. */
function hostKeys(hosts: GatheringHosts, gatheringId: string) {
  return 'networkId' in hosts ? [keys.ofNetwork(hosts.networkId, gatheringId)] : hostCohortIds(hosts).map((c) => keys.ofCohort(c, gatheringId));
}

function gatheringItem(gathering: GatheringRecord, version: number) {
  return { ...keys.gathering(gathering.id), ...keys.byFirstDay(firstDay(gathering.when), gathering.id), entity: 'Gathering', version, ...gathering };
}

function hostCopy(gathering: GatheringRecord, key: { pk: string; sk: string }) {
  return { ...key, entity: 'GatheringCopy', gatheringId: gathering.id, ...gathering };
}

/**
 * A gathering as read from its item or a host's copy. A copy from before gatherings had their own
 * capability (one day, one cohort, a location) reads as the gathering it was: that day, that
 * cohort, the location as its venue, never changed since.
 */
/** The counts on a gathering's seat item: in all and per session id (each session's count is the attribute `session_<id>`). */
export function seatCounts(item: Record<string, unknown> | undefined): { taken: number; bySession: Record<string, number> } {
  const counts = item ?? {};
  const bySession = Object.fromEntries(Object.entries(counts).flatMap(([k, v]) => (k.startsWith('session_') ? [[k.slice('session_'.length), Number(v)]] : [])));
  return { taken: Number(counts.taken ?? 0), bySession };
}

export function gatheringOf(item: Record<string, unknown>): GatheringRecord {
  if ('date' in item && !('when' in item)) return legacyGathering(item);
  const { gatheringId: _id, ...gathering } = withoutStorageAttributes<GatheringRecord & { gatheringId?: string }>(item);
  return gathering;
}

function legacyGathering(item: Record<string, unknown>): GatheringRecord {
  const { id, kind, title, date, location, description, updatedAt } = item as Record<string, string>;
  const cohortId = String(item.pk).slice('COHORT#'.length);
  return {
    id: id!,
    kind: kind as GatheringRecord['kind'],
    title: title!,
    ...(description ? { description } : {}),
    hosts: { cohortIds: [cohortId] },
    audience: 'participants',
    organiser: 'Kvalitetskommunesekretariatet',
    venue: { name: location! },
    when: { from: date!, to: date! },
    sessions: [],
    status: 'scheduled',
    sequence: 0,
    createdAt: updatedAt!,
    updatedAt: updatedAt!,
  };
}

const byFirstDayThenId = (a: GatheringRecord, b: GatheringRecord) => firstDay(a.when).localeCompare(firstDay(b.when)) || a.id.localeCompare(b.id);

export class GatheringsRepository {
  readonly #table: Table;

  constructor(table: Table) {
    this.#table = table;
  }

  /** One gathering, read to be changed (legacy copies have no gathering item: read them with ofCohort). */
  async get(gatheringId: string): Promise<Versioned<GatheringRecord> | undefined> {
    const read = await this.#table.get<Record<string, unknown>>(keys.gathering(gatheringId));
    return read && { value: gatheringOf(read.value), version: read.version };
  }

  /** The gathering, or a not-found refusal. */
  async require(gatheringId: string): Promise<Versioned<GatheringRecord>> {
    const gathering = await this.get(gatheringId);
    if (!gathering) throw refuse.notFound(`No gathering ${gatheringId}`);
    return gathering;
  }

  /** A cohort's calendar (the gatherings it hosts, with the ones for several cohorts), by first day. */
  async ofCohort(cohortId: string): Promise<GatheringRecord[]> {
    const items = await this.#table.queryPrefix(keys.ofCohort(cohortId).pk, 'GATHERING#');
    return items.map(gatheringOf).sort(byFirstDayThenId);
  }

  /** A network's own gatherings, by first day. */
  async ofNetwork(networkId: string): Promise<GatheringRecord[]> {
    const items = await this.#table.queryPrefix(keys.ofNetwork(networkId).pk, 'GATHERING#');
    return items.map(gatheringOf).sort(byFirstDayThenId);
  }

  /** Every gathering whose first day is in [from, to] (yyyy-mm-dd, inclusive), by first day: one Query of the date index. */
  async between(from: string, to: string): Promise<GatheringRecord[]> {
    const items = await this.#table.query({
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': keys.byFirstDay().gsi1pk, ':from': from, ':to': `${to}#~` },
    });
    return items.map(gatheringOf);
  }

  /** The seats taken: in all, per session id, and the most one municipality holds (one Query of the gathering's seat counters). */
  async seatsTaken(gatheringId: string): Promise<SeatsTaken> {
    const items = await this.#table.queryPrefix(keys.seats(gatheringId).pk, 'SEATS');
    const { taken, bySession } = seatCounts(items.find((i) => i.sk === 'SEATS'));
    const mostByOneMunicipality = Math.max(0, ...items.filter((i) => i.sk !== 'SEATS').map((i) => Number(i.taken ?? 0)));
    return { taken, bySession, mostByOneMunicipality };
  }

  /**
   * A step that holds only while the seats taken are what a change was checked against: a sign-up
   * or a cancellation in between fails the change (409, try again) rather than leave a capacity
   * below the seats taken.
   */
  seatsUnchangedStep(gatheringId: string, seats: Pick<SeatsTaken, 'taken'>): TransactionStep {
    return {
      item: {
        ConditionCheck: {
          TableName: this.#table.name,
          Key: keys.seats(gatheringId),
          ConditionExpression: seats.taken === 0 ? 'attribute_not_exists(taken) OR taken = :taken' : 'taken = :taken',
          ExpressionAttributeValues: { ':taken': seats.taken },
        },
      },
      onConditionFailed: () => refuse.conflict('Seats were taken or given up while the gathering changed: read it again and retry'),
    };
  }

  /**
   * Stores a new gathering (version 0) or its change (optimistic locking on the gathering item),
   * rewriting every host's copy and deleting the copies of hosts it no longer has, with the
   * change's events and any further steps (a seat check), in one transaction.
   */
  async save(gathering: Versioned<GatheringRecord>, events: readonly EventEnvelope[], previous?: GatheringRecord, extraSteps: readonly TransactionStep[] = []): Promise<void> {
    const { value } = gathering;
    const main =
      gathering.version === 0
        ? this.#table.putNew(gatheringItem(value, 1), () => refuse.conflict(`Gathering ${value.id} exists`))
        : this.#table.putVersioned(gatheringItem(value, gathering.version), `Gathering ${value.id}`);
    const copies = hostKeys(value.hosts, value.id).map((key): TransactionStep => ({ item: { Put: { TableName: this.#table.name, Item: hostCopy(value, key) } } }));
    const kept = new Set(copies.map((c) => `${c.item.Put!.Item!.pk}`));
    const dropped = previous
      ? hostKeys(previous.hosts, previous.id)
          .filter((key) => !kept.has(key.pk))
          .map((key): TransactionStep => ({ item: { Delete: { TableName: this.#table.name, Key: key } } }))
      : [];
    await this.#table.transact([main, ...copies, ...dropped, ...extraSteps], events);
  }
}

let bound: GatheringsRepository | undefined;

/** The deployment's gatherings (TABLE_NAME), bound on first use. */
export const gatheringsRepository = (): GatheringsRepository => (bound ??= new GatheringsRepository(programmeTable()));
