import { reportsRepository, submit } from '#shared/reports/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { submitReport } from '#shared/reports/routes.ts';

/** POST /reports/{id}/submission: the fields each kind of report requires; a returned report may be submitted again. */
export const handler = idempotentHttpHandler(submitReport, async ({ params, body, principal, correlationId }) => {
  const reports = reportsRepository();
  const report = await reports.visibleReport(principal, params.id);
  const submitted = submit(report.value, body, { by: principal!.subject, correlationId, now: new Date() });
  await reports.save({ value: submitted.state, version: report.version }, submitted.events);
  return json(200, submitted.state);
});
