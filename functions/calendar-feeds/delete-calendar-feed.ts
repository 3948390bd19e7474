import { calendarFeedsRepository, ownFeed } from '#shared/calendar-feeds/index.ts';
import { httpHandler, text } from '#shared/platform/http/http-handler.ts';
import { deleteCalendarFeed } from '#shared/calendar-feeds/routes.ts';

/** DELETE /calendar-feeds/{feedId}: one of the caller's feeds, and its secret, gone. */
export const handler = httpHandler(deleteCalendarFeed, async ({ params, principal }) => {
  const feeds = calendarFeedsRepository();
  await feeds.delete(ownFeed(await feeds.get(params.feedId), principal!, params.feedId));
  return text(204, '', undefined);
});
