/**
 * @deprecated until the merge: handlers of other capabilities call `notify(tableName, …)` and
 * `recordCoalesced(tableName, …)` from here. The new shape is `notificationsRepository().insertAll(queuedNotifications(message, cause))`
 * (shared/notifications/index.ts); the lead repoints the callers and deletes this file.
 */
import type { EmailMessage } from '../platform/mail/email-message.ts';
import { Table } from '../platform/dynamodb/table.ts';
import type { NotificationCause } from './model.ts';
import { NotificationsRepository } from './repository.ts';
import { coalescedNotifications, queuedNotifications } from './commands.ts';

export { NOTIFY_CONCURRENCY, type NotificationCause } from './model.ts';

/** @deprecated until the merge: use `notificationsRepository().insertAll(queuedNotifications(message, cause))`. */
export function notify(tableName: string, message: EmailMessage, cause: NotificationCause, now = new Date()): Promise<number> {
  return new NotificationsRepository(new Table(tableName)).insertAll(queuedNotifications(message, cause, now));
}

/** @deprecated until the merge: use `notificationsRepository().insertAll(coalescedNotifications(message, cause, reason))`. */
export function recordCoalesced(tableName: string, message: EmailMessage, cause: NotificationCause, reason: string, now = new Date()): Promise<number> {
  return new NotificationsRepository(new Table(tableName)).insertAll(coalescedNotifications(message, cause, reason, now));
}
