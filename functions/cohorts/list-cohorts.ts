import { cohortsRepository } from '#shared/cohorts/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { listCohorts } from '#shared/cohorts/routes.ts';

/** GET /cohorts: every cohort, by start date. */
export const handler = httpHandler(listCohorts, async () => json(200, { cohorts: await cohortsRepository().list() }));
