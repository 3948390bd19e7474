import { getApplication } from '#shared/adapters/dynamodb/applications-repository.ts';
import { mayActFor } from '#shared/auth/principal.ts';
import { config } from '#shared/config.ts';
import { ApplicationIdParams } from '#shared/contracts/applications.ts';
import { httpHandler, json } from '#shared/http/http-handler.ts';
import { problems } from '#shared/http/problems.ts';

/** GET /applications/{id}: another municipality's application is answered as not found. */
export const handler = httpHandler('getApplication', { params: ApplicationIdParams }, async ({ params, principal }) => {
  const application = await getApplication(config.tableName(), params.id);
  if (!application || !principal || !mayActFor(principal, application.municipalityNumber)) {
    throw problems.notFound(`No application ${params.id}`);
  }
  return json(200, application);
});
