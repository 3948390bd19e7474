import { listCohorts } from '#shared/cohorts/repository.ts';
import { config } from '#shared/platform/config.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { listCohorts as listCohortsRoute } from '#shared/cohorts/routes.ts';

/** GET /cohorts: every cohort, by start date. */
export const handler = httpHandler(listCohortsRoute, async () => json(200, { cohorts: await listCohorts(config.tableName()) }));
