import { notificationsRepository } from '#shared/notifications/index.ts';
import { httpHandler, json } from '#shared/platform/http/http-handler.ts';
import { page } from '#shared/platform/contract/pagination.ts';
import { listNotifications } from '#shared/notifications/routes.ts';

/** GET /notifications?status=failed: the emails that could not be delivered (the secretariat's dead-letter view), or those queued or sent. */
export const handler = httpHandler(listNotifications, async ({ query }) => {
  const { items, nextCursor } = page(await notificationsRepository().list(query.status), query);
  return json(200, { notifications: items, ...(nextCursor ? { nextCursor } : {}) });
});
