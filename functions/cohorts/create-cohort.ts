import { randomUUID } from 'node:crypto';
import { cohortsRepository, newCohort } from '#shared/cohorts/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { createCohort } from '#shared/cohorts/routes.ts';

/** POST /cohorts: a new cohort starts as a draft (no event); opening it invites the municipalities. */
export const handler = idempotentHttpHandler(createCohort, async ({ body }) => {
  const cohort = newCohort(body, { id: randomUUID(), now: new Date() });
  await cohortsRepository().insert(cohort);
  return json(201, cohort, { location: `/cohorts/${cohort.id}` });
});
