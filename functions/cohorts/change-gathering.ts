import { cohortsRepository, reviseGathering } from '#shared/cohorts/index.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { changeGathering } from '#shared/cohorts/routes.ts';

/** PUT /cohorts/{cohortId}/gatherings/{gatheringId}: participants are told what changed (GatheringChanged). */
export const handler = httpHandler(changeGathering, async ({ params, body, correlationId }) => {
  const cohorts = cohortsRepository();
  const [cohort, current] = await Promise.all([cohorts.require(params.cohortId), cohorts.gathering(params.cohortId, params.gatheringId)]);
  if (!current) throw refuse.notFound(`No gathering ${params.gatheringId} in this cohort`);
  const { state, events } = reviseGathering(cohort.value, current.value, body, { correlationId, now: new Date() });
  await cohorts.saveGathering(cohort.value.id, { value: state, version: current.version }, events);
  return json(200, state);
});
