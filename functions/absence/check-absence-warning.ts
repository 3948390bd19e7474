import { absenceWarningsRepository } from '#shared/absence/index.ts';
import { checkAbsenceWarning } from '#shared/absence/routes.ts';
import { recordedAs } from '#shared/platform/auth/principal.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { refuse } from '#shared/platform/refusal.ts';

/** POST /absence-figures/warnings/{id}/check: the secretariat marks a warning checked (the first check stands; 404 for an unknown one). */
export const handler = idempotentHttpHandler(checkAbsenceWarning, async ({ params, body, principal }) => {
  const warning = await absenceWarningsRepository().check(params.id, recordedAs(principal!), body.note, new Date());
  if (!warning) throw refuse.notFound(`No warning ${params.id}`);
  return json(200, warning);
});
