import { projectsRepository } from '#shared/projects/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { getGoal } from '#shared/projects/routes.ts';

/** GET /projects/{projectId}/goals/{goalId}: a goal with its values and status. */
export const handler = httpHandler(getGoal, async ({ params, principal }) => {
  const project = await projectsRepository().visible(principal, params.projectId);
  const goal = project.value.goals.find((g) => g.id === params.goalId);
  if (!goal) throw refuse.notFound(`No goal ${params.goalId} in project ${params.projectId}`);
  return json(200, goal);
});
