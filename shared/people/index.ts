/** The people capability's public entry. */
export * from './model.ts';
export { PeopleRepository, peopleRepository, personItem, keys as peopleKeys } from './repository.ts';
