/**
 * Participants: a municipality admitted to a cohort, with the target and goals it committed to.
 * Written in the admission decision's transaction; read for emails, networks and the overview.
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Application } from './contract.ts';
import type { Participation } from '../municipalities/contract.ts';
import { documentClient } from '../platform/dynamodb/client.ts';
import { queryIndex, queryPrefix, withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { keys } from '../platform/dynamodb/table-design.ts';
import type { TransactionStep } from '../platform/dynamodb/transaction.ts';

export interface Participant {
  readonly cohortId: string;
  readonly cohortName: string;
  readonly municipalityNumber: string;
  readonly municipalityName: string;
  readonly applicationId: string;
  readonly admittedOn: string;
  readonly projectLeader: NonNullable<Application['projectLeader']>;
  readonly focusAreas: NonNullable<Application['focusAreas']>;
  readonly sickLeaveTarget: NonNullable<Application['sickLeaveTarget']>;
  readonly goals: readonly string[];
  readonly networkId?: string;
  readonly networkName?: string;
}

/** The Put that makes a municipality a participant (part of the admission transaction). */
export function admitParticipant(tableName: string, participant: Participant): TransactionStep {
  return {
    item: {
      Put: {
        TableName: tableName,
        Item: {
          ...keys.participant(participant.cohortId, participant.municipalityNumber),
          ...keys.admissions(participant.admittedOn, participant.municipalityNumber, participant.cohortId),
          ...keys.participationOf(participant.municipalityNumber, participant.admittedOn, participant.cohortId),
          entity: 'Participant',
          ...participant,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  };
}

/** The Update that puts a participant in a network; fails unless it participates and has no network. */
export function joinNetwork(tableName: string, cohortId: string, municipalityNumber: string, network: { id: string; name: string }, onRefused: () => Error): TransactionStep {
  return {
    item: {
      Update: {
        TableName: tableName,
        Key: keys.participant(cohortId, municipalityNumber),
        UpdateExpression: 'SET networkId = :id, networkName = :name',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(networkId)',
        ExpressionAttributeValues: { ':id': network.id, ':name': network.name },
      },
    },
    onConditionFailed: onRefused,
  };
}

export async function listParticipants(tableName: string, cohortId: string): Promise<Participant[]> {
  return (await queryPrefix(tableName, keys.participant(cohortId).pk, 'PARTICIPANT#')).map((item) => withoutStorageAttributes<Participant>(item));
}

/** Every admission in the programme, oldest first (one GSI partition). */
export async function listAdmissions(tableName: string): Promise<Participant[]> {
  return (await queryIndex(tableName, 'gsi1', keys.admissions().gsi1pk)).map((item) => withoutStorageAttributes<Participant>(item));
}

/** A municipality's participation history, oldest first. */
export async function participationOf(tableName: string, municipalityNumber: string): Promise<Participation[]> {
  const items = await queryIndex(tableName, 'gsi2', keys.participationOf(municipalityNumber).gsi2pk);
  return items.map((item) => {
    const p = withoutStorageAttributes<Participant>(item);
    return {
      cohortId: p.cohortId,
      cohortName: p.cohortName,
      applicationId: p.applicationId,
      admittedOn: p.admittedOn,
      ...(p.networkId ? { networkId: p.networkId } : {}),
      ...(p.networkName ? { networkName: p.networkName } : {}),
    };
  });
}

/**
 * The participant of a municipality's latest admission, whole: the last item of its
 * participation history (one item read, from the index; no second read of the same item).
 */
export async function latestParticipant(tableName: string, municipalityNumber: string): Promise<Participant | undefined> {
  const { Items } = await documentClient.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.participationOf(municipalityNumber).gsi2pk },
      ScanIndexForward: false,
      Limit: 1,
    }),
  );
  return Items?.[0] ? withoutStorageAttributes<Participant>(Items[0]) : undefined;
}

export async function getParticipant(tableName: string, cohortId: string, municipalityNumber: string): Promise<Participant | undefined> {
  const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: keys.participant(cohortId, municipalityNumber), ConsistentRead: true }));
  return Item ? withoutStorageAttributes<Participant>(Item) : undefined;
}
