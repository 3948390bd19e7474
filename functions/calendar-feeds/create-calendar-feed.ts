import { randomUUID } from 'node:crypto';
import { calendarFeedsRepository, feedSecretHash, feedUrl, feedView, newFeed, newFeedSecret, resolveScope } from '#shared/calendar-feeds/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { createCalendarFeed } from '#shared/calendar-feeds/routes.ts';

/** POST /calendar-feeds: a feed of a scope the caller may read, with its secret URL (only the secret's SHA-256 is stored). */
export const handler = idempotentHttpHandler(createCalendarFeed, async ({ body, principal, event }) => {
  const feeds = calendarFeedsRepository();
  const [scope, existing] = await Promise.all([resolveScope(principal!, body.scope, body.id), feeds.ofOwner(principal!.subject)]);
  const secret = newFeedSecret();
  const feed = newFeed(body, scope, principal!, existing.length, { id: randomUUID(), now: new Date(), secretHash: feedSecretHash(secret) });
  await feeds.insert(feed);
  return json(201, { feed: feedView(feed), url: feedUrl(event, secret) });
});
