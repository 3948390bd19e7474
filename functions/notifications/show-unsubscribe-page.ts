import { mailPreferencesRepository, unsubscribePage, unsubscribeTokenHash } from '#shared/notifications/index.ts';
import { html, httpHandler } from '#shared/platform/http/http-handler.ts';
import { problems } from '#shared/platform/http/problems.ts';
import { showUnsubscribePage } from '#shared/notifications/routes.ts';

/**
 * GET /mail-preferences/unsubscribe/{token}: the page a person's browser opens from the link.
 * It changes nothing (link scanners and prefetchers GET links); its button POSTs the one click.
 */
export const handler = httpHandler(showUnsubscribePage, async ({ params }) => {
  const token = await mailPreferencesRepository().token(unsubscribeTokenHash(params.token), new Date());
  if (!token) throw problems.notFound('No such unsubscribe link (or it expired): choose your mail at PUT /people/me/mail-preferences');
  return html(200, unsubscribePage(token.scope, token.usedAt !== undefined));
});
