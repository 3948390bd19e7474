import { cohortsRepository, transitionCohort } from '#shared/cohorts/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { changeCohortStatus } from '#shared/cohorts/routes.ts';

/** POST /cohorts/{cohortId}/transitions {action}: open → close → start → complete; anything else is a 409. */
export const handler = idempotentHttpHandler(changeCohortStatus, async ({ params, body, correlationId }) => {
  const cohorts = cohortsRepository();
  const current = await cohorts.require(params.cohortId);
  const { state, events } = transitionCohort(current.value, body.action, { correlationId, now: new Date() });
  await cohorts.save({ value: state, version: current.version }, events);
  return json(200, state);
});
