import { getNotification, requeueNotification } from '#shared/notifications/repository.ts';
import { config } from '#shared/platform/config.ts';
import { refuse } from '#shared/platform/refusal.ts';
import { newEvent } from '#shared/platform/outbox/new-event.ts';
import { json } from '#shared/platform/http/http-handler.ts';
import { idempotentHttpHandler } from '#shared/platform/http/idempotent-http-handler.ts';
import { retryNotification } from '#shared/notifications/routes.ts';

/** POST /notifications/{id}/retry: the secretariat sends a failed email again (redrive). */
export const handler = idempotentHttpHandler(retryNotification, async ({ params, correlationId }) => {
  const tableName = config.tableName();
  const notification = await getNotification(tableName, params.id);
  if (!notification) throw refuse.notFound(`No notification ${params.id}`);
  const now = new Date();
  const event = newEvent('NotificationQueued', { notificationId: notification.id, template: notification.template }, { correlationId, now });
  if (!(await requeueNotification(tableName, notification.id, event, now))) throw refuse.conflict(`Only a failed notification can be retried; this one is ${notification.status}`);
  return json(202, { ...notification, status: 'queued' });
});
