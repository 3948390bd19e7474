import { claimStatusNotice } from '#shared/target-status/status-notice-slots.ts';
import { config } from '#shared/platform/config.ts';
import { mailCaps } from '#shared/target-status/mail-caps.ts';
import { norwegianDay } from '#shared/platform/dates.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { targetStatusNotice } from '#shared/target-status/emails.ts';
import { notify, recordCoalesced } from '#shared/notifications/notify.ts';
import type { Context, ScheduledEvent } from 'aws-lambda';
import type { DomainEventBridgeEvent } from '#shared/platform/events/event-handler.ts';
import { followUps } from './send-target-status-follow-ups.ts';
import { sendTargetStatusNotice, targetStatusFollowUpsSchedule } from '#shared/target-status/routes.ts';
import { withDeclaration } from '#shared/platform/declared.ts';

/**
 * On TargetStatusChanged: the project leader in the municipality's written standard; for off-track
 * also the network's advisor. At most `perMunicipalityPerDay` notices a municipality per Norwegian
 * day (shared/target-status/mail-caps.json): the first changes of the day are sent at once, a burst's
 * later changes are coalesced (recorded, not sent), and the day's latest status follows the next
 * morning if it differs from the one sent (the `target-status-follow-ups` schedule, same function).
 */
const onStatusChange = eventHandler(sendTargetStatusNotice, async ({ data, metadata }) => {
  const tableName = config.tableName();
  const leader = { name: data.projectLeader.name, address: data.projectLeader.email };
  const messages = [targetStatusNotice(data, leader, languageFor(data.writtenStandard), metadata.correlationId)];
  if (data.assessment.status === 'off-track' && data.advisor) {
    messages.push(targetStatusNotice(data, { name: data.advisor.name, address: data.advisor.email }, 'nb', metadata.correlationId));
  }
  const cap = mailCaps().targetStatusNotice.perMunicipalityPerDay;
  const day = norwegianDay(metadata.occurredAt);
  const claim = await claimStatusNotice(tableName, { municipalityNumber: data.municipalityNumber, day, eventId: metadata.eventId, occurredAt: metadata.occurredAt, change: data, cap });
  for (const message of messages) {
    if (claim === 'claimed') await notify(tableName, message, metadata);
    else await recordCoalesced(tableName, message, metadata, `Coalesced: ${data.municipalityNumber} got its ${cap} status notice(s) of ${day}; the day's latest status follows the next morning`);
  }
});

/** TargetStatusChanged events, and the daily follow-up schedule. */
export const handler = withDeclaration(
  (event: DomainEventBridgeEvent | ScheduledEvent, context: Context) =>
    event['detail-type'] === 'Scheduled Event' ? followUps(event as unknown as DomainEventBridgeEvent, context) : onStatusChange(event as DomainEventBridgeEvent, context),
  [sendTargetStatusNotice, targetStatusFollowUpsSchedule],
);
