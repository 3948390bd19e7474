import { reportPeople, reportsRepository, signatureReminder, type SignatoryRole } from '#shared/reports/index.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { notificationsRepository, queuedNotifications } from '#shared/notifications/index.ts';
import { peopleRepository } from '#shared/people/index.ts';
import { logger } from '#shared/platform/logger.ts';
import { remindSignatories } from '#shared/reports/routes.ts';

/**
 * On ReportSignaturesMissing: every person of the municipality (invited or active) holding a
 * role that has not signed is reminded, in the municipality's written standard. The sweep emits
 * one event per report and day; a notification's id is the event's, the template's and the
 * address's, so a redelivery queues nothing twice: once per report, person and day. Not sent
 * when the report no longer awaits those signatures (signed, or submitted, meanwhile).
 */
export const handler = eventHandler(remindSignatories, async ({ data, metadata }) => {
  const report = await reportsRepository().get(data.reportId);
  if (!report) throw new Error(`Report ${data.reportId} does not exist`);
  const missing = (report.value.missingRoles ?? []).filter((role) => data.missingRoles.includes(role));
  if (report.value.status !== 'awaiting-signatures' || missing.length === 0) {
    logger.info('Signature reminder no longer true: not sent', { reportId: data.reportId, status: report.value.status });
    return;
  }
  const people = await reportPeople().of(report.value.cohortId, report.value.municipalityNumber, { withAdvisor: false });
  const signatories = await peopleRepository().withRoles(report.value.municipalityNumber, missing);
  if (signatories.length === 0) logger.warn('Nobody holds a missing signatory role', { reportId: data.reportId, missing });
  for (const person of signatories) {
    const roles = missing.filter((role) => person.roles.includes(role)) as SignatoryRole[];
    const message = signatureReminder(report.value, roles, missing, { name: person.name, address: person.email }, people.language, metadata.correlationId);
    await notificationsRepository().insertAll(queuedNotifications(message, metadata));
  }
});
