/**
 * Notifications: every email is stored before it is sent, with its delivery state. Queuing is a
 * conditional write keyed by what caused it, so the same cause never queues the same email twice.
 * And the suppressed addresses: one item per address (lower case) that must get no more mail,
 * read before every send.
 */
import { UpdateCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { EventEnvelope } from '../event-catalogue.ts';
import { withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import type { TransactionStep } from '../platform/dynamodb/transaction.ts';
import { markableFrom, type DeliveryFeedback, type Notification, type NotificationStatus, type Suppression } from './model.ts';

/** Where this capability's items live in the programme's table (the table's whole key space: platform/dynamodb/table-design.ts). */
export const keys = {
  notification: (notificationId: string) => ({ pk: `NOTIFICATION#${notificationId}`, sk: 'NOTIFICATION' }),
  notificationsByStatus: (status: string, updatedAt = '', notificationId = '') => ({
    gsi1pk: `NOTIFICATIONS#${status}`,
    gsi1sk: updatedAt ? `${updatedAt}#${notificationId}` : '',
  }),
  notificationBySesMessage: (messageId: string) => ({ gsi2pk: `SES_MESSAGE#${messageId}`, gsi2sk: 'NOTIFICATION' }),
  suppressedAddress: (address: string) => ({ pk: `SUPPRESSED_ADDRESS#${address.trim().toLowerCase()}`, sk: 'SUPPRESSION' }),
} as const;

/** The stored item of a notification. */
function notificationItem(notification: Notification) {
  return {
    ...keys.notification(notification.id),
    ...keys.notificationsByStatus(notification.status, notification.updatedAt, notification.id),
    entity: 'Notification',
    ...notification,
  };
}

function byStatusValues(status: NotificationStatus, at: string, id: string) {
  const { gsi1pk, gsi1sk } = keys.notificationsByStatus(status, at, id);
  return { ':gsi1pk': gsi1pk, ':gsi1sk': gsi1sk };
}

function bySesMessageValues(messageId: string) {
  const { gsi2pk, gsi2sk } = keys.notificationBySesMessage(messageId);
  return { ':gsi2pk': gsi2pk, ':gsi2sk': gsi2sk };
}

export class NotificationsRepository {
  readonly table: Table;

  constructor(table: Table) {
    this.table = table;
  }

  /**
   * Stores new notifications (commands.ts queuedNotifications or coalescedNotifications: one per
   * recipient), each with its events; one stored before (the same cause, template and recipient)
   * is left as it is, so redeliveries and retries after a partial failure queue nothing twice.
   * Resolves to how many were newly stored.
   */
  async insertAll(changes: readonly { readonly state: Notification; readonly events: readonly EventEnvelope[] }[]): Promise<number> {
    let stored = 0;
    for (const change of changes) if (await this.insert(change)) stored++;
    return stored;
  }

  /** Stores a new notification with its events; false when it was stored before. */
  insert(change: { readonly state: Notification; readonly events: readonly EventEnvelope[] }): Promise<boolean> {
    return this.table.transactIfConditionsHold([this.insertStep(change.state).item], change.events);
  }

  /** The write of a new notification, for a transaction of another capability (a confirmation code and its message). */
  insertStep(notification: Notification): TransactionStep {
    return { item: { Put: { TableName: this.table.name, Item: notificationItem(notification), ConditionExpression: 'attribute_not_exists(pk)' } } };
  }

  async get(id: string): Promise<Notification | undefined> {
    const { Item } = await this.table.client.send(new GetCommand({ TableName: this.table.name, Key: keys.notification(id), ConsistentRead: true }));
    return Item ? withoutStorageAttributes<Notification>(Item) : undefined;
  }

  async list(status: NotificationStatus): Promise<Notification[]> {
    return (await this.table.queryIndex('gsi1', keys.notificationsByStatus(status).gsi1pk)).map((i) => withoutStorageAttributes<Notification>(i));
  }

  /** The notification SES sent as `messageId`, if it was one of ours. */
  async findBySesMessage(messageId: string): Promise<Notification | undefined> {
    const [found] = await this.table.queryIndex('gsi2', keys.notificationBySesMessage(messageId).gsi2pk);
    return found ? withoutStorageAttributes<Notification>(found) : undefined;
  }

  /** Records one delivery attempt's outcome. */
  async recordAttempt(id: string, outcome: { sent: true; messageId: string } | { sent: false; error: string }, now: Date): Promise<void> {
    const at = now.toISOString();
    const status = outcome.sent ? 'sent' : 'failed';
    await this.table.client.send(
      new UpdateCommand({
        TableName: this.table.name,
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
          ...byStatusValues(status, at, id),
          // A sent one is found again by SES's message id when a bounce or complaint comes back.
          ...(outcome.sent ? { ':messageId': outcome.messageId, ...bySesMessageValues(outcome.messageId) } : { ':error': outcome.error.slice(0, 1_000) }),
        },
      }),
    );
  }

  /** Puts a failed notification back in the queue with its new NotificationQueued event; false when it is no longer failed. */
  requeue(change: { readonly state: Notification; readonly events: readonly EventEnvelope[] }, now: Date): Promise<boolean> {
    const id = change.state.id;
    const at = now.toISOString();
    return this.table.transactIfConditionsHold(
      [
        {
          Update: {
            TableName: this.table.name,
            Key: keys.notification(id),
            UpdateExpression: 'SET #status = :queued, updatedAt = :at, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk',
            ConditionExpression: '#status = :failed',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':queued': 'queued', ':failed': 'failed', ':at': at, ...byStatusValues('queued', at, id) },
          },
        },
      ],
      change.events,
    );
  }

  /**
   * Marks a notification with what SES reported back (`bounced`, `complained`) or with why it was
   * not sent (`suppressed`). Idempotent: a complaint may follow a bounce, never the other way round,
   * and the same report twice changes nothing. False when the notification was already in that state.
   */
  async mark(id: string, status: 'bounced' | 'complained' | 'suppressed', feedback: DeliveryFeedback, now: Date): Promise<boolean> {
    const at = now.toISOString();
    const from = markableFrom(status);
    // A transaction with its audit entry: what SES reported changes who gets mail.
    return this.table.transactIfConditionsHold([
      {
        Update: {
          TableName: this.table.name,
          Key: keys.notification(id),
          UpdateExpression: 'SET #status = :status, updatedAt = :at, feedback = :feedback, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk',
          ConditionExpression: `#status IN (${from.map((_, i) => `:from${i}`).join(', ')})`,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':status': status,
            ':at': at,
            ':feedback': feedback,
            ...Object.fromEntries(from.map((s, i) => [`:from${i}`, s])),
            ...byStatusValues(status, at, id),
          },
        },
      },
    ]);
  }

  /**
   * A notification the recipient's preferences keep from being sent now: `digest-held` (for the
   * daily digest) or `unsubscribed` (its category is off), with why. Only from queued or failed;
   * false when it was settled already (a redelivery).
   */
  async settleUnsent(id: string, status: 'digest-held' | 'unsubscribed', reason: string, now: Date): Promise<boolean> {
    const at = now.toISOString();
    try {
      await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: keys.notification(id),
          UpdateExpression: 'SET #status = :status, updatedAt = :at, heldBack = :reason, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk',
          ConditionExpression: '#status IN (:queued, :failed)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':status': status, ':at': at, ':reason': reason, ':queued': 'queued', ':failed': 'failed', ...byStatusValues(status, at, id) },
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  /**
   * The notification's half of holding it for an address awaiting confirmation (the address's
   * half is the confirmation store's, in the same transaction): `awaiting-confirmation`, unless
   * it is sent or held already.
   */
  holdStep(id: string, now: Date): TransactionStep {
    const at = now.toISOString();
    return {
      item: {
        Update: {
          TableName: this.table.name,
          Key: keys.notification(id),
          UpdateExpression: 'SET #status = :held, updatedAt = :at, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk',
          ConditionExpression: 'attribute_exists(pk) AND NOT #status IN (:held, :sent)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':held': 'awaiting-confirmation', ':sent': 'sent', ':at': at, ...byStatusValues('awaiting-confirmation', at, id) },
        },
      },
    };
  }

  /** The notification's half of releasing a held one: queued again, only while it is still held. */
  releaseStep(id: string, now: Date): TransactionStep {
    const at = now.toISOString();
    return {
      item: {
        Update: {
          TableName: this.table.name,
          Key: keys.notification(id),
          UpdateExpression: 'SET #status = :queued, updatedAt = :at, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk',
          ConditionExpression: '#status = :held',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':queued': 'queued', ':held': 'awaiting-confirmation', ':at': at, ...byStatusValues('queued', at, id) },
        },
      },
    };
  }
}

/**
 * Addresses that must get no more mail: a permanent bounce or a complaint reported by SES. One
 * item per address (lower case), written idempotently; `deliverNotification` reads it before
 * every send. The first report is kept: a repeat or a later report does not overwrite it.
 */
export class SuppressionsRepository {
  readonly table: Table;

  constructor(table: Table) {
    this.table = table;
  }

  /** False when the address was suppressed before (the first report stays). */
  async suppress(suppression: Suppression): Promise<boolean> {
    // Audited like any change: from now on the address gets no mail.
    return this.table.transactIfConditionsHold([
      {
        Put: {
          TableName: this.table.name,
          Item: { ...keys.suppressedAddress(suppression.address), entity: 'SuppressedAddress', ...suppression, address: suppression.address.trim().toLowerCase() },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
  }

  async of(address: string): Promise<Suppression | undefined> {
    const { Item } = await this.table.client.send(new GetCommand({ TableName: this.table.name, Key: keys.suppressedAddress(address), ConsistentRead: true }));
    return Item ? { address: Item.address, reason: Item.reason, messageId: Item.messageId, at: Item.at } : undefined;
  }
}

let notifications: NotificationsRepository | undefined;
let suppressions: SuppressionsRepository | undefined;

/** The notifications of this deployment's table, bound on first use and kept for the container's life. */
export const notificationsRepository = (): NotificationsRepository => (notifications ??= new NotificationsRepository(programmeTable()));
/** The suppressed addresses of this deployment's table. */
export const suppressionsRepository = (): SuppressionsRepository => (suppressions ??= new SuppressionsRepository(programmeTable()));
