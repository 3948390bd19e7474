import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { participantsRepository } from '#shared/applications/index.ts';
import { forEachConcurrently } from '#shared/platform/concurrency.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { networkComposition } from '#shared/networks/index.ts';
import { notificationsRepository, NOTIFY_CONCURRENCY, queuedNotifications, recipientsByRole } from '#shared/notifications/index.ts';
import { peopleRepository } from '#shared/people/index.ts';
import { sendNetworkComposition } from '#shared/networks/routes.ts';

/**
 * On NetworkFormed/MunicipalityAssignedToNetwork: every member's project leader learns who is in
 * the network and who the advisor is; the advisor gets the same list.
 */
export const handler = eventHandler(sendNetworkComposition, async ({ data, metadata }) => {
  const notifications = notificationsRepository();
  const members = new Set(data.members.map((m) => m.municipalityNumber));
  // Both reads need only the event: they go together.
  const [cohortParticipants, municipalities] = await Promise.all([participantsRepository().ofCohort(data.cohortId), municipalitiesRepository().getMany([...members])]);
  const participants = cohortParticipants.filter((p) => members.has(p.municipalityNumber));
  await forEachConcurrently(participants, NOTIFY_CONCURRENCY, async (participant) => {
    const standard = municipalities.get(participant.municipalityNumber)?.writtenStandard ?? 'neutral';
    const to = { name: participant.projectLeader.name, address: participant.projectLeader.email };
    const recipients = await recipientsByRole('network-composition', (roles) => peopleRepository().withRoles(participant.municipalityNumber, roles), [to]);
    await notifications.insertAll(queuedNotifications({ ...networkComposition(data, to, languageFor(standard), metadata.correlationId), to: recipients }, metadata));
  });
  const advisor = { name: data.advisor.name, address: data.advisor.email };
  await notifications.insertAll(queuedNotifications(networkComposition(data, advisor, 'nb', metadata.correlationId), metadata));
});
