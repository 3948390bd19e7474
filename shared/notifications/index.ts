/** Notifications, the public runtime entry: what other capabilities and the handlers use (declarations: routes.ts). */
export * from './model.ts';
export * from './commands.ts';
export { NotificationsRepository, SuppressionsRepository, notificationsRepository, suppressionsRepository } from './repository.ts';
export { secretariatRecipient } from './recipients.ts';
export * from './message-types.ts';
export * from './mail-preferences.ts';
export { MailPreferencesRepository, mailPreferencesRepository, type UnsubscribeToken } from './mail-preferences-repository.ts';
export { recipientsByRole, type PeopleLookup } from './recipients.ts';
