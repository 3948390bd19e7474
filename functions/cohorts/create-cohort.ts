import { randomUUID } from 'node:crypto';
import { insertCohort } from '#shared/cohorts/repository.ts';
import { config } from '#shared/platform/config.ts';
import { newCohort } from '#shared/cohorts/model.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { createCohort } from '#shared/cohorts/routes.ts';

/** POST /cohorts: a new cohort starts as a draft; opening it invites the municipalities. */
export const handler = idempotentHttpHandler(createCohort, async ({ body }) => {
  const cohort = newCohort(body, { id: randomUUID(), now: new Date() });
  await insertCohort(config.tableName(), cohort);
  return json(201, { ...cohort, gatherings: [] }, { location: `/cohorts/${cohort.id}` });
});
