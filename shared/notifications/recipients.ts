import { config } from '../platform/config.ts';
import type { MunicipalRole } from '../platform/auth/principal.ts';
import type { Recipient } from '../platform/mail/email-message.ts';
import { rolesOf, type MessageTypeName } from './message-types.ts';

/** The secretariat, as the configured address receives its notices. */
export function secretariatRecipient(): Recipient {
  return { name: 'Sekretariatet for Kvalitetskommuneprogrammet', address: config.secretariatEmail() };
}

/**
 * The people of one municipality holding any of the roles: the people capability's
 * `peopleRepository().withRoles(municipalityNumber, roles)`, passed in by the handler
 * (notifications sits below people in the layering, so it cannot import it).
 */
export type PeopleLookup = (roles: readonly MunicipalRole[]) => Promise<readonly { readonly name: string; readonly email: string }[]>;

/**
 * Who gets a message of this type in a municipality: its people with the catalogue's roles
 * (message-types.ts), one recipient per address; `fallback` (today's address: the application's
 * project leader, the municipality's contact address) when the municipality has nobody with
 * those roles yet, so mail keeps reaching the municipality before its people are invited.
 * `roles` narrows the catalogue's (a reminder step names only the project leader).
 */
export async function recipientsByRole(type: MessageTypeName, lookup: PeopleLookup, fallback: readonly Recipient[], roles: readonly MunicipalRole[] = rolesOf(type)): Promise<Recipient[]> {
  const people = roles.length ? await lookup(roles) : [];
  if (people.length === 0) return [...fallback];
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  for (const person of people) {
    const key = person.email.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    recipients.push({ name: person.name, address: person.email });
  }
  return recipients;
}
