/**
 * The municipality register, the public entry: what handlers and other capabilities use.
 * The declarations (routes.ts) are not here: a handler imports its own from routes.ts.
 */
export * from './model.ts';
export type { MunicipalityProfile, Participation, UpdateMunicipalityRequest } from './contract.ts';
export { MunicipalitiesRepository, municipalitiesRepository } from './repository.ts';
