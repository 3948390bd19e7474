import { reportPeople, reportsRepository, reportSubmittedNotice } from '#shared/reports/index.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { notificationsRepository, queuedNotifications, secretariatRecipient } from '#shared/notifications/index.ts';
import { logger } from '#shared/platform/logger.ts';
import { notifyReviewersOfReport } from '#shared/reports/routes.ts';

/**
 * On ReportSubmitted: the reviewers hear that a report waits for them, so nobody has to poll:
 * the network's advisor (when the municipality is in one) and the secretariat, in bokmål, the
 * written standard the programme's own staff get (as escalations and the secretariat's other
 * notices). Once per event and recipient (notify), however often the event is delivered.
 */
export const handler = eventHandler(notifyReviewersOfReport, async ({ data, metadata }) => {
  const notifications = notificationsRepository();
  const report = await reportsRepository().get(data.reportId);
  if (!report) throw new Error(`Report ${data.reportId} does not exist`);
  const people = await reportPeople().of(report.value.cohortId, report.value.municipalityNumber, { withAdvisor: true });
  const submitted = { ...report.value, submittedAt: data.submittedAt };
  if (people.advisor) await notifications.insertAll(queuedNotifications(reportSubmittedNotice(submitted, people.advisor, 'nb', metadata.correlationId), metadata));
  else logger.info('No advisor to tell: the municipality is in no network', { reportId: data.reportId });
  await notifications.insertAll(queuedNotifications(reportSubmittedNotice(submitted, secretariatRecipient(), 'nb', metadata.correlationId), metadata));
});
