import { deactivatePersonOf } from '#shared/people/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { deactivatePerson } from '#shared/people/routes.ts';

/** POST /municipalities/{number}/people/{personId}/deactivation: the login refused at once (PersonDeactivated); never the last project leader. */
export const handler = idempotentHttpHandler(deactivatePerson, async ({ params, principal, correlationId }) =>
  json(200, await deactivatePersonOf(params.number, params.personId, principal!, correlationId)),
);
