import { calendarFeedsRepository, feedView } from '#shared/calendar-feeds/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { listCalendarFeeds } from '#shared/calendar-feeds/routes.ts';

/** GET /calendar-feeds: the caller's feeds (one Query of its own index partition). */
export const handler = httpHandler(listCalendarFeeds, async ({ principal }) => {
  const feeds = await calendarFeedsRepository().ofOwner(principal!.subject);
  return json(200, { feeds: feeds.map(feedView) });
});
