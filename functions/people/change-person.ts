import { changePersonOf } from '#shared/people/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { changePerson } from '#shared/people/routes.ts';

/** PATCH /municipalities/{number}/people/{personId}: roles and/or name (PersonRolesChanged); never the last project leader's role. */
export const handler = httpHandler(changePerson, async ({ params, body, principal, correlationId }) =>
  json(200, await changePersonOf(params.number, params.personId, body, principal!, correlationId)),
);
