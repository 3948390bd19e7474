import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { EventEnvelope } from '../event-catalogue.ts';
import type { Network } from './contract.ts';
import { refuse } from '../platform/refusal.ts';
import { joinNetwork } from '../applications/participants-repository.ts';
import { documentClient } from '../platform/dynamodb/client.ts';
import { getVersioned, queryIndex, queryPrefix, type Versioned, versionOf, withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { keys } from '../platform/dynamodb/table-design.ts';
import { putNew, putVersioned, transact, type TransactionStep } from '../platform/dynamodb/transaction.ts';

function networkItem(network: Network) {
  return { ...keys.network(network.cohortId, network.id), ...keys.allNetworks(network.cohortId, network.id), entity: 'Network', ...network };
}

const notEligible = (number: string) => () =>
  refuse.conflict(`Municipality ${number} is not a participant of this cohort, or is already in one of its networks`);

/** Forms a network and places its first members, with extra steps, all or nothing. */
export async function insertNetwork(tableName: string, network: Network, events: readonly EventEnvelope[], extraSteps: readonly TransactionStep[] = []): Promise<void> {
  await transact(
    tableName,
    [
      putNew(tableName, { ...networkItem(network), version: 1 }, () => refuse.conflict(`Network ${network.id} exists`)),
      ...network.members.map((m) => joinNetwork(tableName, network.cohortId, m.municipalityNumber, network, notEligible(m.municipalityNumber))),
      ...extraSteps,
    ],
    events,
  );
}

/** Saves a network with one member more, and places that member, all or nothing. */
export async function addNetworkMember(tableName: string, network: Versioned<Network>, municipalityNumber: string, events: readonly EventEnvelope[]): Promise<void> {
  await transact(
    tableName,
    [
      putVersioned(tableName, { ...networkItem(network.value), version: network.version }, `Network ${network.value.id}`),
      joinNetwork(tableName, network.value.cohortId, municipalityNumber, network.value, notEligible(municipalityNumber)),
    ],
    events,
  );
}

export async function listNetworks(tableName: string, cohortId: string): Promise<Versioned<Network>[]> {
  return (await queryPrefix(tableName, keys.network(cohortId).pk, 'NETWORK#')).map((item) => ({ value: withoutStorageAttributes<Network>(item), version: versionOf(item) }));
}

export async function listAllNetworks(tableName: string): Promise<Network[]> {
  return (await queryIndex(tableName, 'gsi1', keys.allNetworks().gsi1pk)).map((item) => withoutStorageAttributes<Network>(item));
}

/** A network read to be changed (strongly consistent, with its version). */
export function getVersionedNetwork(tableName: string, cohortId: string, networkId: string): Promise<Versioned<Network> | undefined> {
  return getVersioned<Network>(tableName, keys.network(cohortId, networkId));
}

export async function getNetwork(tableName: string, cohortId: string, networkId: string): Promise<Network | undefined> {
  const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: keys.network(cohortId, networkId) }));
  return Item ? withoutStorageAttributes<Network>(Item) : undefined;
}
