import { randomUUID } from 'node:crypto';
import { requireCohort, saveGathering } from '#shared/cohorts/repository.ts';
import { config } from '#shared/platform/config.ts';
import { acceptsPlanning } from '#shared/cohorts/model.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { newEvent } from '#shared/platform/outbox/new-event.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { scheduleGathering } from '#shared/cohorts/routes.ts';

/** POST /cohorts/{cohortId}/gatherings: participants are told (GatheringScheduled). */
export const handler = idempotentHttpHandler(scheduleGathering, async ({ params, body, correlationId }) => {
  const tableName = config.tableName();
  const cohort = await requireCohort(tableName, params.cohortId);
  if (!acceptsPlanning(cohort.value.status)) throw refuse.conflict('The cohort is completed: its calendar is closed');
  const now = new Date();
  const gathering = { id: randomUUID(), ...body, updatedAt: now.toISOString() };
  const event = newEvent('GatheringScheduled', { cohortId: cohort.value.id, cohortName: cohort.value.name, gathering }, { correlationId, now });
  await saveGathering(tableName, cohort.value.id, { value: gathering, version: 0 }, [event]);
  return json(201, gathering, { location: `/cohorts/${cohort.value.id}/gatherings/${gathering.id}` });
});
