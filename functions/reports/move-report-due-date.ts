import { saveReport } from '#shared/adapters/dynamodb/reports-repository.ts';
import { config } from '#shared/config.ts';
import { MoveDueDateRequest, ReportParams } from '#shared/contracts/reports.ts';
import { utcDay } from '#shared/domain/dates.ts';
import { awaitsSubmission, openStatus, type ReportStatus } from '#shared/domain/report.ts';
import { refuse } from '#shared/domain/refusal.ts';
import { httpHandler, json } from '#shared/http/http-handler.ts';
import { visibleReport } from '#shared/http/access.ts';

/** PATCH /reports/{id}: the secretariat moves one report's due date; its reminders start over from the new date. */
export const handler = httpHandler('moveReportDueDate', { params: ReportParams, body: MoveDueDateRequest }, async ({ params, body, principal }) => {
  const tableName = config.tableName();
  const report = await visibleReport(tableName, principal, params.id);
  if (!awaitsSubmission(report.value.status)) throw refuse.conflict(`This report is ${report.value.status}: its due date no longer matters`);
  const at = new Date().toISOString();
  const status: ReportStatus = report.value.status === 'returned' ? 'returned' : openStatus(body.dueDate, utcDay(at));
  const moved = {
    ...report.value,
    dueDate: body.dueDate,
    status,
    remindersSent: [],
    history: [...report.value.history, { at, status, by: principal!.subject, dueDate: body.dueDate, ...(body.comment ? { comment: body.comment } : {}) }],
  };
  await saveReport(tableName, { value: moved, version: report.version });
  return json(200, moved);
});
