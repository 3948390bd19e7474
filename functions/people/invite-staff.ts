import { randomUUID } from 'node:crypto';
import { invitePersonOf } from '#shared/people/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { inviteStaff } from '#shared/people/routes.ts';

/** POST /staff: invite a secretariat member, advisor or evaluator (PersonInvited). */
export const handler = idempotentHttpHandler(inviteStaff, async ({ body, principal, correlationId }) => {
  const person = await invitePersonOf('secretariat', body, principal!, { correlationId, id: randomUUID() });
  return json(201, person, { location: `/staff/${person.id}` });
});
