import { getMunicipalities } from '#shared/municipalities/repository.ts';
import { listParticipants } from '#shared/applications/participants-repository.ts';
import { forEachConcurrently } from '#shared/platform/concurrency.ts';
import { config } from '#shared/platform/config.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { networkComposition } from '#shared/networks/index.ts';
import { notify, NOTIFY_CONCURRENCY } from '#shared/notifications/notify.ts';
import { sendNetworkComposition } from '#shared/networks/routes.ts';

/**
 * On NetworkFormed/MunicipalityAssignedToNetwork: every member's project leader learns who is in
 * the network and who the advisor is; the advisor gets the same list.
 */
export const handler = eventHandler(sendNetworkComposition, async ({ data, metadata }) => {
  const tableName = config.tableName();
  const members = new Set(data.members.map((m) => m.municipalityNumber));
  // Both reads need only the event: they go together.
  const [cohortParticipants, municipalities] = await Promise.all([listParticipants(tableName, data.cohortId), getMunicipalities(tableName, [...members])]);
  const participants = cohortParticipants.filter((p) => members.has(p.municipalityNumber));
  await forEachConcurrently(participants, NOTIFY_CONCURRENCY, async (participant) => {
    const standard = municipalities.get(participant.municipalityNumber)?.writtenStandard ?? 'neutral';
    const to = { name: participant.projectLeader.name, address: participant.projectLeader.email };
    await notify(tableName, networkComposition(data, to, languageFor(standard), metadata.correlationId), metadata);
  });
  const advisor = { name: data.advisor.name, address: data.advisor.email };
  await notify(tableName, networkComposition(data, advisor, 'nb', metadata.correlationId), metadata);
});
