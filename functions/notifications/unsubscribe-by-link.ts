import { mailPreferencesRepository, unsubscribeTokenHash } from '#shared/notifications/index.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { unsubscribeByLink } from '#shared/notifications/routes.ts';

/**
 * POST /mail-preferences/unsubscribe/{token} (public, RFC 8058): a mail client posts
 * `List-Unsubscribe=One-Click` with no login; the unguessable token (stored by its hash) names the
 * address and the category, which is turned off. Idempotent: a second click answers the same.
 * Mandatory mail has no link and is still sent.
 */
export const handler = idempotentHttpHandler(unsubscribeByLink, async ({ params }) => {
  const preferences = mailPreferencesRepository();
  const tokenHash = unsubscribeTokenHash(params.token);
  const now = new Date();
  const token = await preferences.token(tokenHash, now);
  if (!token) throw problems.notFound('No such unsubscribe link (or it expired): choose your mail at PUT /people/me/mail-preferences');
  await preferences.unsubscribe(tokenHash, token, now);
  return json(200, { status: 'unsubscribed', category: token.scope, mandatoryMail: 'still-sent' });
});
