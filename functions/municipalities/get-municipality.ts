import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { participantsRepository } from '#shared/applications/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { getMunicipality } from '#shared/municipalities/routes.ts';

/** GET /municipalities/{number}: the profile with its participation history (a municipality: its own). */
export const handler = httpHandler(getMunicipality, async ({ params }) => {
  const [municipality, participation] = await Promise.all([municipalitiesRepository().get(params.number), participantsRepository().participationOf(params.number)]);
  if (!municipality) throw problems.notFound(`No municipality ${params.number}`);
  return json(200, { ...municipality, participation });
});
