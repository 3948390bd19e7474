import { awaitsSubmission, daysPastDue, reminderCopies, reportPeople, reportReminder, reportsRepository } from '#shared/reports/index.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import type { Recipient } from '#shared/platform/mail/email-message.ts';
import { notificationsRepository, queuedNotifications, recipientsByRole, secretariatRecipient } from '#shared/notifications/index.ts';
import { peopleRepository } from '#shared/people/index.ts';
import { logger } from '#shared/platform/logger.ts';
import { sendReportReminder } from '#shared/reports/routes.ts';

/**
 * On ReportDue/ReportOverdue: the step's audience is told; the project leader in the
 * municipality's written standard: its people with the project-leader role (and, for an
 * escalation, management too), else the application's project leader. The letter says how far the due date really is from the day
 * it is sent for, and is not sent at all once it would be untrue (the due date moved, or the
 * report was submitted, before it went out).
 */
export const handler = eventHandler(sendReportReminder, async ({ data, metadata }) => {
  const report = await reportsRepository().get(data.reportId);
  if (!report) throw new Error(`Report ${data.reportId} does not exist`);
  if (report.value.dueDate !== data.dueDate || !awaitsSubmission(report.value.status)) {
    logger.info('Reminder no longer true: not sent', { reportId: data.reportId, stepId: data.stepId, dueDate: report.value.dueDate, status: report.value.status });
    return;
  }
  const people = await reportPeople().of(report.value.cohortId, report.value.municipalityNumber, { withAdvisor: data.notify.includes('advisor') });
  const step = { daysPastDue: daysPastDue(data.dueDate, data.sweptOn), copiedTo: reminderCopies(data.notify, people.advisor !== undefined) };
  const send = (to: Recipient, language: 'nb' | 'nn') => notificationsRepository().insertAll(queuedNotifications(reportReminder(report.value, step, to, language, metadata.correlationId), metadata));
  const escalation = step.copiedTo.length > 0;
  for (const audience of data.notify) {
    if (audience === 'project-leader') {
      const municipal = await recipientsByRole(escalation ? 'report-escalation' : 'report-reminder', (roles) => peopleRepository().withRoles(report.value.municipalityNumber, roles), [people.projectLeader]);
      for (const to of municipal) await send(to, people.language);
    }
    else if (audience === 'advisor') {
      if (people.advisor) await send(people.advisor, 'nb');
      else logger.warn('No advisor to remind: the municipality is in no network', { reportId: report.value.id });
    } else if (audience === 'secretariat') await send(secretariatRecipient(), 'nb');
  }
});
