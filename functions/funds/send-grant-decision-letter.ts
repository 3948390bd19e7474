import { fundsRepository, grantDecisionLetter } from '#shared/funds/index.ts';
import { reportPeople } from '#shared/reports/index.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { notificationsRepository, queuedNotifications, recipientsByRole } from '#shared/notifications/index.ts';
import { peopleRepository } from '#shared/people/index.ts';
import { sendGrantDecisionLetter } from '#shared/funds/routes.ts';

/** On GrantDecided: the project leader gets the decision in the municipality's written standard (bokmål or nynorsk). */
export const handler = eventHandler(sendGrantDecisionLetter, async ({ data, metadata }) => {
  const grant = await fundsRepository().get(data.grantId);
  if (!grant) throw new Error(`Grant ${data.grantId} does not exist`);
  const people = await reportPeople().of(data.cohortId, data.municipalityNumber, { withAdvisor: false });
  const recipients = await recipientsByRole('grant-decision', (roles) => peopleRepository().withRoles(data.municipalityNumber, roles), [people.projectLeader]);
  const message = grantDecisionLetter(grant.value, { granted: data.granted, comment: data.comment }, people.projectLeader, people.language, metadata.correlationId);
  await notificationsRepository().insertAll(queuedNotifications({ ...message, to: recipients }, metadata));
});
