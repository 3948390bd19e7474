/**
 * People in the programme table: `peopleRepository()` in a handler, `new PeopleRepository(new
 * Table(name))` in a test.
 */
import type { PersonRole } from '../platform/auth/principal.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import type { Versioned } from '../platform/dynamodb/query.ts';
import type { Person, PersonContact } from './model.ts';

export const keys = {
  /** pk PERSON#<id>, sk PERSON: one person. */
  person: (personId: string) => ({ pk: `PERSON#${personId}`, sk: 'PERSON' }),
  /** gsi1 PEOPLE#<organisation> / <id>: the people of a municipality, or of the secretariat. */
  peopleOf: (organisation: string, personId = '') => ({ gsi1pk: `PEOPLE#${organisation}`, gsi1sk: personId }),
  /** pk PERSON_EMAIL#<lower-case address>, sk PERSON: one person per address. */
  email: (address: string) => ({ pk: `PERSON_EMAIL#${address.trim().toLowerCase()}`, sk: 'PERSON' }),
};

export function personItem(person: Person) {
  return { ...keys.person(person.id), ...keys.peopleOf(person.organisation, person.id), entity: 'Person', ...person };
}

export class PeopleRepository {
  readonly #table: Table;
  constructor(table: Table) {
    this.#table = table;
  }

  get(personId: string): Promise<Versioned<Person> | undefined> {
    return this.#table.get<Person>(keys.person(personId));
  }

  /** The people of an organisation, deactivated ones included. */
  async of(organisation: string): Promise<Person[]> {
    return (await this.#table.queryIndex('gsi1', keys.peopleOf(organisation).gsi1pk)) as unknown as Person[];
  }

  /** The people of an organisation who hold any of the roles and are not deactivated. */
  async withRoles(organisation: string, roles: readonly PersonRole[]): Promise<readonly PersonContact[]> {
    return (await this.of(organisation))
      .filter((p) => p.status !== 'deactivated' && p.roles.some((r) => roles.includes(r)))
      .map((p) => ({ personId: p.id, name: p.name, email: p.email, roles: p.roles }));
  }
}

let repository: PeopleRepository | undefined;
export const peopleRepository = (): PeopleRepository => (repository ??= new PeopleRepository(programmeTable()));
