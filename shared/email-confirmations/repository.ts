/**
 * The confirmation store: one item per email address (lower-case), saying whether it is trusted,
 * confirmed or pending (typed by a municipality, not yet confirmed), with the live confirmation
 * code's hash and expiry; and one item per code, found by the code's SHA-256, so the code
 * itself is never stored. Every change is a conditional write: typing never takes trust back,
 * a second code is issued only when none is live, a code confirms once.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { EventEnvelope } from '../event-catalogue.ts';
import type { Notification } from '../notifications/contract.ts';
import type { AddressStatus } from './model.ts';
import { documentClient } from '../platform/dynamodb/client.ts';
import { withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { keys } from '../platform/dynamodb/table-design.ts';
import { transactIfConditionsHold, type TransactionStep } from '../platform/dynamodb/transaction.ts';
import { notificationItem } from '../notifications/repository.ts';

export interface EmailAddressRecord {
  readonly address: string;
  readonly status: AddressStatus;
  readonly tokenHash?: string;
  readonly tokenExpiresAt?: string;
  /** How many confirmation messages were issued to it. */
  readonly requests?: number;
  readonly confirmedAt?: string;
  /** Ids of the notifications held until it is confirmed. */
  readonly held?: ReadonlySet<string>;
  readonly updatedAt: string;
}

export interface ConfirmationToken {
  readonly address: string;
  readonly expiresAt: string;
  readonly usedAt?: string;
}

/** Codes stay readable a month past their expiry, so a late click gets 410 rather than 404; then TTL removes them. */
const TOKEN_KEPT_SECONDS = 30 * 24 * 3600;

export async function getEmailAddress(tableName: string, address: string): Promise<EmailAddressRecord | undefined> {
  const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: keys.emailAddress(address), ConsistentRead: true }));
  return Item ? withoutStorageAttributes<EmailAddressRecord>(Item) : undefined;
}

export async function getConfirmationToken(tableName: string, tokenHash: string): Promise<ConfirmationToken | undefined> {
  const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: keys.emailConfirmationToken(tokenHash), ConsistentRead: true }));
  return Item ? withoutStorageAttributes<ConfirmationToken>(Item) : undefined;
}

/** A municipality typed the address: pending unless already known (trust and confirmation are kept). */
export function typedAddressStep(tableName: string, address: string, now: Date): TransactionStep {
  return {
    item: {
      Update: {
        TableName: tableName,
        Key: keys.emailAddress(address),
        UpdateExpression: 'SET #status = if_not_exists(#status, :pending), address = :address, entity = :entity, updatedAt = :at',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':pending': 'pending', ':address': address, ':entity': 'EmailAddress', ':at': now.toISOString() },
      },
    },
  };
}

/** The secretariat entered the address (a registered contact address, an advisor): trusted from now on. */
export function trustedAddressStep(tableName: string, address: string, now: Date): TransactionStep {
  return {
    item: {
      Update: {
        TableName: tableName,
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
export function issueConfirmation(
  tableName: string,
  code: { readonly address: string; readonly tokenHash: string; readonly expiresAt: string },
  message: Notification,
  event: EventEnvelope,
  now: Date,
): Promise<boolean> {
  const at = now.toISOString();
  return transactIfConditionsHold(
    tableName,
    [
      {
        Update: {
          TableName: tableName,
          Key: keys.emailAddress(code.address),
          UpdateExpression: 'SET tokenHash = :hash, tokenExpiresAt = :expires, updatedAt = :at ADD requests :one',
          ConditionExpression: '#status = :pending AND (attribute_not_exists(tokenExpiresAt) OR tokenExpiresAt <= :at)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':hash': code.tokenHash, ':expires': code.expiresAt, ':at': at, ':one': 1, ':pending': 'pending' },
        },
      },
      {
        Put: {
          TableName: tableName,
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
      { Put: { TableName: tableName, Item: notificationItem(message), ConditionExpression: 'attribute_not_exists(pk)' } },
    ],
    [event],
  );
}

/**
 * Confirms the address with its live code, with the EmailAddressConfirmed event; false when
 * the code was used, expired or replaced meanwhile, or the address is no longer pending.
 */
export function confirmAddress(tableName: string, tokenHash: string, address: string, event: EventEnvelope, now: Date): Promise<boolean> {
  const at = now.toISOString();
  return transactIfConditionsHold(
    tableName,
    [
      {
        Update: {
          TableName: tableName,
          Key: keys.emailConfirmationToken(tokenHash),
          UpdateExpression: 'SET usedAt = :at',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt) AND expiresAt > :at',
          ExpressionAttributeValues: { ':at': at },
        },
      },
      {
        Update: {
          TableName: tableName,
          Key: keys.emailAddress(address),
          UpdateExpression: 'SET #status = :confirmed, confirmedAt = :at, updatedAt = :at REMOVE tokenHash, tokenExpiresAt',
          ConditionExpression: '#status = :pending AND tokenHash = :hash',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':confirmed': 'confirmed', ':pending': 'pending', ':hash': tokenHash, ':at': at },
        },
      },
    ],
    [event],
  );
}
