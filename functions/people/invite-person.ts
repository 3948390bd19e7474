import { randomUUID } from 'node:crypto';
import { invitePersonOf } from '#shared/people/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { invitePerson } from '#shared/people/routes.ts';

/** POST /municipalities/{number}/people: invite a person with roles (PersonInvited: login, then invitation). */
export const handler = idempotentHttpHandler(invitePerson, async ({ params, body, principal, correlationId }) => {
  const person = await invitePersonOf(params.number, body, principal!, { correlationId, id: randomUUID() });
  return json(201, person, { location: `/municipalities/${params.number}/people/${person.id}` });
});
