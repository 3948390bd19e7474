import { programmeSiteSources, siteParticipants } from '#shared/programme-site/index.ts';
import { listSiteParticipants, SITE_CACHE_CONTROL } from '#shared/programme-site/routes.ts';
import { cacheableAnswer } from '#shared/platform/http/cacheable.ts';
import { httpHandler } from '#shared/platform/http/http-handler.ts';

/**
 * GET /site/participants?cohortId=&countyNumber=: the participating municipalities with their
 * cohort and county, public. Three Queries (register, admissions, cohorts); ETag, If-None-Match → 304.
 */
export const handler = httpHandler(listSiteParticipants, async ({ query, event }) => {
  const sources = programmeSiteSources();
  const [register, admissions, cohorts] = await Promise.all([sources.register(), sources.admissions(), sources.cohorts()]);
  const participants = siteParticipants(register, admissions, cohorts, query);
  const body = { count: participants.length, participants, source: 'Kilde: Statistisk sentralbyrå' };
  return cacheableAnswer(event, JSON.stringify(body), 'application/json', SITE_CACHE_CONTROL);
});
