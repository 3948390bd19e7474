import { disclosedAssessment, targetStatusRepository } from '#shared/target-status/index.ts';
import { disclosureRule, seesOwnFigures } from '#shared/absence/index.ts';
import { countBy } from '#shared/platform/tally.ts';
import { visibleMunicipalities } from '#shared/platform/auth/principal.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { listTargetStatuses } from '#shared/target-status/routes.ts';

/** GET /overview/target-statuses: every participant's status (an advisor: its networks' members), worst first, with counts; small figures suppressed. */
export const handler = httpHandler(listTargetStatuses, async ({ principal }) => {
  const visible = principal ? visibleMunicipalities(principal) : new Set<string>();
  const statuses = (await targetStatusRepository().list()).filter((s) => visible === 'all' || visible.has(s.municipalityNumber));
  const order = ['off-track', 'at-risk', 'no-data', 'on-track', 'achieved'];
  statuses.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status) || a.municipalityNumber.localeCompare(b.municipalityNumber));
  const rule = disclosureRule();
  // Staff read this list: a latest figure about few persons reaches them suppressed.
  const shown = statuses.map((s) => disclosedAssessment(s, seesOwnFigures(principal, s.municipalityNumber), rule));
  return json(200, { counts: countBy(statuses, (s) => s.status), statuses: shown });
});
