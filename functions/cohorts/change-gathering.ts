import { getGathering, requireCohort, saveGathering } from '#shared/cohorts/repository.ts';
import { config } from '#shared/platform/config.ts';
import { acceptsPlanning } from '#shared/cohorts/model.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { newEvent } from '#shared/platform/outbox/new-event.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { changeGathering } from '#shared/cohorts/routes.ts';

/** PUT /cohorts/{cohortId}/gatherings/{gatheringId}: participants are told what changed (GatheringChanged). */
export const handler = httpHandler(changeGathering, async ({ params, body, correlationId }) => {
  const tableName = config.tableName();
  const [cohort, current] = await Promise.all([requireCohort(tableName, params.cohortId), getGathering(tableName, params.cohortId, params.gatheringId)]);
  if (!current) throw refuse.notFound(`No gathering ${params.gatheringId} in this cohort`);
  if (!acceptsPlanning(cohort.value.status)) throw refuse.conflict('The cohort is completed: its calendar is closed');
  const now = new Date();
  const changed = { ...body, id: current.value.id, updatedAt: now.toISOString() };
  const event = newEvent('GatheringChanged', { cohortId: cohort.value.id, cohortName: cohort.value.name, gathering: changed, previous: current.value }, { correlationId, now });
  await saveGathering(tableName, cohort.value.id, { value: changed, version: current.version }, [event]);
  return json(200, changed);
});
