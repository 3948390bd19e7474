import { completePreferences, mailPreferencesRepository } from '#shared/notifications/index.ts';
import { peopleRepository } from '#shared/people/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { updateMailPreferences } from '#shared/notifications/routes.ts';

/** PUT /people/me/mail-preferences: the named categories change (one UpdateItem); the others stay. */
export const handler = httpHandler(updateMailPreferences, async ({ principal, body }) => {
  const personId = principal && principal.kind !== 'machine' ? principal.personId : undefined;
  const found = personId ? await peopleRepository().get(personId) : undefined;
  // main's repository answers the person with its version; the people capability's may answer the person itself.
  const person = found && 'value' in found ? found.value : found;
  if (!person) throw problems.notFound('You have no person record (a bootstrap account): mail preferences belong to a person with an address');
  const address = person.email.trim().toLowerCase();
  const changes = Object.fromEntries(Object.entries(body.preferences).filter(([, v]) => v !== undefined));
  const preferences = await mailPreferencesRepository().set(address, changes, new Date());
  return json(200, { address, preferences: completePreferences(preferences) });
});
