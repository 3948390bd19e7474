/**
 * The people capability's public runtime entry: what handlers and other capabilities use
 * (declarations: routes.ts, wire schemas: contract.ts). Mail by role reads
 * `peopleRepository().withRoles(organisation, roles)`. The Cognito client (logins.ts) is not
 * here: only the login subscribers import it, so no other bundle carries it.
 */
export * from './model.ts';
export * from './commands.ts';
export { PeopleRepository, peopleRepository, personItem, retryingConcurrentChange, keys as peopleKeys } from './repository.ts';
export { invitationMessage, roleNames, INVITATION_TEMPLATE, type Invitation } from './emails.ts';
export { actorOf, changePersonOf, deactivatePersonOf, invitePersonOf, personOf, requireOrganisation, welcomeApplicationPeople, type NamedInApplication } from './manage.ts';
