/**
 * People in the programme table, bound to it once: `peopleRepository()` in a handler,
 * `new PeopleRepository(new Table(name))` in a test. Every change of a person writes, in the
 * same transaction: the person (optimistic version), its login in the access directory when it
 * has one (shared/platform/auth/directory.ts: roles and `active`, read on every request), the
 * organisation's count of project leaders (a conditional update: two concurrent removals of the
 * last two cannot both pass) and the events (outbox).
 */
import type { EventEnvelope } from '../event-catalogue.ts';
import { loginItem } from '../platform/auth/directory.ts';
import type { PersonRole } from '../platform/auth/principal.ts';
import { refuse } from '../platform/refusal.ts';
import { withoutStorageAttributes, type Versioned } from '../platform/dynamodb/query.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import { ConcurrentChangeError, retryingConcurrentChange, type TransactionStep } from '../platform/dynamodb/transaction.ts';
import { projectLeaderChange } from './commands.ts';
import { contactOf, type Organisation, type Person, type PersonContact } from './model.ts';

/** Where this capability's items live in the programme's table (the map of the whole key space: platform/dynamodb/table-design.ts). */
export const keys = {
  /** pk PERSON#<id>, sk PERSON: the person. */
  person: (personId: string) => ({ pk: `PERSON#${personId}`, sk: 'PERSON' }),
  /** gsi1 PEOPLE#<organisation> / <id>: an organisation's people. */
  peopleOf: (organisation: Organisation, personId = '') => ({ gsi1pk: `PEOPLE#${organisation}`, gsi1sk: personId }),
  /** pk PERSON_EMAIL#<lower-case address>, sk PERSON: one person per address. */
  email: (address: string) => ({ pk: `PERSON_EMAIL#${address.trim().toLowerCase()}`, sk: 'PERSON' }),
  /** pk PEOPLE#<organisation>, sk PROJECT_LEADERS: how many project leaders (invited or active) it has. */
  projectLeaders: (organisation: Organisation) => ({ pk: `PEOPLE#${organisation}`, sk: 'PROJECT_LEADERS' }),
} as const;

/** The person's item (with its keys); `version` when the repository writes it (test fixtures add their own). */
export function personItem(person: Person, version?: number) {
  return { ...keys.person(person.id), ...keys.peopleOf(person.organisation, person.id), entity: 'Person', ...stripUndefined(person), ...(version === undefined ? {} : { version }) };
}

const stripUndefined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const lastProjectLeader = (organisation: Organisation) => () =>
  refuse.conflict(`Municipality ${organisation} would have no project leader: invite or name another project leader first`);

export class PeopleRepository {
  readonly #table: Table;

  constructor(table: Table) {
    this.#table = table;
  }

  /** A person by id (strongly consistent), with its version; or undefined. */
  get(personId: string): Promise<Versioned<Person> | undefined> {
    return this.#table.get<Person>(keys.person(personId));
  }

  /** The same as `get`: a person read to be changed, with its version. */
  getVersioned(personId: string): Promise<Versioned<Person> | undefined> {
    return this.get(personId);
  }

  /** The person an address belongs to (any organisation, any status), or undefined. */
  async byEmail(address: string): Promise<Versioned<Person> | undefined> {
    const guard = await this.#table.get<{ personId: string }>(keys.email(address));
    return guard ? this.getVersioned(guard.value.personId) : undefined;
  }

  /** An organisation's people, every status (one GSI partition, bounded by the organisation's size). */
  async ofOrganisation(organisation: Organisation): Promise<Person[]> {
    return (await this.#table.queryIndex('gsi1', keys.peopleOf(organisation).gsi1pk)).map((item) => withoutStorageAttributes<Person>(item));
  }

  /** The same as ofOrganisation. */
  of(organisation: Organisation): Promise<Person[]> {
    return this.ofOrganisation(organisation);
  }

  /** The organisation's people (invited or active, never deactivated) who hold any of the roles: whom mail by role goes to. */
  async withRoles(organisation: Organisation, roles: readonly PersonRole[]): Promise<readonly PersonContact[]> {
    const people = await this.ofOrganisation(organisation);
    return people.filter((p) => p.status !== 'deactivated' && p.roles.some((r) => roles.includes(r))).map(contactOf);
  }

  /** How many project leaders (invited or active) the organisation has now. */
  async projectLeaders(organisation: Organisation): Promise<number> {
    const counter = await this.#table.get<{ count: number }>(keys.projectLeaders(organisation));
    return counter?.value.count ?? 0;
  }

  /**
   * Stores a new person with its address's guard (a second invitation of the address, even a
   * concurrent one, is a 409), the count of project leaders, the events and `extraSteps` (the
   * address's record in the confirmation store), all or nothing.
   */
  async insert(person: Person, events: readonly EventEnvelope[], extraSteps: readonly TransactionStep[] = []): Promise<void> {
    const table = this.#table;
    await table.transact(
      [
        table.putNew(personItem(person, 1), () => refuse.conflict(`Person ${person.id} exists`)),
        table.putNew({ ...keys.email(person.email), entity: 'PersonEmail', personId: person.id }, () =>
          refuse.conflict(`${person.email} is already invited: one person per address (change that person’s roles instead)`),
        ),
        ...this.#projectLeaderSteps(undefined, person),
        ...extraSteps,
      ],
      events,
    );
  }

  /**
   * Stores a changed person (`before` as read, with its version), its login when it has one (the
   * new roles, or `active: false`: refused from the next request on) and the count of project
   * leaders; the last project leader's removal fails its condition (409) even when another
   * removal commits between the read and this write.
   */
  async save(before: Versioned<Person>, after: Person, events: readonly EventEnvelope[]): Promise<void> {
    if (events.length === 0 && after === before.value) return;
    const table = this.#table;
    await table.transact(
      [
        table.putVersioned({ ...personItem(after), version: before.version }, `Person ${after.id}`),
        ...(after.subject ? [this.#loginStep(after.subject, after)] : []),
        ...this.#projectLeaderSteps(before.value, after),
      ],
      events,
    );
  }

  /**
   * Records the login of an invited person (its Cognito user's subject): the person becomes
   * active and its login is written, only if the person is unchanged since `before` was read
   * (so not deactivated meanwhile). ConcurrentChangeError when it changed: read it again.
   */
  async attachLogin(before: Versioned<Person>, after: Person): Promise<void> {
    const table = this.#table;
    await table.transact([table.putVersioned({ ...personItem(after), version: before.version }, `Person ${after.id}`), this.#loginStep(after.subject!, after)]);
  }

  #loginStep(subject: string, person: Person): TransactionStep {
    return {
      item: {
        Put: {
          TableName: this.#table.name,
          Item: { ...loginItem(subject, { personId: person.id, name: person.name, organisation: person.organisation, roles: [...person.roles], active: person.status !== 'deactivated' }), entity: 'Login' },
        },
      },
    };
  }

  #projectLeaderSteps(before: Person | undefined, after: Person): TransactionStep[] {
    const delta = projectLeaderChange(before, after);
    if (delta === 0) return [];
    const key = keys.projectLeaders(after.organisation);
    if (delta === 1) {
      return [{ item: { Update: { TableName: this.#table.name, Key: key, UpdateExpression: 'ADD #count :one SET entity = :entity', ExpressionAttributeNames: { '#count': 'count' }, ExpressionAttributeValues: { ':one': 1, ':entity': 'ProjectLeaderCount' } } } }];
    }
    return [
      {
        item: {
          Update: {
            TableName: this.#table.name,
            Key: key,
            UpdateExpression: 'ADD #count :minusOne',
            // The secretariat has no project leaders; a municipality keeps at least one.
            ConditionExpression: after.organisation === 'secretariat' ? undefined : '#count > :one',
            ExpressionAttributeNames: { '#count': 'count' },
            ExpressionAttributeValues: after.organisation === 'secretariat' ? { ':minusOne': -1 } : { ':minusOne': -1, ':one': 1 },
          },
        },
        onConditionFailed: lastProjectLeader(after.organisation),
      },
    ];
  }
}

/** The platform's retry of a read-decide-write that lost an optimistic race, where people's callers have always found it. */
export { retryingConcurrentChange };

let bound: PeopleRepository | undefined;

/** The deployment's people (TABLE_NAME), bound on first use. */
export const peopleRepository = (): PeopleRepository => (bound ??= new PeopleRepository(programmeTable()));

