import { config } from '#shared/platform/config.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { visibleReport } from '#shared/reports/repository.ts';
import { getReport } from '#shared/reports/routes.ts';

/** GET /reports/{id}: one report with its history (a municipality: its own). */
export const handler = httpHandler(getReport, async ({ params, principal }) => json(200, (await visibleReport(config.tableName(), principal, params.id)).value));
