/**
 * Calendar feeds in the programme table, bound to it once: `calendarFeedsRepository()` in a
 * handler, `new CalendarFeedsRepository(new Table(name))` in a test.
 *
 * A feed is one item in its own partition, in its owner's list (gsi1, by login subject); its live
 * secret has one item of its own, keyed by the secret's SHA-256 (the secret itself is never
 * stored), naming the feed. Rotating replaces the secret's item and the feed's hash in one
 * transaction, so the old URL answers 404 from that moment; deleting removes both.
 */
import { refuse } from '../platform/refusal.ts';
import { withoutStorageAttributes, type Versioned } from '../platform/dynamodb/query.ts';
import { programmeTable, Table } from '../platform/dynamodb/table.ts';
import type { TransactionStep } from '../platform/dynamodb/transaction.ts';
import type { CalendarFeed } from './model.ts';

export const keys = {
  /** pk CALENDAR_FEED#<id>, sk FEED: the feed (versioned), in its owner's list. */
  feed: (feedId: string) => ({ pk: `CALENDAR_FEED#${feedId}`, sk: 'FEED' }),
  /** gsi1 CALENDAR_FEEDS#<owner's login subject> / <createdAt>#<id>: one person's feeds, oldest first. */
  ofOwner: (subject: string, createdAt = '', feedId = '') => ({ gsi1pk: `CALENDAR_FEEDS#${subject}`, gsi1sk: createdAt ? `${createdAt}#${feedId}` : '' }),
  /** pk CALENDAR_SECRET#<sha256 of the secret>, sk SECRET: which feed a secret opens. */
  secret: (secretHash: string) => ({ pk: `CALENDAR_SECRET#${secretHash}`, sk: 'SECRET' }),
};

const feedItem = (feed: CalendarFeed) => ({ ...keys.feed(feed.id), ...keys.ofOwner(feed.ownerSubject, feed.createdAt, feed.id), entity: 'CalendarFeed', ...feed });

export class CalendarFeedsRepository {
  readonly #table: Table;

  constructor(table: Table) {
    this.#table = table;
  }

  #secretPut(feed: CalendarFeed): TransactionStep {
    return this.#table.putNew({ ...keys.secret(feed.secretHash), entity: 'CalendarFeedSecret', feedId: feed.id }, () => refuse.conflict('That secret is taken; create the feed again'));
  }

  #secretDelete(secretHash: string, feedId: string): TransactionStep {
    return {
      item: { Delete: { TableName: this.#table.name, Key: keys.secret(secretHash), ConditionExpression: 'feedId = :feed', ExpressionAttributeValues: { ':feed': feedId } } },
      onConditionFailed: () => refuse.conflict(`Calendar feed ${feedId} was changed meanwhile; read it again`),
    };
  }

  /** Stores a new feed and its secret's hash, all or nothing. */
  async insert(feed: CalendarFeed): Promise<void> {
    await this.#table.transact([this.#table.putNew({ ...feedItem(feed), version: 1 }, () => refuse.conflict(`Calendar feed ${feed.id} exists`)), this.#secretPut(feed)]);
  }

  /** One feed, with its version (strongly consistent). */
  get(feedId: string): Promise<Versioned<CalendarFeed> | undefined> {
    return this.#table.get<CalendarFeed>(keys.feed(feedId));
  }

  /** The feed a secret opens (by the secret's hash), or undefined: an unknown, rotated or deleted secret. */
  async bySecret(secretHash: string): Promise<CalendarFeed | undefined> {
    const secret = await this.#table.get<{ feedId: string }>(keys.secret(secretHash));
    if (!secret) return undefined;
    const feed = await this.get(secret.value.feedId);
    return feed?.value.secretHash === secretHash ? feed.value : undefined;
  }

  /** One person's feeds, oldest first (one Query of its own index partition). */
  async ofOwner(subject: string): Promise<CalendarFeed[]> {
    return (await this.#table.queryIndex('gsi1', keys.ofOwner(subject).gsi1pk)).map((item) => withoutStorageAttributes<CalendarFeed>(item));
  }

  /** Replaces the feed's secret: the new hash on the feed, the old secret's item deleted, the new one put, in one transaction. */
  async rotate(feed: Versioned<CalendarFeed>, rotated: CalendarFeed): Promise<void> {
    await this.#table.transact([
      this.#table.putVersioned({ ...feedItem(rotated), version: feed.version }, `Calendar feed ${feed.value.id}`),
      this.#secretDelete(feed.value.secretHash, feed.value.id),
      this.#secretPut(rotated),
    ]);
  }

  /** Deletes the feed and its secret (only as read: a concurrent rotation makes this a conflict). */
  async delete(feed: Versioned<CalendarFeed>): Promise<void> {
    await this.#table.transact([
      {
        item: { Delete: { TableName: this.#table.name, Key: keys.feed(feed.value.id), ConditionExpression: '#version = :version', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':version': feed.version } } },
        onConditionFailed: () => refuse.conflict(`Calendar feed ${feed.value.id} was changed meanwhile; read it again`),
      },
      this.#secretDelete(feed.value.secretHash, feed.value.id),
    ]);
  }
}


let bound: CalendarFeedsRepository | undefined;

/** The deployment's calendar feeds (TABLE_NAME), bound on first use. */
export const calendarFeedsRepository = (): CalendarFeedsRepository => (bound ??= new CalendarFeedsRepository(programmeTable()));
