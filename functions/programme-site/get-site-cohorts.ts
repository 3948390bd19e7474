import { programmeSiteSources, siteCohorts } from '#shared/programme-site/index.ts';
import { getSiteCohorts, SITE_CACHE_CONTROL } from '#shared/programme-site/routes.ts';
import { cacheableAnswer } from '#shared/platform/http/cacheable.ts';
import { httpHandler } from '#shared/platform/http/http-handler.ts';

/** GET /site/cohorts: the published cohorts with their years, public. One Query; ETag, If-None-Match → 304. */
export const handler = httpHandler(getSiteCohorts, async ({ event }) => {
  const cohorts = await programmeSiteSources().cohorts();
  return cacheableAnswer(event, JSON.stringify({ cohorts: siteCohorts(cohorts) }), 'application/json', SITE_CACHE_CONTROL);
});
