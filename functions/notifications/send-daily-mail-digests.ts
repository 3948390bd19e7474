import { DIGEST_LIMIT, digestNotification, mailPreferencesRepository, notificationsRepository, type Notification } from '#shared/notifications/index.ts';
import { norwegianDay } from '#shared/platform/dates.ts';
import { scheduledHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { dailyMailDigestSchedule } from '#shared/notifications/routes.ts';

/**
 * Every morning: the optional mail held for the digest (one Query on the `digest-held` status),
 * one digest per address and Norwegian day. Each address's digest is one transaction (the digest,
 * its NotificationQueued event and its messages marked `digested`): a run that fails midway
 * leaves the rest held for the next run, and a second run the same day (or a concurrent one)
 * writes nothing for an address that has its digest. Beyond DIGEST_LIMIT messages, the oldest
 * go first and the rest wait for the next day's digest.
 */
export const handler = scheduledHandler(dailyMailDigestSchedule, async (event) => {
  const now = new Date();
  const day = norwegianDay(event.time ?? now);
  const byAddress = new Map<string, Notification[]>();
  for (const held of await notificationsRepository().list('digest-held')) {
    const address = held.recipient.address.toLowerCase();
    byAddress.set(address, [...(byAddress.get(address) ?? []), held]);
  }
  const preferences = mailPreferencesRepository();
  let sent = 0;
  for (const [, held] of byAddress) {
    const included = [...held].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).slice(0, DIGEST_LIMIT);
    if (await preferences.storeDigest(digestNotification(included[0]!.recipient, day, included, now), included, now)) sent++;
  }
  logger.info('Daily mail digests', { day, addresses: byAddress.size, sent });
});
