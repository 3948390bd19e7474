import { getReport } from '#shared/reports/repository.ts';
import { config } from '#shared/platform/config.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { notify } from '#shared/notifications/notify.ts';
import { reportReviewNotice } from '#shared/reports/emails.ts';
import { reportPeople } from '#shared/reports/people.ts';
import { sendReportReviewNotice } from '#shared/reports/routes.ts';

/** On ReportAccepted/ReportReturned: the project leader hears the outcome and the comment. */
export const handler = eventHandler(sendReportReviewNotice, async ({ data, metadata }) => {
  const tableName = config.tableName();
  const report = await getReport(tableName, data.reportId);
  if (!report) throw new Error(`Report ${data.reportId} does not exist`);
  const people = await reportPeople(tableName, report.value.cohortId, report.value.municipalityNumber, { withAdvisor: false });
  const outcome = metadata.eventType === 'ReportAccepted' ? 'accepted' : 'returned';
  await notify(tableName, reportReviewNotice(report.value, { outcome, comment: data.comment }, people.projectLeader, people.language, metadata.correlationId), metadata);
});
