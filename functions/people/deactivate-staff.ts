import { deactivatePersonOf } from '#shared/people/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { deactivateStaff } from '#shared/people/routes.ts';

/** POST /staff/{personId}/deactivation: the login refused at once (PersonDeactivated). */
export const handler = idempotentHttpHandler(deactivateStaff, async ({ params, principal, correlationId }) =>
  json(200, await deactivatePersonOf('secretariat', params.personId, principal!, correlationId)),
);
