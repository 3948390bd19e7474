import { projectsRepository } from '#shared/projects/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { getSubProject } from '#shared/projects/routes.ts';

/** GET /projects/{projectId}/sub-projects/{subProjectId}: a sub-project with its status per report. */
export const handler = httpHandler(getSubProject, async ({ params, principal }) => {
  const project = await projectsRepository().visible(principal, params.projectId);
  const sub = project.value.subProjects.find((s) => s.id === params.subProjectId);
  if (!sub) throw refuse.notFound(`No sub-project ${params.subProjectId} in project ${params.projectId}`);
  return json(200, sub);
});
