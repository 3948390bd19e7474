import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { reportsRepository } from '#shared/reports/index.ts';
import { getReport } from '#shared/reports/routes.ts';

/** GET /reports/{id}: one report with its history (a municipality: its own). */
export const handler = httpHandler(getReport, async ({ params, principal }) => json(200, (await reportsRepository().visibleReport(principal, params.id)).value));
