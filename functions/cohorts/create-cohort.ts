import { randomUUID } from 'node:crypto';
import { insertCohort } from '#shared/adapters/dynamodb/cohorts-repository.ts';
import { config } from '#shared/config.ts';
import { CreateCohortRequest } from '#shared/contracts/cohorts.ts';
import { newCohort } from '#shared/domain/cohort.ts';
import { json } from '#shared/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/http/idempotent-http-handler.ts';

/** POST /cohorts: a new cohort starts as a draft; opening it invites the municipalities. */
export const handler = idempotentHttpHandler('createCohort', { body: CreateCohortRequest }, async ({ body }) => {
  const cohort = newCohort(body, { id: randomUUID(), now: new Date() });
  await insertCohort(config.tableName(), cohort);
  return json(201, { ...cohort, gatherings: [] }, { location: `/cohorts/${cohort.id}` });
});
