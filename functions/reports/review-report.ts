import { reportsRepository, review } from '#shared/reports/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { reviewReport } from '#shared/reports/routes.ts';

/** POST /reports/{id}/review: the secretariat or an advisor accepts the report or returns it with a comment. */
export const handler = idempotentHttpHandler(reviewReport, async ({ params, body, principal, correlationId }) => {
  const reports = reportsRepository();
  const report = await reports.visibleReport(principal, params.id);
  const reviewed = review(report.value, body, { by: principal!.subject, correlationId, now: new Date() });
  await reports.save({ value: reviewed.state, version: report.version }, reviewed.events);
  return json(200, reviewed.state);
});
