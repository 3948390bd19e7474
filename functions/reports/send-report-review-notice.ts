import { reportPeople, reportReviewNotice, reportsRepository } from '#shared/reports/index.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { notificationsRepository, queuedNotifications, recipientsByRole } from '#shared/notifications/index.ts';
import { peopleRepository } from '#shared/people/index.ts';
import { sendReportReviewNotice } from '#shared/reports/routes.ts';

/** On ReportAccepted/ReportReturned: the project leader hears the outcome and the comment. */
export const handler = eventHandler(sendReportReviewNotice, async ({ data, metadata }) => {
  const report = await reportsRepository().get(data.reportId);
  if (!report) throw new Error(`Report ${data.reportId} does not exist`);
  const people = await reportPeople().of(report.value.cohortId, report.value.municipalityNumber, { withAdvisor: false });
  const outcome = metadata.eventType === 'ReportAccepted' ? 'accepted' : 'returned';
  // Its project leaders by role, else the application's project leader.
  const recipients = await recipientsByRole('report-review', (roles) => peopleRepository().withRoles(report.value.municipalityNumber, roles), [people.projectLeader]);
  const message = reportReviewNotice(report.value, { outcome, comment: data.comment }, people.projectLeader, people.language, metadata.correlationId);
  await notificationsRepository().insertAll(queuedNotifications({ ...message, to: recipients }, metadata));
});
