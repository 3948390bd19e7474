/**
 * The people routes' work, once for a municipality's people and the secretariat's staff: read,
 * let the pure command decide, store in one transaction. A change that lost an optimistic race
 * (a login attached meanwhile, another change) is read and decided again, a few times.
 */
import { emailConfirmationsRepository, normaliseAddress, sourceOfCaller, trustOf } from '../email-confirmations/index.ts';
import { randomUUID } from 'node:crypto';
import { callerKind, type PersonRole, type Principal } from '../platform/auth/principal.ts';
import { refuse } from '../platform/refusal.ts';
import { addRoles, changeRoles, deactivate, invite, type Actor } from './commands.ts';
import type { Organisation, Person } from './model.ts';
import { peopleRepository, retryingConcurrentChange } from './repository.ts';
import { municipalitiesRepository } from '../municipalities/index.ts';

/** The organisation, if it exists: the secretariat, or a municipality of the register (404 otherwise, as for any unknown resource). */
export async function requireOrganisation(organisation: Organisation): Promise<void> {
  if (organisation === 'secretariat') return;
  if (!(await municipalitiesRepository().get(organisation))) throw refuse.notFound(`No municipality ${organisation}`);
}

export const actorOf = (principal: Principal): Actor => ({ by: principal.subject, name: principal.kind === 'machine' ? undefined : principal.name });

/**
 * Invites a person of the organisation. The address goes into the confirmation store in the same
 * transaction: typed (awaiting its owner's confirmation) when a municipality's project leader
 * entered it, trusted when the secretariat did (shared/email-confirmations/model.ts). No
 * EmailAddressTyped: the invitation itself carries the confirmation code.
 */
export async function invitePersonOf(
  organisation: Organisation,
  request: { readonly name: string; readonly email: string; readonly roles: readonly string[] },
  principal: Principal,
  context: { readonly correlationId: string; readonly id: string },
): Promise<Person> {
  const people = peopleRepository();
  const now = new Date();
  const [existing] = await Promise.all([people.byEmail(request.email), requireOrganisation(organisation)]);
  const { state, events } = invite(request, organisation, existing?.value, { ...actorOf(principal), ...context, now });
  const address = { address: normaliseAddress(request.email), trust: trustOf(sourceOfCaller(callerKind(principal))) };
  await people.insert(state, events, [emailConfirmationsRepository().enteredAddressStep(address, now)]);
  return state;
}

/** A person of the organisation, or 404 (a person of another organisation is not found either). */
export async function personOf(organisation: Organisation, personId: string) {
  const person = await peopleRepository().getVersioned(personId);
  if (!person || person.value.organisation !== organisation) throw refuse.notFound(`No person ${personId} in ${organisation === 'secretariat' ? 'the secretariat' : `municipality ${organisation}`}`);
  return person;
}

export function changePersonOf(
  organisation: Organisation,
  personId: string,
  change: { readonly name?: string | undefined; readonly roles?: readonly string[] | undefined },
  principal: Principal,
  correlationId: string,
): Promise<Person> {
  return retryingConcurrentChange(async () => {
    const people = peopleRepository();
    const [person, projectLeaders] = await Promise.all([personOf(organisation, personId), people.projectLeaders(organisation)]);
    const { state, events } = changeRoles(person.value, change, projectLeaders, { ...actorOf(principal), correlationId, now: new Date() });
    await people.save(person, state, events);
    return state;
  });
}

export function deactivatePersonOf(organisation: Organisation, personId: string, principal: Principal, correlationId: string): Promise<Person> {
  return retryingConcurrentChange(async () => {
    const people = peopleRepository();
    const [person, projectLeaders] = await Promise.all([personOf(organisation, personId), people.projectLeaders(organisation)]);
    const { state, events } = deactivate(person.value, projectLeaders, { ...actorOf(principal), correlationId, now: new Date() });
    await people.save(person, state, events);
    return state;
  });
}

/** Someone an admitted application names: its project leader, or a steering group member with an address. */
export interface NamedInApplication {
  readonly name: string;
  readonly email: string;
  readonly roles: readonly PersonRole[];
}

/**
 * The application's people become people of the municipality, idempotently: an address that is
 * no person yet is invited; a person of the municipality already gets the roles it lacks; an
 * address of someone deactivated or of another organisation is left alone. The addresses were
 * typed by the municipality, so they await their owners' confirmation unless known already.
 * Answers what was done with each address.
 */
export async function welcomeApplicationPeople(
  organisation: Organisation,
  named: readonly NamedInApplication[],
  context: { readonly applicationId: string; readonly correlationId: string },
): Promise<{ readonly email: string; readonly outcome: 'invited' | 'roles-added' | 'unchanged' | 'skipped' }[]> {
  const people = peopleRepository();
  const actor = { by: `application ${context.applicationId}` };
  const byAddress = new Map<string, NamedInApplication>();
  for (const person of named) {
    const address = normaliseAddress(person.email);
    const known = byAddress.get(address);
    byAddress.set(address, known ? { ...known, roles: [...new Set([...known.roles, ...person.roles])] } : person);
  }
  const outcomes: { email: string; outcome: 'invited' | 'roles-added' | 'unchanged' | 'skipped' }[] = [];
  for (const [address, person] of byAddress) {
    const outcome = await retryingConcurrentChange(async () => {
      const now = new Date();
      const existing = await people.byEmail(address);
      if (!existing) {
        const { state, events } = invite(person, organisation, undefined, { ...actor, correlationId: context.correlationId, now, id: randomUUID() });
        await people.insert(state, events, [emailConfirmationsRepository().typedAddressStep(address, now)]);
        return 'invited' as const;
      }
      if (existing.value.organisation !== organisation || existing.value.status === 'deactivated') return 'skipped' as const;
      const { state, events } = addRoles(existing.value, person.roles, await people.projectLeaders(organisation), { ...actor, correlationId: context.correlationId, now });
      await people.save(existing, state, events);
      return events.length > 0 ? ('roles-added' as const) : ('unchanged' as const);
    });
    outcomes.push({ email: address, outcome });
  }
  return outcomes;
}
