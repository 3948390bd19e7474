/**
 * A gathering's registrations in the programme table, in the gathering's own partition
 * (repository.ts `keys`), with the seat counters beside them:
 *
 * | item                                              | key                                                        |
 * | ------------------------------------------------- | ---------------------------------------------------------- |
 * | a registration (one attendee)                     | pk GATHERING#<id>, sk REGISTRATION#<registrationId>         |
 * | a municipality's registrations, by gathering       | gsi2 GATHERING_REGISTRATIONS#<nr> / <gatheringId>#<regId>   |
 * | one registration per attendee (guard)             | pk GATHERING#<id>, sk ATTENDEE#<personId or address>        |
 * | seats taken (`taken`, `session_<id>`),            | pk GATHERING#<id>, sk SEATS                                 |
 * |   `waitlistNext` (the last position handed out)    |                                                            |
 * | seats one municipality has taken                  | pk GATHERING#<id>, sk SEATS#<nr>                            |
 * | a reminder sent (once per registration and step)  | pk GATHERING#<id>, sk REMINDER#<daysBefore>#<regId>         |
 * | the recorded attendance, for the overview          | pk GATHERING#<id>, sk ATTENDANCE; gsi2 GATHERING_ATTENDANCE / <lastDay>#<id> |
 *
 * Why races for the last seat never overbook: a seat is taken by one transaction that adds 1 to
 * SEATS.taken only if `taken < :capacity`, to the session's count only if below the session's
 * capacity and to SEATS#<nr> only if below the per-municipality capacity, and puts the
 * registration; a failed condition writes nothing and the sign-up reads the counts again. Going
 * on the waiting list takes a position from one atomic counter (SEATS.waitlistNext: no two
 * registrations get one) and is conditional on the capacity found full being full still, in the
 * registration's transaction: a seat freed meanwhile makes the attendee try for it instead, and
 * a waitlisted registration is never stored beside a free seat it fits.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EventEnvelope } from '../event-catalogue.ts';
import { ParticipantsRepository } from '../applications/index.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import { withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import type { TransactionStep } from '../platform/dynamodb/transaction.ts';
import { refuse } from '../platform/refusal.ts';
import { keys as gatheringKeys, seatCounts } from './repository.ts';
import type { GatheringRecord } from './model.ts';
import { fullCapacity, type AttendanceSummary, type Registration, type SeatLimits, type Seats } from './registrations.ts';

export const registrationKeys = {
  registration: (gatheringId: string, registrationId = '') => ({ pk: `GATHERING#${gatheringId}`, sk: `REGISTRATION#${registrationId}` }),
  ofMunicipality: (municipalityNumber: string, gatheringId = '', registrationId = '') => ({
    gsi2pk: `GATHERING_REGISTRATIONS#${municipalityNumber}`,
    gsi2sk: gatheringId ? `${gatheringId}#${registrationId}` : '',
  }),
  attendee: (gatheringId: string, attendee: { personId?: string | undefined; email: string }) => ({
    pk: `GATHERING#${gatheringId}`,
    sk: `ATTENDEE#${attendee.personId ?? attendee.email.toLowerCase()}`,
  }),
  reminder: (gatheringId: string, daysBefore: number, registrationId: string) => ({ pk: `GATHERING#${gatheringId}`, sk: `REMINDER#${daysBefore}#${registrationId}` }),
  attendance: (gatheringId: string) => ({ pk: `GATHERING#${gatheringId}`, sk: 'ATTENDANCE' }),
  attendanceByLastDay: (lastDay = '', gatheringId = '') => ({ gsi2pk: 'GATHERING_ATTENDANCE', gsi2sk: lastDay ? `${lastDay}#${gatheringId}` : '' }),
};

/** The counts a sign-up decides on, and the SEATS item's revision they were read at. */
export interface SeatsRead {
  readonly seats: Seats;
}

/** A seat condition failed (a capacity filled meanwhile): read again. */
class SeatsChanged extends Error {}

/** How often a sign-up reads and tries again before it gives up (each try fails only because another sign-up or cancellation committed). */
const ATTEMPTS = 40;

const sessionCount = (sessionId: string) => `session_${sessionId}`;

function registrationItem(r: Registration) {
  return { ...registrationKeys.registration(r.gatheringId, r.id), ...registrationKeys.ofMunicipality(r.municipalityNumber, r.gatheringId, r.id), entity: 'GatheringRegistration', ...r };
}

/** Whether a failed transaction failed only on contention (another transaction on the same items), worth trying again. */
const contended = (error: unknown) =>
  error instanceof TransactionCanceledException && (error.CancellationReasons ?? []).some((r) => r.Code === 'TransactionConflict');

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(200, 10 * 2 ** Math.min(attempt, 5))));

export class RegistrationsRepository {
  readonly #table: Table;
  readonly #participants: ParticipantsRepository;

  constructor(table: Table) {
    this.#table = table;
    this.#participants = new ParticipantsRepository(table);
  }

  /** Whether the municipality is in the hosts' audience: a participant of a hosting cohort, or a member of the hosting network. */
  async inAudience(gathering: GatheringRecord, municipalityNumber: string): Promise<boolean> {
    if ('networkId' in gathering.hosts) {
      const { networkId } = gathering.hosts;
      return (await this.#participants.participationOf(municipalityNumber)).some((p) => p.networkId === networkId);
    }
    const found = await Promise.all(gathering.hosts.cohortIds.map((cohortId) => this.#participants.get(cohortId, municipalityNumber)));
    return found.some((p) => p !== undefined);
  }

  /** The seat counts (strongly consistent): in all, per session, the municipality's. */
  async seats(gatheringId: string, municipalityNumber: string): Promise<SeatsRead> {
    const [all, own] = await Promise.all([
      this.#table.get<Record<string, unknown>>(gatheringKeys.seats(gatheringId)),
      this.#table.get<Record<string, unknown>>(gatheringKeys.municipalitySeats(gatheringId, municipalityNumber)),
    ]);
    return { seats: { ...seatCounts(all?.value), municipality: Number(own?.value.taken ?? 0) } };
  }

  /** The steps that take one seat, each conditional on its capacity. */
  #takeSeat(gatheringId: string, municipalityNumber: string, sessionId: string | undefined, limits: SeatLimits): TransactionStep[] {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ':one': 1 };
    let update = 'ADD taken :one';
    const conditions: string[] = [];
    if (limits.total !== undefined) {
      conditions.push('(attribute_not_exists(taken) OR taken < :total)');
      values[':total'] = limits.total;
    }
    if (sessionId !== undefined) {
      names['#s'] = sessionCount(sessionId);
      update += ', #s :one';
      if (limits.session !== undefined) {
        conditions.push('(attribute_not_exists(#s) OR #s < :session)');
        values[':session'] = limits.session;
      }
    }
    const own: TransactionStep = {
      item: {
        Update: {
          TableName: this.#table.name,
          Key: gatheringKeys.municipalitySeats(gatheringId, municipalityNumber),
          UpdateExpression: 'ADD taken :one',
          ...(limits.perMunicipality !== undefined ? { ConditionExpression: 'attribute_not_exists(taken) OR taken < :per' } : {}),
          ExpressionAttributeValues: { ':one': 1, ...(limits.perMunicipality !== undefined ? { ':per': limits.perMunicipality } : {}) },
        },
      },
      onConditionFailed: () => new SeatsChanged(),
    };
    // The capacities hold only while the gathering is as read: a change (a lowered capacity) in between refuses the seat.
    const unchanged: TransactionStep[] =
      limits.sequence === undefined
        ? []
        : [
            {
              item: {
                ConditionCheck: {
                  TableName: this.#table.name,
                  Key: gatheringKeys.gathering(gatheringId),
                  ConditionExpression: '#sequence = :sequence',
                  ExpressionAttributeNames: { '#sequence': 'sequence' },
                  ExpressionAttributeValues: { ':sequence': limits.sequence },
                },
              },
              onConditionFailed: () => refuse.conflict('The gathering changed while the seat was taken: read it again and retry'),
            },
          ];
    return [
      ...unchanged,
      {
        item: {
          Update: {
            TableName: this.#table.name,
            Key: gatheringKeys.seats(gatheringId),
            UpdateExpression: update,
            ...(conditions.length ? { ConditionExpression: conditions.join(' AND ') } : {}),
            ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
            ExpressionAttributeValues: values,
          },
        },
        onConditionFailed: () => new SeatsChanged(),
      },
      own,
    ];
  }

  /** The steps that give one seat back. */
  #freeSeat(gatheringId: string, municipalityNumber: string, sessionId: string | undefined): TransactionStep[] {
    return [
      {
        item: {
          Update: {
            TableName: this.#table.name,
            Key: gatheringKeys.seats(gatheringId),
            UpdateExpression: `ADD taken :minus${sessionId !== undefined ? ', #s :minus' : ''}`,
            ...(sessionId !== undefined ? { ExpressionAttributeNames: { '#s': sessionCount(sessionId) } } : {}),
            ExpressionAttributeValues: { ':minus': -1 },
          },
        },
      },
      { item: { Update: { TableName: this.#table.name, Key: gatheringKeys.municipalitySeats(gatheringId, municipalityNumber), UpdateExpression: 'ADD taken :minus', ExpressionAttributeValues: { ':minus': -1 } } } },
    ];
  }

  /** The next position on the waiting list: one atomic counter, so no two registrations get one (a position whose sign-up then took a seat stays unused). */
  async #nextPosition(gatheringId: string): Promise<number> {
    const { Attributes } = await this.#table.client.send(
      new UpdateCommand({ TableName: this.#table.name, Key: gatheringKeys.seats(gatheringId), UpdateExpression: 'ADD waitlistNext :one', ExpressionAttributeValues: { ':one': 1 }, ReturnValues: 'UPDATED_NEW' }),
    );
    return Number(Attributes?.waitlistNext);
  }

  /** The check that the capacity found full is still full when the attendee goes on the waiting list (a seat freed meanwhile: try for it instead). */
  #stillFull(gatheringId: string, municipalityNumber: string, sessionId: string | undefined, full: 'total' | 'session' | 'municipality', limits: SeatLimits): TransactionStep {
    const check =
      full === 'municipality'
        ? { Key: gatheringKeys.municipalitySeats(gatheringId, municipalityNumber), ConditionExpression: 'taken >= :cap', ExpressionAttributeValues: { ':cap': limits.perMunicipality } }
        : full === 'session'
          ? { Key: gatheringKeys.seats(gatheringId), ConditionExpression: '#s >= :cap', ExpressionAttributeNames: { '#s': sessionCount(sessionId!) }, ExpressionAttributeValues: { ':cap': limits.session } }
          : { Key: gatheringKeys.seats(gatheringId), ConditionExpression: 'taken >= :cap', ExpressionAttributeValues: { ':cap': limits.total } };
    return { item: { ConditionCheck: { TableName: this.#table.name, ...check } }, onConditionFailed: () => new SeatsChanged() };
  }

  #newRegistration(registration: Registration): TransactionStep[] {
    return [
      this.#table.putNew(registrationItem(registration), () => refuse.conflict(`Registration ${registration.id} exists`)),
      this.#table.putNew(
        { ...registrationKeys.attendee(registration.gatheringId, registration.attendee), entity: 'GatheringAttendee', registrationId: registration.id },
        () => refuse.conflict(`${registration.attendee.name} (${registration.attendee.personId ?? registration.attendee.email}) is signed up for this gathering already (rule: already-registered)`),
      ),
    ];
  }

  /**
   * Signs one attendee up: on a seat when one fits every capacity, else on the waiting list at
   * the next position; reads the counts again whenever another sign-up or cancellation
   * committed in between. `eventsOf` builds the events of the outcome (stored in the same transaction).
   */
  async signUp(pending: Omit<Registration, 'status' | 'position'>, limits: SeatLimits, eventsOf: (r: Registration) => readonly EventEnvelope[]): Promise<Registration> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const read = await this.seats(pending.gatheringId, pending.municipalityNumber);
      const full = fullCapacity(read.seats, limits, pending.sessionId);
      try {
        if (full === undefined) {
          const registration: Registration = { ...pending, status: 'registered' };
          await this.#table.transact([...this.#takeSeat(pending.gatheringId, pending.municipalityNumber, pending.sessionId, limits), ...this.#newRegistration(registration)], eventsOf(registration));
          return registration;
        }
        const registration: Registration = { ...pending, status: 'waitlisted', position: await this.#nextPosition(pending.gatheringId) };
        const stillFull = this.#stillFull(pending.gatheringId, pending.municipalityNumber, pending.sessionId, full, limits);
        await this.#table.transact([stillFull, ...this.#newRegistration(registration)], eventsOf(registration));
        return registration;
      } catch (error) {
        if (!(error instanceof SeatsChanged) && !contended(error)) throw error;
        await pause(attempt);
      }
    }
    throw refuse.conflict('Too many sign-ups for this gathering at once: try again (rule: busy)');
  }

  /** Cancels a registration; a seated one gives its seat back. False when it was no longer in that state (a concurrent cancellation). */
  async cancel(registration: Registration, cancelled: Registration, events: readonly EventEnvelope[]): Promise<boolean> {
    const steps: TransactionStep[] = [
      ...(registration.status === 'registered' ? this.#freeSeat(registration.gatheringId, registration.municipalityNumber, registration.sessionId) : []),
      {
        item: {
          Put: {
            TableName: this.#table.name,
            Item: registrationItem(cancelled),
            ConditionExpression: '#status = :was',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':was': registration.status },
          },
        },
        onConditionFailed: () => new SeatsChanged(),
      },
      { item: { Delete: { TableName: this.#table.name, Key: registrationKeys.attendee(registration.gatheringId, registration.attendee) } } },
    ];
    const done = await this.#transactWhileContended(steps, events);
    if (done === undefined) throw refuse.conflict('Too many changes to this gathering at once: try again (rule: busy)');
    return done;
  }

  /** Runs the transaction, again while it only met contention: true when written, false when a condition failed, undefined when contention outlasted the attempts. */
  async #transactWhileContended(steps: readonly TransactionStep[], events: readonly EventEnvelope[]): Promise<boolean | undefined> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        await this.#table.transact(steps, events);
        return true;
      } catch (error) {
        if (error instanceof SeatsChanged) return false;
        if (!contended(error)) throw error;
        await pause(attempt);
      }
    }
    return undefined;
  }

  /**
   * Moves a waitlisted registration up onto a seat, by the same conditional write as a sign-up;
   * false (nothing written) when the seat is gone or the registration is no longer waitlisted.
   */
  async moveUp(waiting: Registration, seated: Registration, limits: SeatLimits, events: readonly EventEnvelope[]): Promise<boolean> {
    const steps: TransactionStep[] = [
      ...this.#takeSeat(waiting.gatheringId, waiting.municipalityNumber, waiting.sessionId, limits),
      {
        item: {
          Put: {
            TableName: this.#table.name,
            Item: registrationItem(seated),
            ConditionExpression: '#status = :waitlisted',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':waitlisted': 'waitlisted' },
          },
        },
        onConditionFailed: () => new SeatsChanged(),
      },
    ];
    return (await this.#transactWhileContended(steps, events)) ?? false;
  }

  /** One registration (strongly consistent), or undefined. */
  async get(gatheringId: string, registrationId: string): Promise<Registration | undefined> {
    return (await this.#table.get<Registration>(registrationKeys.registration(gatheringId, registrationId)))?.value;
  }

  /** Every registration of a gathering (its partition, strongly consistent: the waiting list is read to be moved up), by time of sign-up. */
  async ofGathering(gatheringId: string): Promise<Registration[]> {
    const { pk } = registrationKeys.registration(gatheringId);
    const items = await this.#table.query({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': 'REGISTRATION#' },
      ConsistentRead: true,
    });
    return items.map((i) => withoutStorageAttributes<Registration>(i)).sort((a, b) => a.registeredAt.localeCompare(b.registeredAt) || a.id.localeCompare(b.id));
  }

  /** A municipality's registrations for every gathering (one GSI partition). */
  async ofMunicipality(municipalityNumber: string): Promise<Registration[]> {
    return (await this.#table.queryIndex('gsi2', registrationKeys.ofMunicipality(municipalityNumber).gsi2pk)).map((i) => withoutStorageAttributes<Registration>(i));
  }

  /** Records the reminder with its event if it was not sent before; false (nothing written) when it was. */
  async claimReminder(gatheringId: string, daysBefore: number, registrationId: string, event: EventEnvelope): Promise<boolean> {
    const item = { ...registrationKeys.reminder(gatheringId, daysBefore, registrationId), entity: 'GatheringReminder', eventId: event.metadata.eventId };
    return this.#table.transactIfConditionsHold([{ Put: { TableName: this.#table.name, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } }], [event]);
  }

  /** The recorded attendance of a gathering, with its version (0: none yet). */
  async attendance(gatheringId: string): Promise<{ value: AttendanceSummary | undefined; version: number }> {
    const read = await this.#table.get<AttendanceSummary>(registrationKeys.attendance(gatheringId));
    return { value: read?.value, version: read?.version ?? 0 };
  }

  /**
   * Stores an attendance record: the registrations' attendance (and walk-ins), and the summary
   * the overview reads, optimistically locked (two recordings at once: the second reads again).
   */
  async recordAttendance(changed: readonly Registration[], summary: AttendanceSummary, version: number, events: readonly EventEnvelope[]): Promise<void> {
    const item = { ...registrationKeys.attendance(summary.gatheringId), ...registrationKeys.attendanceByLastDay(summary.lastDay, summary.gatheringId), entity: 'GatheringAttendance', ...summary };
    const summaryStep =
      version === 0
        ? this.#table.putNew({ ...item, version: 1 }, () => refuse.conflict('The attendance was recorded meanwhile: read it again'))
        : this.#table.putVersioned({ ...item, version }, 'The attendance');
    await this.#table.transact([summaryStep, ...changed.map((r): TransactionStep => ({ item: { Put: { TableName: this.#table.name, Item: registrationItem(r) } } }))], events);
  }

  /** Every gathering's recorded attendance, by last day (one GSI partition: one item per gathering held). */
  async attendanceSummaries(): Promise<AttendanceSummary[]> {
    return (await this.#table.queryIndex('gsi2', registrationKeys.attendanceByLastDay().gsi2pk)).map((i) => withoutStorageAttributes<AttendanceSummary>(i));
  }
}

let bound: RegistrationsRepository | undefined;

/** The deployment's registrations (TABLE_NAME), bound on first use. */
export const registrationsRepository = (): RegistrationsRepository => (bound ??= new RegistrationsRepository(programmeTable()));
