/** Email confirmations, the public runtime entry: what other capabilities and the handlers use (declarations: routes.ts). */
export * from './model.ts';
export * from './commands.ts';
export { CONFIRMATION_TEMPLATE, CONFIRMING_TEMPLATES, INVITATION_TEMPLATE, confirmationMessage } from './emails.ts';
export { EmailConfirmationsRepository, emailConfirmationsRepository } from './repository.ts';
