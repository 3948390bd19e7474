import { gatheringsRepository } from '#shared/gatherings/index.ts';
import { addDays, norwegianDay } from '#shared/platform/dates.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { listGatherings } from '#shared/gatherings/routes.ts';

/** GET /gatherings: a cohort's calendar, a network's, or the gatherings between two days (one Query each). */
export const handler = httpHandler(listGatherings, async ({ query }) => {
  const gatherings = gatheringsRepository();
  if (query.cohortId) return json(200, { gatherings: await gatherings.ofCohort(query.cohortId) });
  if (query.networkId) return json(200, { gatherings: await gatherings.ofNetwork(query.networkId) });
  const from = query.from ?? norwegianDay(new Date());
  return json(200, { gatherings: await gatherings.between(from, query.to ?? addDays(from, 365)) });
});
