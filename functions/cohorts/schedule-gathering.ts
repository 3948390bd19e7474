import { randomUUID } from 'node:crypto';
import { addGathering, cohortsRepository } from '#shared/cohorts/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { scheduleGathering } from '#shared/cohorts/routes.ts';

/** POST /cohorts/{cohortId}/gatherings: participants are told (GatheringScheduled). */
export const handler = idempotentHttpHandler(scheduleGathering, async ({ params, body, correlationId }) => {
  const cohorts = cohortsRepository();
  const cohort = await cohorts.require(params.cohortId);
  const { state: gathering, events } = addGathering(cohort.value, body, { id: randomUUID(), correlationId, now: new Date() });
  await cohorts.saveGathering(cohort.value.id, { value: gathering, version: 0 }, events);
  return json(201, gathering, { location: `/cohorts/${cohort.value.id}/gatherings/${gathering.id}` });
});
