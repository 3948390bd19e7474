import { randomUUID } from 'node:crypto';
import { requireCohort, saveGathering } from '#shared/adapters/dynamodb/cohorts-repository.ts';
import { config } from '#shared/config.ts';
import { CohortParams, GatheringRequest } from '#shared/contracts/cohorts.ts';
import { acceptsPlanning } from '#shared/domain/cohort.ts';
import { refuse } from '#shared/domain/refusal.ts';
import { newEvent } from '#shared/events/outbox.ts';
import { json } from '#shared/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/http/idempotent-http-handler.ts';

/** POST /cohorts/{cohortId}/gatherings: participants are told (GatheringScheduled). */
export const handler = idempotentHttpHandler('scheduleGathering', { params: CohortParams, body: GatheringRequest }, async ({ params, body, correlationId }) => {
  const tableName = config.tableName();
  const cohort = await requireCohort(tableName, params.cohortId);
  if (!acceptsPlanning(cohort.value.status)) throw refuse.conflict('The cohort is completed: its calendar is closed');
  const now = new Date();
  const gathering = { id: randomUUID(), ...body, updatedAt: now.toISOString() };
  const event = newEvent('GatheringScheduled', { cohortId: cohort.value.id, cohortName: cohort.value.name, gathering }, { correlationId, now });
  await saveGathering(tableName, cohort.value.id, { value: gathering, version: 0 }, [event]);
  return json(201, gathering, { location: `/cohorts/${cohort.value.id}/gatherings/${gathering.id}` });
});
