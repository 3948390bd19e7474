import { emailConfirmationsRepository, normaliseAddress, requestConfirmation } from '#shared/email-confirmations/index.ts';
import { municipalitiesRepository } from '#shared/municipalities/index.ts';
import { notificationsRepository, queuedNotifications } from '#shared/notifications/index.ts';
import { invitationMessage, peopleRepository, retryingConcurrentChange, withLogin, type Invitation } from '#shared/people/index.ts';
import { cognitoLogins } from '#shared/people/logins.ts';
import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { languageFor } from '#shared/platform/written-standard.ts';
import { createLogin } from '#shared/people/routes.ts';

/**
 * On PersonInvited: the person's Cognito user (group, `custom:municipality`), then its login in
 * the access directory, written only if the person was not deactivated meanwhile; then the
 * invitation, in the municipality's written standard (the secretariat's staff: bokmål), with
 * the code that confirms the address when it awaits confirmation. A redelivery finds the user
 * and the login made before and queues no second invitation (the notification's id comes from
 * the event).
 */
export const handler = eventHandler(createLogin, async ({ data, metadata }) => {
  const people = peopleRepository();
  const invited = (await people.get(data.personId))?.value;
  if (!invited) throw new Error(`PersonInvited names no stored person ${data.personId}`);
  const logins = cognitoLogins();
  const subject = await logins.ensureUser(invited);
  const attached = await retryingConcurrentChange(async () => {
    const person = (await people.getVersioned(data.personId))!;
    if (person.value.status === 'deactivated') return false;
    if (person.value.subject !== subject) await people.attachLogin(person, withLogin(person.value, subject));
    return true;
  }, 5);
  if (!attached) {
    // Deactivated before its login existed: the user made just now must not work either.
    await logins.disable(invited.email);
    return;
  }

  const now = new Date();
  const municipality = data.organisation === 'secretariat' ? undefined : await municipalitiesRepository().get(data.organisation);
  const language = municipality ? languageFor(municipality.writtenStandard) : 'nb';
  const address = normaliseAddress(data.email);
  const confirmations = emailConfirmationsRepository();
  const record = await confirmations.address(address);
  const base: Invitation = { name: data.name, email: data.email, roles: data.roles as Invitation['roles'], municipalityName: municipality?.name, inviterName: data.inviterName };
  const code = requestConfirmation(record, address, now);
  if (code) {
    const [message] = queuedNotifications(invitationMessage({ ...base, confirmation: { token: code.token, expiresAt: code.code.expiresAt } }, language, metadata.correlationId), metadata, now);
    if (await confirmations.issue(code.code, message!, now)) return;
  }
  // Trusted or confirmed already, or a live code went to the address before (its own message, or an earlier invitation).
  const confirmation = (await confirmations.address(address))?.status === 'pending' ? 'sent' : undefined;
  await notificationsRepository().insertAll(queuedNotifications(invitationMessage({ ...base, confirmation }, language, metadata.correlationId), metadata, now));
});
