import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { forEachConcurrently } from '#shared/platform/concurrency.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { AUDIENCE_ROLE, audienceMunicipalities, gatheringNotice, type GatheringNews } from '#shared/gatherings/index.ts';
import { notificationsRepository, NOTIFY_CONCURRENCY, queuedNotifications, recipientsByRole } from '#shared/notifications/index.ts';
import { peopleRepository } from '#shared/people/index.ts';
import { notifyAudienceOfGathering } from '#shared/gatherings/routes.ts';

/**
 * On GatheringScheduled/Changed/Cancelled: in each hosting municipality, the people the audience
 * names (its project leaders for everyone's gatherings, its union representatives for theirs),
 * else the project leader its application named, in its written standard.
 */
export const handler = eventHandler(notifyAudienceOfGathering, async ({ data, metadata }) => {
  const gathering = data.gathering;
  const news: GatheringNews = 'reason' in data ? { kind: 'cancelled', reason: data.reason } : 'changes' in data ? { kind: 'changed', changes: data.changes, previous: data.previous } : { kind: 'scheduled' };
  const hosts = data.network ? data.network.networkName : data.cohorts.map((c) => c.cohortName).join(', ');
  const audience = await audienceMunicipalities(gathering.hosts);
  const municipalities = await municipalitiesRepository().getMany(audience.map((m) => m.municipalityNumber));
  const role = AUDIENCE_ROLE[gathering.audience];
  await forEachConcurrently(audience, NOTIFY_CONCURRENCY, async (member) => {
    const language = languageFor(municipalities.get(member.municipalityNumber)?.writtenStandard ?? 'neutral');
    const fallback = member.projectLeader ? [{ name: member.projectLeader.name, address: member.projectLeader.email }] : [];
    const lookup = (roles: readonly Parameters<ReturnType<typeof peopleRepository>['withRoles']>[1][number][]) => peopleRepository().withRoles(member.municipalityNumber, roles);
    const recipients = await recipientsByRole('gathering-notice', lookup, fallback, role ? [role] : undefined);
    if (recipients.length === 0) return;
    const message = gatheringNotice(gathering, news, hosts, recipients[0]!, language, metadata.correlationId);
    await notificationsRepository().insertAll(queuedNotifications({ ...message, to: recipients }, metadata));
  });
});
