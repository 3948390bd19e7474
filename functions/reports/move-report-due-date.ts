import { readSweepClock, saveReport, visibleReport } from '#shared/reports/repository.ts';
import { config } from '#shared/platform/config.ts';
import { nextSweepDay, rescheduledReminders, sweepToday } from '#shared/reports/reminders.ts';
import { awaitsSubmission, openStatus, type ReportStatus } from '#shared/reports/model.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { moveReportDueDate } from '#shared/reports/routes.ts';

/**
 * PATCH /reports/{id}: the secretariat moves one report's due date. Its reminders are weighed
 * again against the new date from the next sweep: steps sent are not sent again, a step whose
 * day has passed for the new date is skipped (never sent late), and a held report is no longer
 * held (the secretariat chose the date).
 */
export const handler = httpHandler(moveReportDueDate, async ({ params, body, principal }) => {
  const tableName = config.tableName();
  const [report, clock] = await Promise.all([visibleReport(tableName, principal, params.id), readSweepClock(tableName)]);
  if (!awaitsSubmission(report.value.status)) throw refuse.conflict(`This report is ${report.value.status}: its due date no longer matters`);
  const now = new Date();
  const at = now.toISOString();
  const status: ReportStatus = report.value.status === 'returned' ? 'returned' : openStatus(body.dueDate, sweepToday(clock, now));
  const { remindersFrom: _previousStart, ...rest } = report.value;
  const moved = {
    ...rest,
    dueDate: body.dueDate,
    status,
    ...rescheduledReminders(report.value, nextSweepDay(clock, now)),
    history: [...report.value.history, { at, status, by: principal!.subject, dueDate: body.dueDate, ...(body.comment ? { comment: body.comment } : {}) }],
  };
  await saveReport(tableName, { value: moved, version: report.version });
  return json(200, moved);
});
