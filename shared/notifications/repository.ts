/**
 * Notifications: every email is stored before it is sent, with its delivery state. Queuing is a
 * conditional write keyed by what caused it, so the same cause never queues the same email twice.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EventEnvelope } from '../event-catalogue.ts';
import type { Notification } from './contract.ts';
import { documentClient } from '../platform/dynamodb/client.ts';
import { queryIndex, withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { keys } from '../platform/dynamodb/table-design.ts';
import { transactIfConditionsHold } from '../platform/dynamodb/transaction.ts';

/** The stored item of a notification (also written by the confirmation store's transaction). */
export function notificationItem(notification: Notification) {
  return {
    ...keys.notification(notification.id),
    ...keys.notificationsByStatus(notification.status, notification.updatedAt, notification.id),
    entity: 'Notification',
    ...notification,
  };
}

/** Stores a notification (a queued one with its NotificationQueued event); false when it was stored before. */
export function insertNotification(tableName: string, notification: Notification, event: EventEnvelope | undefined): Promise<boolean> {
  return transactIfConditionsHold(tableName, [{ Put: { TableName: tableName, Item: notificationItem(notification), ConditionExpression: 'attribute_not_exists(pk)' } }], event ? [event] : []);
}

export async function getNotification(tableName: string, id: string): Promise<Notification | undefined> {
  const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: keys.notification(id), ConsistentRead: true }));
  return Item ? withoutStorageAttributes<Notification>(Item) : undefined;
}

/** Records one delivery attempt's outcome. */
export async function recordAttempt(tableName: string, id: string, outcome: { sent: true; messageId: string } | { sent: false; error: string }, now: Date): Promise<void> {
  const at = now.toISOString();
  const status = outcome.sent ? 'sent' : 'failed';
  await documentClient.send(
    new UpdateCommand({
      TableName: tableName,
      Key: keys.notification(id),
      UpdateExpression: outcome.sent
        ? 'SET #status = :status, updatedAt = :at, sentAt = :at, messageId = :messageId, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk, gsi2pk = :gsi2pk, gsi2sk = :gsi2sk ADD attempts :one REMOVE lastError'
        : 'SET #status = :status, updatedAt = :at, lastError = :error, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk ADD attempts :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':status': status,
        ':at': at,
        ':one': 1,
        ...keysAsValues(keys.notificationsByStatus(status, at, id)),
        // A sent one is found again by SES's message id when a bounce or complaint comes back.
        ...(outcome.sent
          ? { ':messageId': outcome.messageId, ...bySesMessage(outcome.messageId) }
          : { ':error': outcome.error.slice(0, 1_000) }),
      },
    }),
  );
}

/** Puts a failed notification back in the queue, with a new NotificationQueued event. */
export async function requeueNotification(tableName: string, id: string, event: EventEnvelope, now: Date): Promise<boolean> {
  const at = now.toISOString();
  return transactIfConditionsHold(
    tableName,
    [
      {
        Update: {
          TableName: tableName,
          Key: keys.notification(id),
          UpdateExpression: 'SET #status = :queued, updatedAt = :at, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk',
          ConditionExpression: '#status = :failed',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':queued': 'queued', ':failed': 'failed', ':at': at, ...keysAsValues(keys.notificationsByStatus('queued', at, id)) },
        },
      },
    ],
    [event],
  );
}

export async function listNotifications(tableName: string, status: Notification['status']): Promise<Notification[]> {
  return (await queryIndex(tableName, 'gsi1', keys.notificationsByStatus(status).gsi1pk)).map((i) => withoutStorageAttributes<Notification>(i));
}

/** The notification SES sent as `messageId`, if it was one of ours. */
export async function findNotificationBySesMessage(tableName: string, messageId: string): Promise<Notification | undefined> {
  const [found] = await queryIndex(tableName, 'gsi2', keys.notificationBySesMessage(messageId).gsi2pk);
  return found ? withoutStorageAttributes<Notification>(found) : undefined;
}

/**
 * Marks a notification with what SES reported back (`bounced`, `complained`) or with why it was
 * not sent (`suppressed`). Idempotent: a complaint may follow a bounce, never the other way round,
 * and the same report twice changes nothing. False when the notification was already in that state.
 */
export async function markNotification(
  tableName: string,
  id: string,
  status: 'bounced' | 'complained' | 'suppressed',
  feedback: NonNullable<Notification['feedback']>,
  now: Date,
): Promise<boolean> {
  const at = now.toISOString();
  const from = status === 'suppressed' ? ['queued', 'failed'] : status === 'bounced' ? ['sent'] : ['sent', 'bounced'];
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.notification(id),
        UpdateExpression: 'SET #status = :status, updatedAt = :at, feedback = :feedback, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk',
        ConditionExpression: `#status IN (${from.map((_, i) => `:from${i}`).join(', ')})`,
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':status': status,
          ':at': at,
          ':feedback': feedback,
          ...Object.fromEntries(from.map((s, i) => [`:from${i}`, s])),
          ...keysAsValues(keys.notificationsByStatus(status, at, id)),
        },
      }),
    );
    return true;
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}

function bySesMessage(messageId: string) {
  const { gsi2pk, gsi2sk } = keys.notificationBySesMessage(messageId);
  return { ':gsi2pk': gsi2pk, ':gsi2sk': gsi2sk };
}

function keysAsValues(gsi: { gsi1pk: string; gsi1sk: string }) {
  return { ':gsi1pk': gsi.gsi1pk, ':gsi1sk': gsi.gsi1sk };
}

/**
 * Holds a notification for an address awaiting confirmation: `awaiting-confirmation`, its id
 * added to the address's held set (read with a strongly consistent Get by the release, unlike
 * an index). Only while the address is still pending, in the same transaction, so a
 * confirmation that lands meanwhile cannot strand it; false when the address is no longer
 * pending or the notification is sent or held already.
 */
export function holdNotification(tableName: string, notification: Notification, address: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  return transactIfConditionsHold(tableName, [
    {
      Update: {
        TableName: tableName,
        Key: keys.notification(notification.id),
        UpdateExpression: 'SET #status = :held, updatedAt = :at, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk',
        ConditionExpression: 'attribute_exists(pk) AND NOT #status IN (:held, :sent)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':held': 'awaiting-confirmation', ':sent': 'sent', ':at': at, ...keysAsValues(keys.notificationsByStatus('awaiting-confirmation', at, notification.id)) },
      },
    },
    {
      Update: {
        TableName: tableName,
        Key: keys.emailAddress(address),
        UpdateExpression: 'ADD held :id',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':pending': 'pending', ':id': new Set([notification.id]) },
      },
    },
  ]);
}

/** Queues a held notification again, with a new NotificationQueued event, and takes it off the address's held set; false when it is no longer held. */
export function releaseNotification(tableName: string, id: string, address: string, event: EventEnvelope, now: Date): Promise<boolean> {
  const at = now.toISOString();
  return transactIfConditionsHold(
    tableName,
    [
      {
        Update: {
          TableName: tableName,
          Key: keys.notification(id),
          UpdateExpression: 'SET #status = :queued, updatedAt = :at, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk',
          ConditionExpression: '#status = :held',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':queued': 'queued', ':held': 'awaiting-confirmation', ':at': at, ...keysAsValues(keys.notificationsByStatus('queued', at, id)) },
        },
      },
      { Update: { TableName: tableName, Key: keys.emailAddress(address), UpdateExpression: 'DELETE held :id', ExpressionAttributeValues: { ':id': new Set([id]) } } },
    ],
    [event],
  );
}
