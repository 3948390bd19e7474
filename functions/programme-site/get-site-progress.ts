import { overviewDate } from '#shared/overview/model.ts';
import { programmeSiteSources, siteProgress } from '#shared/programme-site/index.ts';
import { getSiteProgress, SITE_CACHE_CONTROL } from '#shared/programme-site/routes.ts';
import { utcDay } from '#shared/platform/dates.ts';
import { cacheableAnswer } from '#shared/platform/http/cacheable.ts';
import { httpHandler } from '#shared/platform/http/http-handler.ts';

/**
 * GET /site/progress: participation against the programme's goal (more than half), counted as
 * the overview counts it (overview/model.ts), on today, at the latest the programme's last day.
 * Two Queries (register, admissions); ETag, If-None-Match → 304.
 */
export const handler = httpHandler(getSiteProgress, async ({ event }) => {
  const sources = programmeSiteSources();
  const [register, admissions] = await Promise.all([sources.register(), sources.admissions()]);
  const body = { ...siteProgress(register, admissions, overviewDate(utcDay(new Date()))), source: 'Kilde: Statistisk sentralbyrå' };
  return cacheableAnswer(event, JSON.stringify(body), 'application/json', SITE_CACHE_CONTROL);
});
