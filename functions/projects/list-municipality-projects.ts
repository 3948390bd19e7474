import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { projectsRepository } from '#shared/projects/index.ts';
import { mayActFor } from '#shared/platform/auth/principal.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { listMunicipalityProjects } from '#shared/projects/routes.ts';

/** GET /municipalities/{number}/projects: a municipality's projects (by its membership items; another municipality's, or an unknown one: 404). */
export const handler = httpHandler(listMunicipalityProjects, async ({ params, principal }) => {
  if (!principal || !mayActFor(principal, params.number)) throw refuse.notFound(`No municipality ${params.number} of yours`);
  const projects = (await projectsRepository().ofMunicipality(params.number)).map((p) => p.value);
  if (projects.length === 0 && !(await municipalitiesRepository().get(params.number))) throw refuse.notFound(`No municipality ${params.number}`);
  return json(200, { projects });
});
