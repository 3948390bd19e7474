import { fundsRepository } from '#shared/funds/index.ts';
import { municipalityOf, visibleMunicipalities } from '#shared/platform/auth/principal.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { listGrants } from '#shared/funds/routes.ts';

/** GET /grants?cohortId=: a cohort's grants from its index (a municipality: its own, by key prefix; an advisor: those it advises). */
export const handler = httpHandler(listGrants, async ({ query, principal }) => {
  const grants = await fundsRepository().ofCohort(query.cohortId, municipalityOf(principal));
  const visible = principal ? visibleMunicipalities(principal) : new Set<string>();
  return json(200, { grants: visible === 'all' ? grants : grants.filter((g) => visible.has(g.municipalityNumber)) });
});
