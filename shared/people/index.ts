/** People, the public runtime entry (a minimal stand-in until the people capability is merged). */
export { PeopleRepository, peopleRepository, type Person, type PersonContact } from './repository.ts';
