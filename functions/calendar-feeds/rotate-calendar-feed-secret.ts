import { calendarFeedsRepository, feedSecretHash, feedUrl, feedView, newFeedSecret, ownFeed, rotatedFeed } from '#shared/calendar-feeds/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { rotateCalendarFeedSecret } from '#shared/calendar-feeds/routes.ts';

/** POST /calendar-feeds/{feedId}/secret: a new secret for one of the caller's feeds; the old URL stops in the same transaction. */
export const handler = idempotentHttpHandler(rotateCalendarFeedSecret, async ({ params, principal, event }) => {
  const feeds = calendarFeedsRepository();
  const feed = ownFeed(await feeds.get(params.feedId), principal!, params.feedId);
  const secret = newFeedSecret();
  const rotated = rotatedFeed(feed.value, feedSecretHash(secret), new Date());
  await feeds.rotate(feed, rotated);
  return json(200, { feed: feedView(rotated), url: feedUrl(event, secret) });
});
