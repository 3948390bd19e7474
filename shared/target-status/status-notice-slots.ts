/**
 * The cap on target status notices: one slot item per municipality and Norwegian day. A change
 * claims a place in it with one conditional update (atomic, so concurrent changes cannot both
 * take the last place); a change that finds the day full is coalesced into the slot, which keeps
 * the latest change by `occurredAt` (a late, older event never overwrites a newer one). Claims
 * are keyed by event id, so a redelivered event that claimed a place finds it again.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EventData } from '../event-catalogue.ts';
import { documentClient } from '../platform/dynamodb/client.ts';
import { queryIndex } from '../platform/dynamodb/query.ts';
import { keys } from '../platform/dynamodb/table-design.ts';

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

/** `claimed`: send the notice now; `coalesced`: the day's cap is reached, the slot keeps the latest change. */
export async function claimStatusNotice(tableName: string, claim: SlotClaim): Promise<'claimed' | 'coalesced'> {
  const key = keys.statusNoticeSlot(claim.municipalityNumber, claim.day);
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName,
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
  const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
  if ((Item?.claimedBy as Set<string> | undefined)?.has(claim.eventId)) return 'claimed';
  // Over the cap: the slot keeps the newest change, and is listed for the next morning's follow-up.
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName,
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
export async function coalescedSlotsOf(tableName: string, day: string): Promise<StatusNoticeSlot[]> {
  const items = await queryIndex(tableName, 'gsi2', keys.coalescedStatusNotices(day).gsi2pk);
  return items.map((i) => ({
    municipalityNumber: i.municipalityNumber as string,
    day: i.day as string,
    sentStatus: i.sentStatus as string,
    latest: i.latest as Change,
    latestAt: i.latestAt as string,
    latestEventId: i.latestEventId as string,
  }));
}

function pendingKeys(day: string, municipalityNumber: string) {
  const { gsi2pk, gsi2sk } = keys.coalescedStatusNotices(day, municipalityNumber);
  return { ':gsi2pk': gsi2pk, ':gsi2sk': gsi2sk };
}
