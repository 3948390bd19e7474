import { projectsRepository, reportValue, actorIdOf } from '#shared/projects/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { reportGoalValue } from '#shared/projects/routes.ts';

/**
 * POST /projects/{projectId}/goals/{goalId}/values: a value, with who reported it and when
 * (GoalValueReported; GoalStatusChanged when the status changed). A goal of another project, or
 * a project of another municipality: 404.
 */
export const handler = idempotentHttpHandler(reportGoalValue, async ({ params, body, principal, correlationId }) => {
  const projects = projectsRepository();
  const context = { by: actorIdOf(principal!), correlationId, now: new Date() };
  let unchanged: unknown;
  const changed = await projects.change(
    () => projects.visible(principal, params.projectId),
    (project) => {
      const change = reportValue(project, params.goalId, body, context);
      if (!change) unchanged = project.goals.find((g) => g.id === params.goalId);
      return change;
    },
  );
  const goal = changed?.goal ?? unchanged;
  if (!goal) throw refuse.notFound(`No goal ${params.goalId} in project ${params.projectId}`);
  return json(201, goal, { location: `/projects/${params.projectId}/goals/${params.goalId}` });
});
