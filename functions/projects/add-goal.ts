import { randomUUID } from 'node:crypto';
import { addGoal as add, projectsRepository, actorIdOf } from '#shared/projects/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { addGoal } from '#shared/projects/routes.ts';

/** POST /projects/{projectId}/goals: a measurable own goal (GoalAdded). */
export const handler = idempotentHttpHandler(addGoal, async ({ params, body, principal, correlationId }) => {
  const projects = projectsRepository();
  const id = randomUUID().replaceAll('-', '');
  const context = { id, by: actorIdOf(principal!), correlationId, now: new Date() };
  const added = await projects.change(() => projects.visible(principal, params.projectId), (project) => add(project, body, context));
  return json(201, added!.goal, { location: `/projects/${params.projectId}/goals/${id}` });
});
