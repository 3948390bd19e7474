import { cohortsRepository } from '#shared/cohorts/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getCohort } from '#shared/cohorts/routes.ts';

/** GET /cohorts/{cohortId}: the cohort and its report plan (its calendar: GET /gatherings?cohortId=). */
export const handler = httpHandler(getCohort, async ({ params }) => json(200, (await cohortsRepository().require(params.cohortId)).value));
