import { createHash } from 'node:crypto';
import { calendarFeedsRepository, FEED_SECRET_PATTERN, feedCalendar, feedContent, feedSecretHash } from '#shared/calendar-feeds/index.ts';
import { httpHandler, text } from '#shared/platform/http/http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { getCalendar } from '#shared/calendar-feeds/routes.ts';

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
  const body = feedCalendar(content);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const headers = { etag, 'cache-control': CACHE_CONTROL };
  const match = event.headers['if-none-match'];
  if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return text(304, '', undefined, headers);
  return text(200, body, 'text/calendar; charset=utf-8', headers);
});
