/**
 * People of the programme: a municipality's people with their roles, and the secretariat's own
 * (its members, advisors, evaluators). Entity types and pure rules.
 */
import type { PersonRole } from '../platform/auth/principal.ts';

export const PERSON_STATUSES = ['invited', 'active', 'deactivated'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /** `secretariat` for the programme's own people, otherwise the municipality's number. */
  readonly organisation: 'secretariat' | string;
  readonly roles: readonly PersonRole[];
  readonly status: PersonStatus;
  /** The identity provider's subject (Cognito `sub`), once the login exists. */
  readonly subject?: string | undefined;
  readonly invitedAt: string;
  readonly invitedBy: string;
}

/** What a message or a network needs of a person. */
export interface PersonContact {
  readonly personId: string;
  readonly name: string;
  readonly email: string;
  readonly roles: readonly PersonRole[];
}

/** True for a person of the secretariat who advises networks and is not deactivated. */
export function isAdvisor(person: Person): boolean {
  return person.organisation === 'secretariat' && person.roles.includes('advisor') && person.status !== 'deactivated';
}
