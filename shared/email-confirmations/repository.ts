/**
 * The confirmation store: one item per email address (lower-case), saying whether it is trusted,
 * confirmed or pending (typed by a municipality, not yet confirmed), with the live confirmation
 * code's hash and expiry; and one item per code, found by the code's SHA-256, so the code
 * itself is never stored. Every change is a conditional write: typing never takes trust back,
 * a second code is issued only when none is live, a code confirms once.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { EventEnvelope } from '../event-catalogue.ts';
import { NotificationsRepository, type Notification, type NotificationChange } from '../notifications/index.ts';
import { withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import type { TransactionStep } from '../platform/dynamodb/transaction.ts';
import type { EnteredAddress, IssuedCode } from './commands.ts';
import { CONFIRMING_TEMPLATES } from './emails.ts';
import { awaitsConfirmation, normaliseAddress, type ConfirmationToken, type EmailAddressRecord } from './model.ts';

/** Where this capability's items live in the programme's table (the table's whole key space: platform/dynamodb/table-design.ts). */
export const keys = {
  emailAddress: (address: string) => ({ pk: `EMAIL#${address}`, sk: 'ADDRESS' }),
  emailConfirmationToken: (tokenHash: string) => ({ pk: `EMAIL_CONFIRMATION#${tokenHash}`, sk: 'TOKEN' }),
} as const;

/** Codes stay readable a month past their expiry, so a late click gets 410 rather than 404; then TTL removes them. */
const TOKEN_KEPT_SECONDS = 30 * 24 * 3600;

export class EmailConfirmationsRepository {
  readonly table: Table;
  /** The notifications whose holding and release share a transaction with the address. */
  readonly notifications: NotificationsRepository;

  constructor(table: Table) {
    this.table = table;
    this.notifications = new NotificationsRepository(table);
  }

  async address(address: string): Promise<EmailAddressRecord | undefined> {
    const { Item } = await this.table.client.send(new GetCommand({ TableName: this.table.name, Key: keys.emailAddress(address), ConsistentRead: true }));
    return Item ? withoutStorageAttributes<EmailAddressRecord>(Item) : undefined;
  }

  async token(tokenHash: string): Promise<ConfirmationToken | undefined> {
    const { Item } = await this.table.client.send(new GetCommand({ TableName: this.table.name, Key: keys.emailConfirmationToken(tokenHash), ConsistentRead: true }));
    return Item ? withoutStorageAttributes<ConfirmationToken>(Item) : undefined;
  }

  /** The store's write for an entered address (commands.ts enteredAddress), for the transaction that stores the item holding it. */
  enteredAddressStep(entered: EnteredAddress, now: Date): TransactionStep {
    return entered.trust === 'trusted' ? this.trustedAddressStep(entered.address, now) : this.typedAddressStep(entered.address, now);
  }

  /** A municipality typed the address: pending unless already known (trust and confirmation are kept). */
  typedAddressStep(address: string, now: Date): TransactionStep {
    return {
      item: {
        Update: {
          TableName: this.table.name,
          Key: keys.emailAddress(address),
          UpdateExpression: 'SET #status = if_not_exists(#status, :pending), address = :address, entity = :entity, updatedAt = :at',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':pending': 'pending', ':address': address, ':entity': 'EmailAddress', ':at': now.toISOString() },
        },
      },
    };
  }

  /** The secretariat entered the address (a registered contact address, an advisor): trusted from now on. */
  trustedAddressStep(address: string, now: Date): TransactionStep {
    return {
      item: {
        Update: {
          TableName: this.table.name,
          Key: keys.emailAddress(address),
          UpdateExpression: 'SET #status = :trusted, address = :address, entity = :entity, updatedAt = :at REMOVE tokenHash, tokenExpiresAt',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':trusted': 'trusted', ':address': address, ':entity': 'EmailAddress', ':at': now.toISOString() },
        },
      },
    };
  }

  /**
   * Issues a confirmation code and queues its message in one transaction, only if the address is
   * still pending and has no live code; false (nothing written) otherwise.
   */
  issue(code: IssuedCode, message: NotificationChange, now: Date): Promise<boolean> {
    const at = now.toISOString();
    return this.table.transactIfConditionsHold(
      [
        {
          Update: {
            TableName: this.table.name,
            Key: keys.emailAddress(code.address),
            UpdateExpression: 'SET tokenHash = :hash, tokenExpiresAt = :expires, updatedAt = :at ADD requests :one',
            ConditionExpression: '#status = :pending AND (attribute_not_exists(tokenExpiresAt) OR tokenExpiresAt <= :at)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':hash': code.tokenHash, ':expires': code.expiresAt, ':at': at, ':one': 1, ':pending': 'pending' },
          },
        },
        {
          Put: {
            TableName: this.table.name,
            Item: {
              ...keys.emailConfirmationToken(code.tokenHash),
              entity: 'EmailConfirmationToken',
              address: code.address,
              expiresAt: code.expiresAt,
              expiration: Math.floor(Date.parse(code.expiresAt) / 1000) + TOKEN_KEPT_SECONDS,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        this.notifications.insertStep(message.state).item,
      ],
      message.events,
    );
  }

  /**
   * Confirms the address with its live code, with the EmailAddressConfirmed event; false when
   * the code was used, expired or replaced meanwhile, or the address is no longer pending.
   */
  confirm(tokenHash: string, address: string, events: readonly EventEnvelope[], now: Date): Promise<boolean> {
    const at = now.toISOString();
    return this.table.transactIfConditionsHold(
      [
        {
          Update: {
            TableName: this.table.name,
            Key: keys.emailConfirmationToken(tokenHash),
            UpdateExpression: 'SET usedAt = :at',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt) AND expiresAt > :at',
            ExpressionAttributeValues: { ':at': at },
          },
        },
        {
          Update: {
            TableName: this.table.name,
            Key: keys.emailAddress(address),
            UpdateExpression: 'SET #status = :confirmed, confirmedAt = :at, updatedAt = :at REMOVE tokenHash, tokenExpiresAt',
            ConditionExpression: '#status = :pending AND tokenHash = :hash',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':confirmed': 'confirmed', ':pending': 'pending', ':hash': tokenHash, ':at': at },
          },
        },
      ],
      events,
    );
  }

  /**
   * The step of delivery: true when the notification must not be sent now, because its address
   * awaits confirmation (it is then held, `awaiting-confirmation`, until EmailAddressConfirmed).
   * The confirmation message itself is never held, nor an invitation (which carries the code).
   */
  async heldForConfirmation(notification: Notification, secretariatAddress: string, now: Date): Promise<boolean> {
    if (CONFIRMING_TEMPLATES.has(notification.template)) return false;
    const address = normaliseAddress(notification.recipient.address);
    if (!awaitsConfirmation(address, await this.address(address), secretariatAddress)) return false;
    if (notification.status === 'awaiting-confirmation' || (await this.hold(notification, address, now))) return true;
    // Not held: the address was confirmed or trusted meanwhile (send), or a concurrent delivery held it (wait).
    return awaitsConfirmation(address, await this.address(address), secretariatAddress);
  }

  /**
   * Holds a notification for an address awaiting confirmation: `awaiting-confirmation`, its id
   * added to the address's held set (read with a strongly consistent Get by the release, unlike
   * an index). Only while the address is still pending, in the same transaction, so a
   * confirmation that lands meanwhile cannot strand it; false when the address is no longer
   * pending or the notification is sent or held already.
   */
  private hold(notification: Notification, address: string, now: Date): Promise<boolean> {
    return this.table.transactIfConditionsHold([
      this.notifications.holdStep(notification.id, now).item,
      {
        Update: {
          TableName: this.table.name,
          Key: keys.emailAddress(address),
          UpdateExpression: 'ADD held :id',
          ConditionExpression: '#status = :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':pending': 'pending', ':id': new Set([notification.id]) },
        },
      },
    ]);
  }

  /** Queues a held notification again (notifications' `released`), and takes it off the address's held set; false when it is no longer held. */
  release(released: NotificationChange, address: string, now: Date): Promise<boolean> {
    const id = released.state.id;
    return this.table.transactIfConditionsHold(
      [
        this.notifications.releaseStep(id, now).item,
        { Update: { TableName: this.table.name, Key: keys.emailAddress(address), UpdateExpression: 'DELETE held :id', ExpressionAttributeValues: { ':id': new Set([id]) } } },
      ],
      released.events,
    );
  }
}

let bound: EmailConfirmationsRepository | undefined;

/** The confirmation store of this deployment's table, bound on first use and kept for the container's life. */
export const emailConfirmationsRepository = (): EmailConfirmationsRepository => (bound ??= new EmailConfirmationsRepository(programmeTable()));

