import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { participantsRepository } from '#shared/applications/index.ts';
import { forEachConcurrently } from '#shared/platform/concurrency.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { gatheringNotice } from '#shared/cohorts/index.ts';
import { notificationsRepository, NOTIFY_CONCURRENCY, queuedNotifications, recipientsByRole } from '#shared/notifications/index.ts';
import { peopleRepository } from '#shared/people/index.ts';
import { notifyParticipantsOfGathering } from '#shared/cohorts/routes.ts';

/** On GatheringScheduled/GatheringChanged: each participant's project leaders by role (else the application's), in its written standard. */
export const handler = eventHandler(notifyParticipantsOfGathering, async ({ data, metadata }) => {
  const participants = await participantsRepository().ofCohort(data.cohortId);
  const municipalities = await municipalitiesRepository().getMany(participants.map((p) => p.municipalityNumber));
  const previous = 'previous' in data ? data.previous : undefined;
  await forEachConcurrently(participants, NOTIFY_CONCURRENCY, async (participant) => {
    const standard = municipalities.get(participant.municipalityNumber)?.writtenStandard ?? 'neutral';
    const to = { name: participant.projectLeader.name, address: participant.projectLeader.email };
    const message = gatheringNotice(data.cohortName, data.gathering, previous, to, languageFor(standard), metadata.correlationId);
    const recipients = await recipientsByRole('gathering-notice', (roles) => peopleRepository().withRoles(participant.municipalityNumber, roles), [to]);
    await notificationsRepository().insertAll(queuedNotifications({ ...message, to: recipients }, metadata));
  });
});
