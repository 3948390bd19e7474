/**
 * People's state changes, pure: the person to store and the event announcing it, or a refusal.
 * The repository stores both in one transaction (with the login, when the person has one, and
 * the count of project leaders that guards "never none" against concurrent changes).
 */
import { newEvent, type EventEnvelope } from '../event-catalogue.ts';
import type { CommandContext, Outcome as PlatformOutcome } from '../platform/commands.ts';
import { refuse } from '../platform/refusal.ts';
import type { PersonRole } from '../platform/auth/principal.ts';
import { checkedRoles, keepsAProjectLeader, leadsProject, type Organisation, type Person } from './model.ts';

export type Outcome<S> = PlatformOutcome<S, EventEnvelope>;
export type { CommandContext } from '../platform/commands.ts';

/** Who asks for a change: the caller's subject (or `application <id>`), and its name when known. */
export interface Actor {
  readonly by: string;
  readonly name?: string | undefined;
}

const refOf = (person: Person) => ({ personId: person.id, name: person.name, email: person.email, organisation: person.organisation, roles: [...person.roles] });

/**
 * A new person of the organisation, invited (PersonInvited: the login is created and the
 * invitation sent). `existing` is the person the address already belongs to, if any: one person
 * per address, so a second invitation is a 409 (the repository's guard item refuses the same
 * when two invitations race).
 */
export function invite(
  request: { readonly name: string; readonly email: string; readonly roles: readonly string[] },
  organisation: Organisation,
  existing: Person | undefined,
  context: CommandContext & Actor & { readonly id: string },
): Outcome<Person> {
  if (existing) throw refuse.conflict(`${request.email} is already invited: one person per address (change that person’s roles instead)`);
  const roles = checkedRoles(organisation, request.roles);
  const at = context.now.toISOString();
  const person: Person = { id: context.id, name: request.name, email: request.email.trim(), organisation, roles, status: 'invited', invitedAt: at, invitedBy: context.by };
  const event = newEvent('PersonInvited', { ...refOf(person), invitedBy: context.by, ...(context.name ? { inviterName: context.name } : {}), invitedAt: at }, context);
  return { state: person, events: [event] };
}

/**
 * A person with a new name and/or roles (PersonRolesChanged). `projectLeaders` is how many the
 * organisation has now: taking the role from the last one is a 409. A deactivated person
 * cannot be changed; a change that changes nothing stores nothing.
 */
export function changeRoles(
  person: Person,
  change: { readonly name?: string | undefined; readonly roles?: readonly string[] | undefined },
  projectLeaders: number,
  context: CommandContext & Actor,
): Outcome<Person> {
  if (person.status === 'deactivated') throw refuse.conflict(`${person.name} is deactivated; invite the person again under a new address, or ask the secretariat`);
  const roles = change.roles ? checkedRoles(person.organisation, change.roles) : person.roles;
  const name = change.name ?? person.name;
  const updated: Person = { ...person, name, roles, changedAt: context.now.toISOString() };
  if (leadsProject(person) && !leadsProject(updated)) keepsAProjectLeader(projectLeaders, person.organisation);
  if (name === person.name && sameRoles(roles, person.roles)) return { state: person, events: [] };
  const event = newEvent('PersonRolesChanged', { ...refOf(updated), previousRoles: [...person.roles], changedBy: context.by, changedAt: updated.changedAt! }, context);
  return { state: updated, events: [event] };
}

/** The person with these roles added (an admitted application naming someone already known). */
export function addRoles(person: Person, roles: readonly PersonRole[], projectLeaders: number, context: CommandContext & Actor): Outcome<Person> {
  return changeRoles(person, { roles: [...person.roles, ...roles.filter((r) => !person.roles.includes(r))] }, projectLeaders, context);
}

/**
 * The person deactivated (PersonDeactivated): its login is refused from the next request on.
 * The organisation's last project leader cannot be deactivated (409); a person deactivated
 * already stays so, and nothing is stored again.
 */
export function deactivate(person: Person, projectLeaders: number, context: CommandContext & Actor): Outcome<Person> {
  if (person.status === 'deactivated') return { state: person, events: [] };
  if (leadsProject(person)) keepsAProjectLeader(projectLeaders, person.organisation);
  const at = context.now.toISOString();
  const updated: Person = { ...person, status: 'deactivated', deactivatedAt: at, deactivatedBy: context.by };
  const event = newEvent('PersonDeactivated', { ...refOf(updated), ...(person.subject ? { subject: person.subject } : {}), deactivatedBy: context.by, deactivatedAt: at }, context);
  return { state: updated, events: [event] };
}

/** How a change moves the organisation's count of project leaders: -1, 0 or +1. */
export function projectLeaderChange(before: Person | undefined, after: Person): -1 | 0 | 1 {
  const was = before ? leadsProject(before) : false;
  const is = leadsProject(after);
  return was === is ? 0 : is ? 1 : -1;
}

/** The person once its login exists (the subject of its Cognito user): active, unless deactivated meanwhile. */
export function withLogin(person: Person, subject: string): Person {
  return person.status === 'deactivated' ? person : { ...person, subject, status: 'active' };
}

function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}
