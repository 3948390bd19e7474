import { projectsRepository } from '#shared/projects/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getProject } from '#shared/projects/routes.ts';

/** GET /projects/{projectId}: a project (to its member municipalities' people, their advisor, the secretariat). */
export const handler = httpHandler(getProject, async ({ params, principal }) => json(200, (await projectsRepository().visible(principal, params.projectId)).value));
