/**
 * Until the capabilities' commands import `newEvent` from shared/event-catalogue.ts (where the
 * catalogue's events are built, validated against their definitions): the old home, re-exported.
 * @deprecated import newEvent from shared/event-catalogue.ts
 */
export { newEvent } from '../../event-catalogue.ts';
