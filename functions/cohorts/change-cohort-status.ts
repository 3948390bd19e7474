import { requireCohort, saveCohort } from '#shared/cohorts/repository.ts';
import { config } from '#shared/platform/config.ts';
import { changeStatus } from '#shared/cohorts/model.ts';
import { cohortStatusChanged } from '#shared/cohorts/events.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { changeCohortStatus } from '#shared/cohorts/routes.ts';

/** POST /cohorts/{cohortId}/transitions {action}: open → close → start → complete; anything else is a 409. */
export const handler = idempotentHttpHandler(changeCohortStatus, async ({ params, body, correlationId }) => {
  const tableName = config.tableName();
  const current = await requireCohort(tableName, params.cohortId);
  const now = new Date();
  const changed = changeStatus(current.value, body.action, now);
  await saveCohort(tableName, { value: changed, version: current.version }, [cohortStatusChanged(body.action, changed, { correlationId, now })]);
  return json(200, changed);
});
