import { calendarFeedsRepository, FEED_SECRET_PATTERN, feedCalendar, feedContent, feedSecretHash } from '#shared/calendar-feeds/index.ts';
import { cacheableAnswer } from '#shared/platform/http/cacheable.ts';
import { httpHandler } from '#shared/platform/http/http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { getCalendar } from '#shared/calendar-feeds/routes.ts';

/** Private: the URL is one subscriber's secret, no shared cache should keep it; five minutes, as calendar clients poll. */
const CACHE_CONTROL = 'private, max-age=300';

/**
 * GET /calendar/{secret}.ics, public: the feed the secret opens, re-checked against its owner's
 * login now (active, and still allowed the scope); 404 for an unknown, rotated or deleted secret
 * and for an owner who may no longer read the scope, alike. The ETag is the body's hash (the
 * calendar's stamps are its data's last changes, so unchanged data is the same text).
 */
export const handler = httpHandler(getCalendar, async ({ params, event }) => {
  const notFound = () => problems.notFound('No such calendar feed: its URL may have been rotated or deleted, or its owner may no longer read it');
  const secret = params.feed.endsWith('.ics') ? params.feed.slice(0, -'.ics'.length) : '';
  if (!FEED_SECRET_PATTERN.test(secret)) throw notFound();
  const feed = await calendarFeedsRepository().bySecret(feedSecretHash(secret));
  if (!feed) throw notFound();
  const content = await feedContent(feed);
  if (!content) throw notFound();
  return cacheableAnswer(event, feedCalendar(content), 'text/calendar; charset=utf-8', CACHE_CONTROL);
});
