import { programmeSiteSources, siteNetworks } from '#shared/programme-site/index.ts';
import { listSiteNetworks, SITE_CACHE_CONTROL } from '#shared/programme-site/routes.ts';
import { cacheableAnswer } from '#shared/platform/http/cacheable.ts';
import { httpHandler } from '#shared/platform/http/http-handler.ts';

/** GET /site/networks?cohortId=: the networks with their members and advisor's name, public. Two Queries; ETag, If-None-Match → 304. */
export const handler = httpHandler(listSiteNetworks, async ({ query, event }) => {
  const sources = programmeSiteSources();
  const [networks, cohorts] = await Promise.all([sources.networks(), sources.cohorts()]);
  return cacheableAnswer(event, JSON.stringify({ networks: siteNetworks(networks, cohorts, query) }), 'application/json', SITE_CACHE_CONTROL);
});
