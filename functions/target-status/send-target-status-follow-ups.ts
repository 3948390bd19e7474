import { targetStatusFollowUpsSchedule } from '#shared/target-status/routes.ts';
import { claimStatusNotice, coalescedSlotsOf } from '#shared/target-status/status-notice-slots.ts';
import { config } from '#shared/platform/config.ts';
import { mailCaps } from '#shared/target-status/mail-caps.ts';
import { addDays, norwegianDay } from '#shared/platform/dates.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { awsEventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { targetStatusNotice } from '#shared/target-status/emails.ts';
import { notify } from '#shared/notifications/notify.ts';

/**
 * Daily, in the morning: for every municipality whose status changes were coalesced yesterday,
 * the day's latest status, if it differs from the one its notice sent. It takes a place in
 * today's cap; when today's notices already went out (a newer status), it is not needed. Keyed
 * on the latest change's event id, so a repeated run queues nothing twice. Served by the
 * sendTargetStatusNotice function on the `target-status-follow-ups` schedule.
 */
// No Powertools record (the function's store is configured for its TargetStatusChanged events): every effect here is an idempotent write keyed by the change.
export const followUps = awsEventHandler(targetStatusFollowUpsSchedule, async (event) => {
  const tableName = config.tableName();
  const today = norwegianDay(event.time);
  const yesterday = addDays(today, -1);
  const cap = mailCaps().targetStatusNotice.perMunicipalityPerDay;
  let sent = 0;
  for (const slot of await coalescedSlotsOf(tableName, yesterday)) {
    if (slot.latest.assessment.status === slot.sentStatus) continue;
    const eventId = `${slot.latestEventId}#follow-up`;
    const claim = await claimStatusNotice(tableName, { municipalityNumber: slot.municipalityNumber, day: today, eventId, occurredAt: slot.latestAt, change: slot.latest, cap });
    if (claim !== 'claimed') continue;
    const change = slot.latest;
    const cause = { eventId, eventType: 'TargetStatusChanged' } as const;
    sent += await notify(tableName, targetStatusNotice(change, { name: change.projectLeader.name, address: change.projectLeader.email }, languageFor(change.writtenStandard)), cause);
    if (change.assessment.status === 'off-track' && change.advisor) {
      sent += await notify(tableName, targetStatusNotice(change, { name: change.advisor.name, address: change.advisor.email }, 'nb'), cause);
    }
  }
  logger.info('Target status follow-ups', { day: yesterday, sent });
});
