import { listCohorts } from '#shared/adapters/dynamodb/cohorts-repository.ts';
import { config } from '#shared/config.ts';
import { httpHandler, json } from '#shared/http/http-handler.ts';

/** GET /cohorts: every cohort, by start date. */
export const handler = httpHandler('listCohorts', {}, async () => json(200, { cohorts: await listCohorts(config.tableName()) }));
