import { moveDueDate, reportsRepository } from '#shared/reports/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { moveReportDueDate } from '#shared/reports/routes.ts';

/**
 * PATCH /reports/{id}: the secretariat moves one report's due date. Its reminders are weighed
 * again against the new date from the next sweep: steps sent are not sent again, a step whose
 * day has passed for the new date is skipped (never sent late), and a held report is no longer
 * held (the secretariat chose the date).
 */
export const handler = httpHandler(moveReportDueDate, async ({ params, body, principal }) => {
  const reports = reportsRepository();
  const [report, clock] = await Promise.all([reports.visibleReport(principal, params.id), reports.readSweepClock()]);
  const moved = moveDueDate(report.value, body, clock, { by: principal!.subject, now: new Date() });
  await reports.save({ value: moved.state, version: report.version }, moved.events);
  return json(200, moved.state);
});
