import { changePersonOf } from '#shared/people/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { changeStaff } from '#shared/people/routes.ts';

/** PATCH /staff/{personId}: roles and/or name (PersonRolesChanged). */
export const handler = httpHandler(changeStaff, async ({ params, body, principal, correlationId }) =>
  json(200, await changePersonOf('secretariat', params.personId, body, principal!, correlationId)),
);
