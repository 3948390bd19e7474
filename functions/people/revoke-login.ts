import { eventHandler } from '#shared/platform/events/event-handler.ts';
import { cognitoLogins } from '#shared/people/logins.ts';
import { revokeLogin } from '#shared/people/routes.ts';

/**
 * On PersonDeactivated: the Cognito user is disabled and signed out everywhere (its refresh
 * tokens stop working). Its access tokens were refused already: the deactivation wrote the
 * login `active: false` in its own transaction.
 */
export const handler = eventHandler(revokeLogin, async ({ data }) => {
  await cognitoLogins().disable(data.email);
});
