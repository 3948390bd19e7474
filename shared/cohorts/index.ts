/**
 * The cohorts capability's public runtime entry: what handlers and other capabilities use
 * (the declarations are in routes.ts, the wire schemas in contract.ts).
 */
export * from './model.ts';
export * from './commands.ts';
export { CohortsRepository, cohortsRepository } from './repository.ts';
export { CohortInvitationsRepository, cohortInvitationsRepository, type CohortInvitation } from './invitations-repository.ts';
export * from './emails.ts';
