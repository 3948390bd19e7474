import { jointApplicationsRepository } from '#shared/applications/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { getJointApplication } from '#shared/applications/joint-routes.ts';

/** GET /joint-applications/{id}: with each member application's status; a municipality that is not a member is answered not found. */
export const handler = httpHandler(getJointApplication, async ({ params, principal }) => json(200, await jointApplicationsRepository().visibleTo(principal, params.id)));
