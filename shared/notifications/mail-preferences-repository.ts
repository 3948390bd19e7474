/**
 * Mail preferences in the programme's table: one item per address (its choices per category),
 * one item per one-click unsubscribe token (by its hash, with a TTL), the per-recipient daily
 * quota of optional mail, and the daily digest's write (one transaction per address and day).
 */
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EventEnvelope } from '../event-catalogue.ts';
import { withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import { MAIL_CATEGORIES, type MailCategory, type MailDelivery } from './message-types.ts';
import type { MailPreferences, UnsubscribeScope } from './mail-preferences.ts';
import type { Notification } from './model.ts';
import { keys as notificationKeys } from './repository.ts';

const normalised = (address: string) => address.trim().toLowerCase();

export const keys = {
  preferences: (address: string) => ({ pk: `MAIL_PREFERENCES#${normalised(address)}`, sk: 'MAIL_PREFERENCES' }),
  unsubscribeToken: (tokenHash: string) => ({ pk: `MAIL_UNSUBSCRIBE#${tokenHash}`, sk: 'TOKEN' }),
  /** One item per address and Norwegian day: the optional notifications sent at once (a string set, so a retry counts once). */
  quota: (address: string, day: string) => ({ pk: `MAIL_QUOTA#${normalised(address)}#${day}`, sk: 'QUOTA' }),
} as const;

/** How long a one-click link works: a mail client may post it months after the mail came. */
export const UNSUBSCRIBE_TOKEN_DAYS = 365;

/** What an unsubscribe token stands for. */
export interface UnsubscribeToken {
  readonly address: string;
  readonly scope: UnsubscribeScope;
  readonly notificationId: string;
  readonly createdAt: string;
  readonly usedAt?: string;
}

const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

export class MailPreferencesRepository {
  readonly table: Table;

  constructor(table: Table) {
    this.table = table;
  }

  /** The address's choices ({} when it never chose: everything `immediate`). */
  async of(address: string): Promise<MailPreferences> {
    const { Item } = await this.table.client.send(new GetCommand({ TableName: this.table.name, Key: keys.preferences(address), ConsistentRead: true }));
    if (!Item) return {};
    return Object.fromEntries(MAIL_CATEGORIES.filter((c) => typeof Item[c] === 'string').map((c) => [c, Item[c]])) as MailPreferences;
  }

  /** Sets the named categories (the others stay as they are); one UpdateItem, so concurrent changes of other categories are kept. */
  async set(address: string, changes: Partial<Record<MailCategory, MailDelivery>>, now: Date): Promise<MailPreferences> {
    const entries = Object.entries(changes) as [MailCategory, MailDelivery][];
    // A person's choice is a state change: through transact, with its audit entry.
    await this.table.transact([
      {
        item: {
          Update: {
            TableName: this.table.name,
            Key: keys.preferences(address),
            UpdateExpression: `SET entity = :entity, address = :address, updatedAt = :at${entries.map((_, i) => `, #c${i} = :v${i}`).join('')}`,
            ...(entries.length ? { ExpressionAttributeNames: Object.fromEntries(entries.map(([c], i) => [`#c${i}`, c])) } : {}),
            ExpressionAttributeValues: { ':entity': 'MailPreferences', ':address': normalised(address), ':at': now.toISOString(), ...Object.fromEntries(entries.map(([, v], i) => [`:v${i}`, v])) },
          },
        },
      },
    ]);
    const Attributes = (await this.table.get<Record<string, unknown>>(keys.preferences(address)))?.value;
    return Object.fromEntries(MAIL_CATEGORIES.filter((c) => typeof Attributes?.[c] === 'string').map((c) => [c, Attributes![c]])) as MailPreferences;
  }

  /** Stores a new token (its hash only) for the link of one sent notification. */
  async issueToken(tokenHash: string, token: Omit<UnsubscribeToken, 'usedAt'>, now: Date): Promise<void> {
    await this.table.client.send(
      new PutCommand({
        TableName: this.table.name,
        Item: { ...keys.unsubscribeToken(tokenHash), entity: 'UnsubscribeToken', ...token, address: normalised(token.address), expiration: epochSeconds(now) + UNSUBSCRIBE_TOKEN_DAYS * 86_400 },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async token(tokenHash: string, now: Date): Promise<UnsubscribeToken | undefined> {
    const { Item } = await this.table.client.send(new GetCommand({ TableName: this.table.name, Key: keys.unsubscribeToken(tokenHash), ConsistentRead: true }));
    // TTL deletes expired items within days, not at once: an expired one is as good as gone.
    if (!Item || (typeof Item.expiration === 'number' && Item.expiration < epochSeconds(now))) return undefined;
    const { expiration: _expiration, ...token } = withoutStorageAttributes<UnsubscribeToken & { expiration?: number }>(Item);
    return token;
  }

  /**
   * One click: the token's categories off, and the token marked used (first use kept), in one
   * transaction. Idempotent: a second click sets the same "off" again.
   */
  async unsubscribe(tokenHash: string, token: UnsubscribeToken, now: Date): Promise<void> {
    const scope = token.scope === 'all' ? [...MAIL_CATEGORIES] : [token.scope];
    const at = now.toISOString();
    await this.table.transact([
      {
        item: {
          Update: {
            TableName: this.table.name,
            Key: keys.preferences(token.address),
            UpdateExpression: `SET entity = :entity, address = :address, updatedAt = :at${scope.map((_, i) => `, #c${i} = :off`).join('')}`,
            ExpressionAttributeNames: Object.fromEntries(scope.map((c, i) => [`#c${i}`, c])),
            ExpressionAttributeValues: { ':entity': 'MailPreferences', ':address': token.address, ':at': at, ':off': 'off' },
          },
        },
      },
      {
        item: {
          Update: {
            TableName: this.table.name,
            Key: keys.unsubscribeToken(tokenHash),
            UpdateExpression: 'SET usedAt = if_not_exists(usedAt, :at)',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':at': at },
          },
        },
        onConditionFailed: () => new Error('The unsubscribe token disappeared'),
      },
    ]);
  }

  /**
   * Claims a place in the address's quota of optional mail sent at once today: true when the
   * notification has one (a retry of one that had one keeps it), false when the day is full.
   */
  async claimQuota(address: string, day: string, notificationId: string, cap: number, now: Date): Promise<boolean> {
    try {
      await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: keys.quota(address, day),
          UpdateExpression: 'ADD ids :id SET expiration = :expiration',
          ConditionExpression: 'attribute_not_exists(ids) OR size(ids) < :cap OR contains(ids, :one)',
          ExpressionAttributeValues: { ':id': new Set([notificationId]), ':one': notificationId, ':cap': cap, ':expiration': epochSeconds(now) + 3 * 86_400 },
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  /**
   * The day's digest of one address, in one transaction: the digest notification (id from address
   * and day, so a second run the same day writes nothing), its NotificationQueued event, and every
   * included notification moved from `digest-held` to `digested`. False, writing nothing, when the
   * day's digest exists or one of them is no longer held (a concurrent run took it).
   */
  async storeDigest(digest: { readonly state: Notification; readonly events: readonly EventEnvelope[] }, included: readonly Notification[], now: Date): Promise<boolean> {
    const at = now.toISOString();
    const { gsi1pk, gsi1sk } = notificationKeys.notificationsByStatus('queued', at, digest.state.id);
    return this.table.transactIfConditionsHold(
      [
        { Put: { TableName: this.table.name, Item: { ...notificationKeys.notification(digest.state.id), gsi1pk, gsi1sk, entity: 'Notification', ...digest.state }, ConditionExpression: 'attribute_not_exists(pk)' } },
        ...included.map((n) => {
          const byStatus = notificationKeys.notificationsByStatus('digested', at, n.id);
          return {
            Update: {
              TableName: this.table.name,
              Key: notificationKeys.notification(n.id),
              UpdateExpression: 'SET #status = :digested, digestId = :digest, updatedAt = :at, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk',
              ConditionExpression: '#status = :held',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':digested': 'digested', ':held': 'digest-held', ':digest': digest.state.id, ':at': at, ':gsi1pk': byStatus.gsi1pk, ':gsi1sk': byStatus.gsi1sk },
            },
          };
        }),
      ],
      digest.events,
    );
  }
}

let bound: MailPreferencesRepository | undefined;

/** The mail preferences of this deployment's table. */
export const mailPreferencesRepository = (): MailPreferencesRepository => (bound ??= new MailPreferencesRepository(programmeTable()));
