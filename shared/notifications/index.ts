/** Notifications, the public runtime entry: what other capabilities and the handlers use (declarations: routes.ts). */
export * from './model.ts';
export * from './commands.ts';
export { NotificationsRepository, SuppressionsRepository, notificationsRepository, suppressionsRepository } from './repository.ts';
export { secretariatRecipient } from './recipients.ts';
