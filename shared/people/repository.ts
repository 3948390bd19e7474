/**
 * A minimal stand-in of the people capability's repository (issue 14, H-people owns the real
 * one and replaces this file at merge): only what mail needs, at the names and keys of
 * /work/notes/i14/design.md.
 */
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import { withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import type { PersonRole } from '../platform/auth/principal.ts';

export const keys = {
  person: (personId: string) => ({ pk: `PERSON#${personId}`, sk: 'PERSON' }),
  peopleOf: (organisation: string, personId = '') => ({ gsi1pk: `PEOPLE#${organisation}`, gsi1sk: personId }),
} as const;

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly organisation: string;
  readonly roles: readonly PersonRole[];
  readonly status: 'invited' | 'active' | 'deactivated';
}

/** A person as mail addresses one. */
export interface PersonContact {
  readonly personId: string;
  readonly name: string;
  readonly email: string;
  readonly roles: readonly PersonRole[];
}

export class PeopleRepository {
  readonly table: Table;

  constructor(table: Table) {
    this.table = table;
  }

  async get(personId: string): Promise<Person | undefined> {
    return (await this.table.get<Person>(keys.person(personId)))?.value;
  }

  /** The organisation's active or invited people holding any of the roles (one Query on gsi1). */
  async withRoles(organisation: string, roles: readonly PersonRole[]): Promise<readonly PersonContact[]> {
    const people = (await this.table.queryIndex('gsi1', keys.peopleOf(organisation).gsi1pk)).map((i) => withoutStorageAttributes<Person>(i));
    return people
      .filter((p) => p.status !== 'deactivated' && p.roles.some((r) => roles.includes(r)))
      .map((p) => ({ personId: p.id, name: p.name, email: p.email, roles: p.roles }));
  }
}

let bound: PeopleRepository | undefined;

export const peopleRepository = (): PeopleRepository => (bound ??= new PeopleRepository(programmeTable()));
