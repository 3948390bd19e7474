import { saveReport, visibleReport } from '#shared/reports/repository.ts';
import { config } from '#shared/platform/config.ts';
import { ensureReviewable } from '#shared/reports/model.ts';
import { newEvent } from '#shared/platform/outbox/new-event.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { reviewReport } from '#shared/reports/routes.ts';

/** POST /reports/{id}/review: the secretariat or an advisor accepts the report or returns it with a comment. */
export const handler = idempotentHttpHandler(reviewReport, async ({ params, body, principal, correlationId }) => {
  const tableName = config.tableName();
  const report = await visibleReport(tableName, principal, params.id);
  ensureReviewable(report.value.status);
  const now = new Date();
  const at = now.toISOString();
  const reviewed = {
    ...report.value,
    status: body.outcome,
    review: { ...body, by: principal!.subject, at },
    history: [...report.value.history, { at, status: body.outcome, by: principal!.subject, comment: body.comment }],
  };
  const event = newEvent(body.outcome === 'accepted' ? 'ReportAccepted' : 'ReportReturned', { reportId: reviewed.id, comment: body.comment, by: principal!.subject }, { correlationId, now });
  await saveReport(tableName, { value: reviewed, version: report.version }, [event]);
  return json(200, reviewed);
});
