import { notificationsRepository, retry } from '#shared/notifications/index.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { retryNotification } from '#shared/notifications/routes.ts';

/** POST /notifications/{id}/retry: the secretariat sends a failed email again (redrive). */
export const handler = idempotentHttpHandler(retryNotification, async ({ params, correlationId }) => {
  const notifications = notificationsRepository();
  const notification = await notifications.get(params.id);
  if (!notification) throw refuse.notFound(`No notification ${params.id}`);
  const now = new Date();
  const retried = retry(notification, { correlationId, now });
  // Failed when read, but settled by a concurrent retry or delivery before this write.
  if (!(await notifications.requeue(retried, now))) throw refuse.conflict(`Only a failed notification can be retried; this one is ${notification.status}`);
  return json(202, retried.state);
});
