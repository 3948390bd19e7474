import { getMunicipalities } from '#shared/municipalities/repository.ts';
import { listParticipants } from '#shared/applications/participants-repository.ts';
import { forEachConcurrently } from '#shared/platform/concurrency.ts';
import { config } from '#shared/platform/config.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { gatheringNotice } from '#shared/cohorts/index.ts';
import { notify, NOTIFY_CONCURRENCY } from '#shared/notifications/notify.ts';
import { notifyParticipantsOfGathering } from '#shared/cohorts/routes.ts';

/** On GatheringScheduled/GatheringChanged: each participant's project leader, in its written standard. */
export const handler = eventHandler(notifyParticipantsOfGathering, async ({ data, metadata }) => {
  const tableName = config.tableName();
  const participants = await listParticipants(tableName, data.cohortId);
  const municipalities = await getMunicipalities(tableName, participants.map((p) => p.municipalityNumber));
  const previous = 'previous' in data ? data.previous : undefined;
  await forEachConcurrently(participants, NOTIFY_CONCURRENCY, async (participant) => {
    const standard = municipalities.get(participant.municipalityNumber)?.writtenStandard ?? 'neutral';
    const to = { name: participant.projectLeader.name, address: participant.projectLeader.email };
    const message = gatheringNotice(data.cohortName, data.gathering, previous, to, languageFor(standard), metadata.correlationId);
    await notify(tableName, message, metadata);
  });
});
