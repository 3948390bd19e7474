/**
 * Target statuses: one item per participant (versioned; a change is stored with its event), all
 * listed on one index partition for the overview.
 *
 * The cap on target status notices: one slot item per municipality and Norwegian day. A change
 * claims a place in it with one conditional update (atomic, so concurrent changes cannot both
 * take the last place); a change that finds the day full is coalesced into the slot, which keeps
 * the latest change by `occurredAt` (a late, older event never overwrites a newer one). Claims
 * are keyed by event id, so a redelivered event that claimed a place finds it again.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoredTargetStatus } from './contract.ts';
import type { EventData, EventEnvelope } from '../event-catalogue.ts';
import { type Versioned, withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { programmeTable, type Table } from '../platform/dynamodb/table.ts';
import { ConcurrentChangeError } from '../platform/dynamodb/transaction.ts';

/** Where this capability's items live in the programme's table (the table's whole key space: platform/dynamodb/table-design.ts). */
export const keys = {
  targetStatus: (municipalityNumber: string) => ({ pk: `MUNICIPALITY#${municipalityNumber}`, sk: 'TARGET_STATUS' }),
  allTargetStatuses: (municipalityNumber = '') => ({ gsi1pk: 'TARGET_STATUSES', gsi1sk: municipalityNumber }),
  statusNoticeSlot: (municipalityNumber: string, day: string) => ({ pk: `MUNICIPALITY#${municipalityNumber}`, sk: `STATUS_NOTICES#${day}` }),
  coalescedStatusNotices: (day: string, municipalityNumber = '') => ({ gsi2pk: `STATUS_NOTICES_COALESCED#${day}`, gsi2sk: municipalityNumber }),
} as const;

type Change = EventData<'TargetStatusChanged'>;

export interface StatusNoticeSlot {
  readonly municipalityNumber: string;
  readonly day: string;
  /** The status the day's (last) notice sent. */
  readonly sentStatus: string;
  readonly latest: Change;
  readonly latestAt: string;
  readonly latestEventId: string;
}

export interface SlotClaim {
  readonly municipalityNumber: string;
  readonly day: string;
  readonly eventId: string;
  readonly occurredAt: string;
  readonly change: Change;
  readonly cap: number;
}

const failedCondition = (error: unknown) => (error as Error).name === 'ConditionalCheckFailedException';

export class TargetStatusRepository {
  readonly table: Table;

  constructor(table: Table) {
    this.table = table;
  }

  get(municipalityNumber: string): Promise<Versioned<StoredTargetStatus> | undefined> {
    return this.table.get<StoredTargetStatus>(keys.targetStatus(municipalityNumber));
  }

  /** Stores a (re)assessment, with its event when the status changed; version 0 means a first assessment. */
  async save(status: Versioned<StoredTargetStatus>, events: readonly EventEnvelope[]): Promise<void> {
    const item = { ...keys.targetStatus(status.value.municipalityNumber), ...keys.allTargetStatuses(status.value.municipalityNumber), entity: 'TargetStatus', ...status.value };
    const step =
      status.version === 0
        ? this.table.putNew({ ...item, version: 1 }, () => new ConcurrentChangeError(`Target status of ${status.value.municipalityNumber}`))
        : this.table.putVersioned({ ...item, version: status.version }, `Target status of ${status.value.municipalityNumber}`);
    await this.table.transact([step], events);
  }

  async list(): Promise<StoredTargetStatus[]> {
    return (await this.table.queryIndex('gsi1', keys.allTargetStatuses().gsi1pk)).map((i) => withoutStorageAttributes<StoredTargetStatus>(i));
  }

  /** `claimed`: send the notice now; `coalesced`: the day's cap is reached, the slot keeps the latest change. */
  async claimStatusNotice(claim: SlotClaim): Promise<'claimed' | 'coalesced'> {
    const key = keys.statusNoticeSlot(claim.municipalityNumber, claim.day);
    try {
      await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: key,
          UpdateExpression:
            'SET entity = :entity, municipalityNumber = :nr, #day = :day, sentStatus = :status, latest = :change, latestAt = :at, latestEventId = :eventId ADD sent :one, claimedBy :eventIds',
          ConditionExpression: '(attribute_not_exists(sent) OR sent < :cap) AND NOT contains(claimedBy, :eventId)',
          ExpressionAttributeNames: { '#day': 'day' },
          ExpressionAttributeValues: {
            ':entity': 'StatusNoticeSlot',
            ':nr': claim.municipalityNumber,
            ':day': claim.day,
            ':status': claim.change.assessment.status,
            ':change': claim.change,
            ':at': claim.occurredAt,
            ':eventId': claim.eventId,
            ':eventIds': new Set([claim.eventId]),
            ':one': 1,
            ':cap': claim.cap,
          },
        }),
      );
      return 'claimed';
    } catch (error) {
      if (!failedCondition(error)) throw error;
    }
    const { Item } = await this.table.client.send(new GetCommand({ TableName: this.table.name, Key: key, ConsistentRead: true }));
    if ((Item?.claimedBy as Set<string> | undefined)?.has(claim.eventId)) return 'claimed';
    // Over the cap: the slot keeps the newest change, and is listed for the next morning's follow-up.
    try {
      await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: key,
          UpdateExpression: 'SET latest = :change, latestAt = :at, latestEventId = :eventId, gsi2pk = :gsi2pk, gsi2sk = :gsi2sk',
          ConditionExpression: 'latestAt < :at',
          ExpressionAttributeValues: { ':change': claim.change, ':at': claim.occurredAt, ':eventId': claim.eventId, ...pendingKeys(claim.day, claim.municipalityNumber) },
        }),
      );
    } catch (error) {
      if (!failedCondition(error)) throw error;
    }
    return 'coalesced';
  }

  /** The slots of a day that coalesced changes, for the follow-up the next morning. */
  async coalescedSlotsOf(day: string): Promise<StatusNoticeSlot[]> {
    const items = await this.table.queryIndex('gsi2', keys.coalescedStatusNotices(day).gsi2pk);
    return items.map((i) => ({
      municipalityNumber: i.municipalityNumber as string,
      day: i.day as string,
      sentStatus: i.sentStatus as string,
      latest: i.latest as Change,
      latestAt: i.latestAt as string,
      latestEventId: i.latestEventId as string,
    }));
  }
}

function pendingKeys(day: string, municipalityNumber: string) {
  const { gsi2pk, gsi2sk } = keys.coalescedStatusNotices(day, municipalityNumber);
  return { ':gsi2pk': gsi2pk, ':gsi2sk': gsi2sk };
}

let bound: TargetStatusRepository | undefined;

/** This deployment's target statuses, bound on first use and kept for the container's life. */
export const targetStatusRepository = (): TargetStatusRepository => (bound ??= new TargetStatusRepository(programmeTable()));
