/**
 * Networks in the programme table, bound to it once: `networksRepository()` in a handler,
 * `new NetworksRepository(new Table(name))` in a test. Placing a member also marks the
 * participant (applications' item), in the same transaction.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { EventEnvelope } from '../event-catalogue.ts';
import type { Network } from './model.ts';
import { refuse } from '../platform/refusal.ts';
import { ParticipantsRepository } from '../applications/index.ts';
import { versionOf, withoutStorageAttributes, type Versioned } from '../platform/dynamodb/query.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import type { TransactionStep } from '../platform/dynamodb/transaction.ts';
import { advisorMunicipalityItem } from '../platform/auth/directory.ts';

export const keys = {
  /** pk COHORT#<id>, sk NETWORK#<id>: a cohort's networks, in its partition. */
  network: (cohortId: string, networkId = '') => ({ pk: `COHORT#${cohortId}`, sk: `NETWORK#${networkId}` }),
  /** gsi1 NETWORKS / <cohortId>#<id>: every network (overview). */
  allNetworks: (cohortId = '', networkId = '') => ({ gsi1pk: 'NETWORKS', gsi1sk: cohortId ? `${cohortId}#${networkId}` : '' }),
};

function networkItem(network: Network) {
  return { ...keys.network(network.cohortId, network.id), ...keys.allNetworks(network.cohortId, network.id), entity: 'Network', ...network };
}

const notEligible = (number: string) => () =>
  refuse.conflict(`Municipality ${number} is not a participant of this cohort, or is already in one of its networks`);

export class NetworksRepository {
  readonly #table: Table;
  /** The participants' items of the same table: placing a member marks its participant in the network's transaction. */
  readonly #participants: ParticipantsRepository;

  constructor(table: Table) {
    this.#table = table;
    this.#participants = new ParticipantsRepository(table);
  }

  /** The access directory's item that lets the network's advisor see a member (shared/platform/auth/directory.ts), written with the placement. */
  #advisorSees(network: Network, municipalityNumber: string): TransactionStep {
    return { item: { Put: { TableName: this.#table.name, Item: advisorMunicipalityItem(network.advisor.personId, municipalityNumber, network.id) } } };
  }

  /** Forms a network and places its first members, with extra steps, all or nothing. */
  async insert(network: Network, events: readonly EventEnvelope[], extraSteps: readonly TransactionStep[] = []): Promise<void> {
    const table = this.#table;
    await table.transact(
      [
        table.putNew({ ...networkItem(network), version: 1 }, () => refuse.conflict(`Network ${network.id} exists`)),
        ...network.members.map((m) => this.#participants.joinNetwork(network.cohortId, m.municipalityNumber, network, notEligible(m.municipalityNumber))),
        ...network.members.map((m) => this.#advisorSees(network, m.municipalityNumber)),
        ...extraSteps,
      ],
      events,
    );
  }

  /** Saves a network with one member more, and places that member, all or nothing. */
  async addMember(network: Versioned<Network>, municipalityNumber: string, events: readonly EventEnvelope[]): Promise<void> {
    const table = this.#table;
    await table.transact(
      [
        table.putVersioned({ ...networkItem(network.value), version: network.version }, `Network ${network.value.id}`),
        this.#participants.joinNetwork(network.value.cohortId, municipalityNumber, network.value, notEligible(municipalityNumber)),
        this.#advisorSees(network.value, municipalityNumber),
      ],
      events,
    );
  }

  /** A cohort's networks, with their versions. */
  async ofCohort(cohortId: string): Promise<Versioned<Network>[]> {
    return (await this.#table.queryPrefix(keys.network(cohortId).pk, 'NETWORK#')).map((item) => ({ value: withoutStorageAttributes<Network>(item), version: versionOf(item) }));
  }

  /** Every network of the programme (one GSI partition). */
  async all(): Promise<Network[]> {
    return (await this.#table.queryIndex('gsi1', keys.allNetworks().gsi1pk)).map((item) => withoutStorageAttributes<Network>(item));
  }

  /** A network by its id alone (a gathering names only that): one page of the every-network index, which holds tens of networks. */
  async find(networkId: string): Promise<Network | undefined> {
    return (await this.all()).find((n) => n.id === networkId);
  }

  /** A network read to be changed (strongly consistent, with its version). */
  getVersioned(cohortId: string, networkId: string): Promise<Versioned<Network> | undefined> {
    return this.#table.get<Network>(keys.network(cohortId, networkId));
  }

  /** A network read to be shown (eventually consistent). */
  async get(cohortId: string, networkId: string): Promise<Network | undefined> {
    const { Item } = await this.#table.client.send(new GetCommand({ TableName: this.#table.name, Key: keys.network(cohortId, networkId) }));
    return Item ? withoutStorageAttributes<Network>(Item) : undefined;
  }
}

let bound: NetworksRepository | undefined;

/** The deployment's networks (TABLE_NAME), bound on first use. */
export const networksRepository = (): NetworksRepository => (bound ??= new NetworksRepository(programmeTable()));


