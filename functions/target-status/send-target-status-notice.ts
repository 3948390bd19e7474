import { disclosedAssessment, mailCaps, targetStatusNotice, targetStatusRepository, type TargetAssessment } from '#shared/target-status/index.ts';
import { disclosureRule } from '#shared/absence/index.ts';
import { sendTargetStatusNotice, targetStatusFollowUpsSchedule } from '#shared/target-status/routes.ts';
import { coalescedNotifications, notificationsRepository, queuedNotifications, recipientsByRole } from '#shared/notifications/index.ts';
import { peopleRepository } from '#shared/people/index.ts';
import type { EmailMessage } from '#shared/platform/mail/email-message.ts';
import { addDays, norwegianDay } from '#shared/platform/dates.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { awsEventHandler, eventHandler, type DomainEventBridgeEvent } from '#shared/platform/events/event-handler.ts';
import { withDeclaration } from '#shared/platform/declared.ts';
import { logger } from '#shared/platform/logger.ts';
import type { Context, ScheduledEvent } from 'aws-lambda';

/**
 * On TargetStatusChanged: the project leaders and the steering group (management, union
 * representative, elected official) by role, else the application's project leader, in the
 * municipality's written standard; for off-track
 * also the network's advisor. At most `perMunicipalityPerDay` notices a municipality per Norwegian
 * day (shared/target-status/mail-caps.json): the first changes of the day are sent at once, a burst's
 * later changes are coalesced (recorded, not sent), and the day's latest status follows the next
 * morning if it differs from the one sent (the `target-status-follow-ups` schedule, same function).
 */
/** The advisor is not the municipality's own: a latest figure about few persons reaches it suppressed. */
function forAdvisor<C extends { readonly assessment: TargetAssessment }>(change: C): C {
  return { ...change, assessment: disclosedAssessment(change.assessment, false, disclosureRule()) };
}

const onStatusChange = eventHandler(sendTargetStatusNotice, async ({ data, metadata }) => {
  const notifications = notificationsRepository();
  const messages = [await toMunicipality(data, targetStatusNotice(data, { name: data.projectLeader.name, address: data.projectLeader.email }, languageFor(data.writtenStandard), metadata.correlationId))];
  if (data.assessment.status === 'off-track' && data.advisor) {
    messages.push(targetStatusNotice(forAdvisor(data), { name: data.advisor.name, address: data.advisor.email }, 'nb', metadata.correlationId));
  }
  const cap = mailCaps().targetStatusNotice.perMunicipalityPerDay;
  const day = norwegianDay(metadata.occurredAt);
  const claim = await targetStatusRepository().claimStatusNotice({ municipalityNumber: data.municipalityNumber, day, eventId: metadata.eventId, occurredAt: metadata.occurredAt, change: data, cap });
  for (const message of messages) {
    if (claim === 'claimed') await notifications.insertAll(queuedNotifications(message, metadata));
    else await notifications.insertAll(coalescedNotifications(message, metadata, `Coalesced: ${data.municipalityNumber} got its ${cap} status notice(s) of ${day}; the day's latest status follows the next morning`));
  }
});

/**
 * Daily, in the morning: for every municipality whose status changes were coalesced yesterday,
 * the day's latest status, if it differs from the one its notice sent. It takes a place in
 * today's cap; when today's notices already went out (a newer status), it is not needed. Keyed
 * on the latest change's event id, so a repeated run queues nothing twice.
 */
// No Powertools record (the function's store is configured for its TargetStatusChanged events): every effect here is an idempotent write keyed by the change.
const followUps = awsEventHandler(targetStatusFollowUpsSchedule, async (event) => {
  const notifications = notificationsRepository();
  const statuses = targetStatusRepository();
  const today = norwegianDay(event.time);
  const yesterday = addDays(today, -1);
  const cap = mailCaps().targetStatusNotice.perMunicipalityPerDay;
  let sent = 0;
  for (const slot of await statuses.coalescedSlotsOf(yesterday)) {
    if (slot.latest.assessment.status === slot.sentStatus) continue;
    const eventId = `${slot.latestEventId}#follow-up`;
    const claim = await statuses.claimStatusNotice({ municipalityNumber: slot.municipalityNumber, day: today, eventId, occurredAt: slot.latestAt, change: slot.latest, cap });
    if (claim !== 'claimed') continue;
    const change = slot.latest;
    const cause = { eventId, eventType: 'TargetStatusChanged' } as const;
    sent += await notifications.insertAll(queuedNotifications(await toMunicipality(change, targetStatusNotice(change, { name: change.projectLeader.name, address: change.projectLeader.email }, languageFor(change.writtenStandard))), cause));
    if (change.assessment.status === 'off-track' && change.advisor) {
      sent += await notifications.insertAll(queuedNotifications(targetStatusNotice(forAdvisor(change), { name: change.advisor.name, address: change.advisor.email }, 'nb'), cause));
    }
  }
  logger.info('Target status follow-ups', { day: yesterday, sent });
});

/** The municipality's notice to its people by role (message-types.ts), else to the project leader it was written to. */
async function toMunicipality(change: { readonly municipalityNumber: string }, message: EmailMessage): Promise<EmailMessage> {
  return { ...message, to: await recipientsByRole('target-status-notice', (roles) => peopleRepository().withRoles(change.municipalityNumber, roles), message.to) };
}

/** TargetStatusChanged events, and the daily follow-up schedule. */
export const handler = withDeclaration(
  (event: DomainEventBridgeEvent | ScheduledEvent, context: Context) =>
    event['detail-type'] === 'Scheduled Event' ? followUps(event as unknown as DomainEventBridgeEvent, context) : onStatusChange(event as DomainEventBridgeEvent, context),
  [sendTargetStatusNotice, targetStatusFollowUpsSchedule],
);
