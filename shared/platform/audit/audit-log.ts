/**
 * Writing the audit log. Two ways in, both from the platform, so no capability can forget it:
 * - `auditPuts`: the entry of a transaction, as Put items that `Table.transact` appends to the
 *   same TransactWriteItems: the change and its entry commit together or not at all;
 * - `recordRead`: the entry of a read of one municipality's sick-leave figures, one conditional
 *   Put before the figures are answered; a read that cannot be audited fails (503), it is never
 *   answered unrecorded.
 * Every Put is conditional on a new key: an entry is never overwritten, and the writers' IAM
 * policy allows PutItem alone on the audit table (no UpdateItem, DeleteItem or BatchWriteItem).
 *
 * Which writes are audited: every write through `Table.transact` (state changes and their
 * events). Platform bookkeeping that changes no state of the programme is not: outbox items
 * (their events are the entry's `what`), Powertools idempotency records, rate-limit counters,
 * the sweep clock, an upload's content claim and its pending rows (the commit is audited; the
 * rows count only from it), promoting committed rows, the daily cap slots of status notices,
 * and a notification's delivery attempts (SES's answer, kept on the notification). The
 * register seed (`npm run seed`) is an operator's import, outside any request.
 * test/unit/audit/write-paths.test.ts holds the list of such writes and fails on a new one.
 */
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../config.ts';
import { forEachConcurrently } from '../concurrency.ts';
import { documentClient } from '../dynamodb/client.ts';
import type { TransactItem } from '../dynamodb/transaction.ts';
import { currentAuditContext } from './actor.ts';
import { auditItems, resourcesOf, type AuditEntry } from './entry.ts';

/** A write touching more partitions than this is findable by its first ones (and by actor and day); the rest are listed in the entry. */
export const MAX_AUDIT_ITEMS_PER_WRITE = 10;

/** An audited read could not be recorded, so it is not answered (the problem middleware: 503). */
export class AuditUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The audit log could not record this read', { cause });
    this.name = 'AuditUnavailableError';
  }
}

/** The entry of a write in the ambient context (actor, action, correlation id), now. */
export function auditEntry(what: readonly string[], resources: readonly string[]): AuditEntry {
  return { id: randomUUID(), at: new Date().toISOString(), ...currentAuditContext(), what, resources };
}

/**
 * The Put items recording a transaction: `changedPartitions` are the pks of its items (outbox
 * items are left out: they are the events), `eventTypes` its events; at most `room` items.
 */
export function auditPuts(auditTableName: string, changedPartitions: readonly string[], eventTypes: readonly string[], room: number, about: readonly string[] = []): TransactItem[] {
  const entry = auditEntry(eventTypes.length > 0 ? eventTypes : ['state-change'], [...new Set([...resourcesOf(changedPartitions), ...about])]);
  return auditItems(entry, config.auditRetentionYears(), Math.min(MAX_AUDIT_ITEMS_PER_WRITE, room)).map((Item) => ({
    Put: { TableName: auditTableName, Item, ConditionExpression: 'attribute_not_exists(pk)' },
  }));
}

/** Records a read (`what`, e.g. `read:absence-figures`) of the given resources; throws AuditUnavailableError when it cannot. */
export async function recordRead(auditTableName: string, what: string, resources: readonly string[]): Promise<void> {
  const [item] = auditItems(auditEntry([what], resources), config.auditRetentionYears(), 1);
  try {
    await documentClient.send(new PutCommand({ TableName: auditTableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
  } catch (error) {
    throw new AuditUnavailableError(error);
  }
}

/** Puts of one read's items in flight at once. */
const READ_ITEMS_IN_FLIGHT = 16;

/**
 * Records one read of many resources (an export of every municipality's figures) so that each
 * resource's history finds it: the entry is stored once per resource (one conditional Put each,
 * the same entry id), not only under the first as `recordRead` does. Throws
 * AuditUnavailableError unless every item was written: the caller then answers 503, and the
 * data is not handed out.
 */
export async function recordReadOfEach(auditTableName: string, what: string, resources: readonly string[]): Promise<void> {
  const items = auditItems(auditEntry([what], resources), config.auditRetentionYears(), Math.max(1, resources.length));
  try {
    await forEachConcurrently(items, READ_ITEMS_IN_FLIGHT, async (item) => {
      await documentClient.send(new PutCommand({ TableName: auditTableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
    });
  } catch (error) {
    throw new AuditUnavailableError(error);
  }
}
