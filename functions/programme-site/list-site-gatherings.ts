import { programmeSiteSources } from '#shared/programme-site/index.ts';
import { listSiteGatherings, SITE_CACHE_CONTROL } from '#shared/programme-site/routes.ts';
import { norwegianDay } from '#shared/platform/dates.ts';
import { cacheableAnswer } from '#shared/platform/http/cacheable.ts';
import { httpHandler } from '#shared/platform/http/http-handler.ts';

/**
 * GET /site/gatherings?from=: the gatherings not over on the day (default today in Norway),
 * public, no attendees. One Query for the cohorts and one per published cohort; ETag, If-None-Match → 304.
 */
export const handler = httpHandler(listSiteGatherings, async ({ query, event }) => {
  const from = query.from ?? norwegianDay(new Date());
  const gatherings = await programmeSiteSources().upcomingGatherings(from);
  return cacheableAnswer(event, JSON.stringify({ from, gatherings }), 'application/json', SITE_CACHE_CONTROL);
});
