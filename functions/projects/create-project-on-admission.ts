import { admit, projectIdOf, projectsRepository } from '#shared/projects/index.ts';
import { retryingConcurrentChange } from '#shared/platform/dynamodb/transaction.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { logger } from '#shared/platform/logger.ts';
import { createProjectOnAdmission } from '#shared/projects/routes.ts';

/**
 * On MunicipalityAdmitted: the municipality joins its project, created with its first member
 * (the joint project's id when the event names one, else the application's). Delivered again,
 * nothing changes: the membership exists.
 */
export const handler = eventHandler(createProjectOnAdmission, async ({ data, metadata }) => {
  const projects = projectsRepository();
  const id = projectIdOf(data);
  // Two members of a joint project admitted at once race for its one item: the loser reads it again.
  const added = await retryingConcurrentChange(async () => {
    const stored = await projects.get(id);
    const change = admit(stored?.value, data, { correlationId: metadata.correlationId, now: new Date(metadata.occurredAt) });
    return change ? projects.admit(change.state, stored?.version, data.municipalityNumber, change.events) : false;
  }, 20, 10);
  logger.info(added ? 'Member added to its project' : 'Already a member of its project', { projectId: id });
});
