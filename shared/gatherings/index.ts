/**
 * The gatherings capability's public runtime entry: what handlers and other capabilities use
 * (the declarations are in routes.ts, the wire schemas in contract.ts).
 */
export * from './model.ts';
export * from './commands.ts';
export { GatheringsRepository, gatheringsRepository } from './repository.ts';
export * from './emails.ts';
export { audienceMunicipalities, loadHosts, type AudienceMunicipality } from './hosts.ts';
export * from './registrations.ts';
export { RegistrationsRepository, registrationsRepository, registrationKeys } from './registrations-repository.ts';
export { dueReminderStep, gatheringReminderSchedule, reminderReach } from './registration-reminders.ts';
export { movedUpLetter, reminderLetter } from './registration-emails.ts';
