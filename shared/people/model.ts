/**
 * The programme's people: a name, an email address (one person per address), the organisation
 * they belong to (the secretariat, or a municipality by number) and their roles in it. A person
 * is `invited` until the login exists (Cognito user in AWS, the local stand-in on a developer
 * machine), `active` once it does, and `deactivated` for good: the login is refused from the
 * next request on (shared/platform/auth/directory.ts). Entity types and pure rules; contract.ts
 * checks its wire schema against these types.
 */
import { MUNICIPAL_ROLES, STAFF_ROLES, type PersonRole } from '../platform/auth/principal.ts';
import { refuse, type RefusalField } from '../platform/refusal.ts';

export const PERSON_STATUSES = ['invited', 'active', 'deactivated'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** `secretariat` for the programme's own staff; otherwise a municipality's number. */
export type Organisation = 'secretariat' | string;

export interface Person {
  readonly id: string;
  readonly name: string;
  /** As typed; compared lower-case (normaliseAddress). */
  readonly email: string;
  readonly organisation: Organisation;
  readonly roles: readonly PersonRole[];
  readonly status: PersonStatus;
  /** The login's subject (Cognito `sub`), once the login exists. */
  readonly subject?: string | undefined;
  readonly invitedAt: string;
  /** Who invited: the inviter's subject, or `application <id>` for an application's people. */
  readonly invitedBy: string;
  readonly changedAt?: string | undefined;
  readonly deactivatedAt?: string | undefined;
  readonly deactivatedBy?: string | undefined;
}

/** What other capabilities (mail by role) read of a person. */
export interface PersonContact {
  readonly personId: string;
  readonly name: string;
  readonly email: string;
  readonly roles: readonly PersonRole[];
}

export const contactOf = (person: Person): PersonContact => ({ personId: person.id, name: person.name, email: person.email, roles: person.roles });

export const PROJECT_LEADER: PersonRole = 'project-leader';

/** True for a person of the secretariat who advises networks and is not deactivated. */
export function isAdvisor(person: Person): boolean {
  return person.organisation === 'secretariat' && person.roles.includes('advisor') && person.status !== 'deactivated';
}

/** The roles a person of this organisation may hold. */
export function rolesOf(organisation: Organisation): readonly PersonRole[] {
  return organisation === 'secretariat' ? STAFF_ROLES : MUNICIPAL_ROLES;
}

/**
 * The roles as given, checked against the organisation: every one must exist there (a 422 naming
 * each that does not, at its pointer), at least one, each once. Strings in, roles out: the wire
 * schema leaves roles as text so that this rule names an unknown role in the programme's words.
 */
export function checkedRoles(organisation: Organisation, roles: readonly string[], pointer = '/roles'): PersonRole[] {
  const allowed = rolesOf(organisation) as readonly string[];
  const fields: RefusalField[] = roles.flatMap((role, i) =>
    allowed.includes(role)
      ? []
      : [{ pointer: `${pointer}/${i}`, detail: `No role ${JSON.stringify(role)} for ${organisation === 'secretariat' ? 'the secretariat' : 'a municipality'}; the roles are ${allowed.join(', ')}` }],
  );
  if (roles.length === 0) fields.push({ pointer, detail: 'Give at least one role' });
  const repeated = roles.filter((role, i) => roles.indexOf(role) !== i);
  if (repeated.length > 0) fields.push({ pointer, detail: `Each role once (repeated: ${[...new Set(repeated)].join(', ')})` });
  if (fields.length > 0) throw refuse.invalid(fields.length === 1 ? fields[0]!.detail : 'Some roles are not valid', fields);
  return roles as PersonRole[];
}

/** Whether the person counts as one of the organisation's project leaders (invited or active, holding the role). */
export function leadsProject(person: Pick<Person, 'roles' | 'status'>): boolean {
  return person.status !== 'deactivated' && person.roles.includes(PROJECT_LEADER);
}

/**
 * The refusal when a change would leave a municipality without a project leader: `remaining`
 * is how many project leaders it has now (the repository's count), the change takes one away.
 */
export function keepsAProjectLeader(remaining: number, organisation: Organisation): void {
  if (organisation !== 'secretariat' && remaining <= 1) {
    throw refuse.conflict(`Municipality ${organisation} would have no project leader: invite or name another project leader first`);
  }
}

/** The Cognito group of a person's login: the first staff role, or `municipality` (shared/platform/auth/directory.ts reads the roles from the table). */
export function cognitoGroupOf(person: Pick<Person, 'organisation' | 'roles'>): string {
  if (person.organisation !== 'secretariat') return 'municipality';
  return STAFF_ROLES.find((role) => person.roles.includes(role)) ?? 'secretariat';
}
