import { registrationsRepository, missedGatherings } from '#shared/gatherings/index.ts';
import { participantsRepository } from '#shared/applications/index.ts';
import { visibleMunicipalities } from '#shared/platform/auth/principal.ts';
import { norwegianDay } from '#shared/platform/dates.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getMissedGatherings } from '#shared/gatherings/registration-routes.ts';

/**
 * GET /overview/missed-gatherings: per participant the ended gatherings with recorded attendance
 * it was in the audience of, and those it missed. Two Queries: every recorded attendance (one
 * GSI partition, an item per gathering held) and every admission (one GSI partition).
 */
export const handler = httpHandler(getMissedGatherings, async ({ query, principal }) => {
  const [recorded, admissions] = await Promise.all([registrationsRepository().attendanceSummaries(), participantsRepository().admissions()]);
  const visible = visibleMunicipalities(principal!);
  const members = admissions.filter((a) => (visible === 'all' || visible.has(a.municipalityNumber)) && (!query.municipalityNumber || a.municipalityNumber === query.municipalityNumber));
  return json(200, { participants: missedGatherings(recorded, members, norwegianDay(new Date())) });
});
