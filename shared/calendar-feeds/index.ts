/** Calendar feeds, the public runtime entry: what the handlers use (declarations: routes.ts). */
export * from './model.ts';
export * from './commands.ts';
export { feedView } from './contract.ts';
export { feedCalendar, osloTime, UID_DOMAIN, type FeedLanguage, type FeedReport } from './ical.ts';
export { feedContent, resolveScope } from './feeds.ts';
export { CalendarFeedsRepository, calendarFeedsRepository } from './repository.ts';
export { feedUrl } from './feed-url.ts';
