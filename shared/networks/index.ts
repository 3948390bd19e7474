/**
 * The networks capability's public runtime entry: what handlers and other capabilities use
 * (the declarations are in routes.ts, the wire schemas in contract.ts).
 */
export * from './model.ts';
export * from './commands.ts';
export { NetworksRepository, networksRepository } from './repository.ts';
export * from './emails.ts';
