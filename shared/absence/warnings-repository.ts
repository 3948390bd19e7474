/**
 * Plausibility warnings as stored: written pending with the upload's rows (before its commit,
 * with the rows' TTL and no index keys, so no list shows them), and made listable by the
 * consumer of the upload's AbsenceFiguresUploaded event once the commit record exists, as the
 * rows are promoted. So a warning is listed only for an upload that committed (a pending one of
 * an upload that never did is deleted by the TTL), and none is lost: the receipt is the
 * upload's, and the promotion is retried and dead-lettered, far within the TTL (PENDING_DAYS).
 *
 * | access pattern                                | key                                                                 |
 * | --------------------------------------------- | ------------------------------------------------------------------- |
 * | an upload's warnings about a municipality;    | pk ABSENCE_WARNINGS#<uploadId>#<nr>, sk WARNING#<row>#<rule>        |
 * |   one warning by id (the id names them all)   |                                                                     |
 * | warnings by status, per county (no hot key:   | gsi1 ABSENCE_WARNINGS#<status>#<county> / <nr>#<uploadId>#<row>#<rule> |
 * |   a bulk file's spread over 19 partitions)    |   (sparse: only promoted warnings have it)                          |
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoredAbsenceWarning } from './contract.ts';
import { parseWarningId, type WarningStatus } from './plausibility.ts';
import { COUNTIES, keys } from './repository.ts';
import { forEachConcurrently } from '../platform/concurrency.ts';
import { withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { programmeTable, type Table } from '../platform/dynamodb/table.ts';

/** Partitions read at once. */
const CONCURRENCY = 8;

export interface WarningPage {
  readonly warnings: StoredAbsenceWarning[];
  /** The index sort key of the last warning, when there may be more. */
  readonly lastKey?: string;
}

export class AbsenceWarningsRepository {
  readonly table: Table;

  constructor(table: Table) {
    this.table = table;
  }

  /**
   * After the upload's commit (from its event): its pending warnings become open and listed.
   * Idempotent (each is promoted only while pending, so a redelivery cannot reopen a checked
   * one); refuses an upload that has not committed. Resolves to how many were promoted now.
   */
  async promote(uploadId: string, municipalityNumbers: readonly string[]): Promise<number> {
    const { Item: commit } = await this.table.client.send(new GetCommand({ TableName: this.table.name, Key: keys.absenceCommit(uploadId), ConsistentRead: true }));
    if (!commit) throw new Error(`Upload ${uploadId} has not committed; its warnings stay pending`);
    if (commit.warningCount === 0) return 0;
    let promoted = 0;
    await forEachConcurrently(municipalityNumbers, CONCURRENCY, async (number) => {
      const partition = keys.absenceWarning(uploadId, number);
      const pending = await this.table.query({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :warning)',
        FilterExpression: 'attribute_exists(pending)',
        ExpressionAttributeValues: { ':pk': partition.pk, ':warning': partition.sk },
        ConsistentRead: true,
      });
      for (const item of pending) {
        const { gsi1pk, gsi1sk } = keys.absenceWarningsByStatus('open', number, uploadId, Number(item.row), String(item.rule));
        try {
          await this.table.client.send(
            new UpdateCommand({
              TableName: this.table.name,
              Key: { pk: item.pk, sk: item.sk },
              UpdateExpression: 'SET gsi1pk = :gsi1pk, gsi1sk = :gsi1sk REMOVE pending, expiration',
              ConditionExpression: 'attribute_exists(pending)',
              ExpressionAttributeValues: { ':gsi1pk': gsi1pk, ':gsi1sk': gsi1sk },
            }),
          );
          promoted++;
        } catch (error) {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        }
      }
    });
    return promoted;
  }

  /** A listed (promoted) warning by id; undefined for an unknown id or one still pending. */
  async get(id: string): Promise<StoredAbsenceWarning | undefined> {
    const parts = parseWarningId(id);
    if (!parts) return undefined;
    const { Item } = await this.table.client.send(
      new GetCommand({ TableName: this.table.name, Key: keys.absenceWarning(parts.uploadId, parts.municipalityNumber, parts.row, parts.rule), ConsistentRead: true }),
    );
    return Item && Item.pending === undefined ? withoutStorageAttributes<StoredAbsenceWarning>(Item) : undefined;
  }

  /**
   * Up to `limit` warnings in a status, by municipality number, upload and row, after the index
   * sort key `after`: one municipality's (one partition), or every county's partitions merged.
   */
  async list(status: WarningStatus, options: { readonly municipalityNumber?: string; readonly limit: number; readonly after?: string }): Promise<WarningPage> {
    const { municipalityNumber, limit, after } = options;
    const wanted = limit + 1;
    const partitions = municipalityNumber ? [municipalityNumber.slice(0, 2)] : [...COUNTIES];
    const found: Record<string, unknown>[] = [];
    await forEachConcurrently(partitions, CONCURRENCY, async (county) => {
      const { gsi1pk } = keys.absenceWarningsByStatus(status, `${county}00`);
      found.push(...(await this.#queryPartition(gsi1pk, municipalityNumber ? keys.absenceWarningsByStatus(status, municipalityNumber).gsi1sk : undefined, after, wanted)));
    });
    found.sort((a, b) => String(a.gsi1sk).localeCompare(String(b.gsi1sk)));
    const warnings = found.slice(0, limit).map((i) => withoutStorageAttributes<StoredAbsenceWarning>(i));
    return { warnings, ...(found.length > limit ? { lastKey: String(found[limit - 1]!.gsi1sk) } : {}) };
  }

  /** At most `limit` items of one index partition, sort keys after `after` (and with `prefix`), following DynamoDB's pages. */
  async #queryPartition(gsi1pk: string, prefix: string | undefined, after: string | undefined, limit: number): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    // A cursor past this municipality's warnings (another municipality's): nothing more.
    if (prefix !== undefined && after !== undefined && after > `${prefix}\uffff`) return [];
    const low = after !== undefined && (prefix === undefined || after >= prefix) ? after : undefined;
    const condition = prefix
      ? low !== undefined
        ? '#pk = :pk AND #sk BETWEEN :low AND :high'
        : '#pk = :pk AND begins_with(#sk, :prefix)'
      : low !== undefined
        ? '#pk = :pk AND #sk > :low'
        : '#pk = :pk';
    const values: Record<string, unknown> = { ':pk': gsi1pk };
    if (prefix && low !== undefined) Object.assign(values, { ':low': low, ':high': `${prefix}\uffff` });
    else if (prefix) values[':prefix'] = prefix;
    else if (low !== undefined) values[':low'] = low;
    do {
      const page = await this.table.client.send(
        new QueryCommand({
          TableName: this.table.name,
          IndexName: 'gsi1',
          KeyConditionExpression: condition,
          ExpressionAttributeNames: { '#pk': 'gsi1pk', ...(condition.includes('#sk') ? { '#sk': 'gsi1sk' } : {}) },
          ExpressionAttributeValues: values,
          Limit: limit - items.length,
          ExclusiveStartKey: start,
        }),
      );
      // BETWEEN includes `after` itself: the page starts after it.
      items.push(...(page.Items ?? []).filter((i) => i.gsi1sk !== after));
      start = page.LastEvaluatedKey;
    } while (start && items.length < limit);
    return items.slice(0, limit);
  }

  /**
   * Marks an open warning checked (who, when, a note), audited, moving it to the checked list.
   * Idempotent: a warning already checked is answered as it is (the first check stands).
   * Undefined for an unknown (or not yet listed) warning.
   */
  async check(id: string, by: string, note: string | undefined, now: Date): Promise<StoredAbsenceWarning | undefined> {
    const warning = await this.get(id);
    if (!warning) return undefined;
    if (warning.status === 'checked') return warning;
    const parts = parseWarningId(id)!;
    const at = now.toISOString();
    const { gsi1pk, gsi1sk } = keys.absenceWarningsByStatus('checked', parts.municipalityNumber, parts.uploadId, parts.row, parts.rule);
    const changed = await this.table.transactIfConditionsHold([
      {
        Update: {
          TableName: this.table.name,
          Key: keys.absenceWarning(parts.uploadId, parts.municipalityNumber, parts.row, parts.rule),
          UpdateExpression: `SET #status = :checked, checkedAt = :at, checkedBy = :by, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk${note !== undefined ? ', note = :note' : ''}`,
          ConditionExpression: '#status = :open AND attribute_not_exists(pending)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':checked': 'checked', ':open': 'open', ':at': at, ':by': by, ':gsi1pk': gsi1pk, ':gsi1sk': gsi1sk, ...(note !== undefined ? { ':note': note } : {}) },
        },
      },
    ]);
    // Checked by someone else meanwhile: theirs stands.
    return changed ? { ...warning, status: 'checked', checkedAt: at, checkedBy: by, ...(note !== undefined ? { note } : {}) } : this.get(id);
  }
}

let warnings: AbsenceWarningsRepository | undefined;

/** This deployment's repository, bound on first use and kept for the container's life. */
export const absenceWarningsRepository = (): AbsenceWarningsRepository => (warnings ??= new AbsenceWarningsRepository(programmeTable()));
