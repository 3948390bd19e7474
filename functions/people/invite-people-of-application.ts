import { applicationsRepository } from '#shared/applications/index.ts';
import { welcomeApplicationPeople } from '#shared/people/index.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { invitePeopleOfApplication } from '#shared/people/routes.ts';

/**
 * On MunicipalityAdmitted: the admitted application's project leader (project-leader) and the
 * steering group's members who have an address (their steering role: management,
 * union-representative, elected-official) become people of the municipality. At admission, not
 * at submission: a rejected or withdrawn application gives nobody access to the programme.
 */
export const handler = eventHandler(invitePeopleOfApplication, async ({ data, metadata }) => {
  const application = await applicationsRepository().get(data.applicationId);
  if (!application) throw new Error(`MunicipalityAdmitted names no stored application ${data.applicationId}`);
  const { projectLeader, steeringGroup = [] } = application.value;
  if (!projectLeader) throw new Error(`Application ${data.applicationId} was admitted without a project leader`);
  const named = [
    { name: projectLeader.name, email: projectLeader.email, roles: ['project-leader'] as const },
    ...steeringGroup.flatMap((member) => (member.email ? [{ name: member.name, email: member.email, roles: [member.role] }] : [])),
  ];
  const outcomes = await welcomeApplicationPeople(data.municipalityNumber, named, { applicationId: data.applicationId, correlationId: metadata.correlationId ?? metadata.eventId });
  logger.info('The application’s people', { applicationId: data.applicationId, outcomes });
});
