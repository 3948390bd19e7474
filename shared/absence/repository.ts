/**
 * Sick-leave figures. Every upload adds revisions; none is overwritten, so the history of a
 * corrected figure is kept and the latest committed revision counts.
 *
 * An upload has ONE commit point: the commit record (ABSENCE_COMMIT#<uploadId>), written in the
 * transaction that also turns the content claim into the repeat record and carries the
 * AbsenceFiguresUploaded event, so the event is certain exactly when the upload counts. The
 * steps, and why:
 *  1. claim the content hash with a conditional put (an in-flight claim with a lease), BEFORE any
 *     row: identical uploads racing each other find the claim and store nothing (a repeat, or
 *     "in progress"); a claim whose lease ran out (a crashed upload) may be taken over;
 *  2. write the revisions as pending rows (uploadId, a TTL in `expiration`, no `committed`): too
 *     many for one transaction (100 items), so they go in batches and must not count yet;
 *  3. commit (the transaction above), conditional on still holding the claim.
 * Readers count a row only when it is marked `committed` or its upload's commit record exists
 * (committed is final, so the ids found are cached per container): positive evidence, never the
 * absence of a flag. A failure or a kill anywhere before step 3 leaves pending rows nobody
 * counts, which DynamoDB's TTL deletes. After the commit the event's consumer promotes the rows
 * (sets `committed`, removes the TTL; idempotent, retried, dead-lettered).
 * Readers never depend on it: a row counts from the commit on, and the TTL (PENDING_DAYS) is far
 * longer than the consumer's retries and a redrive of its dead letters.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DeleteCommand, GetCommand, PutCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { forEachConcurrently } from '../platform/concurrency.ts';
import type { UploadReceipt } from './contract.ts';
import type { EventEnvelope } from '../event-catalogue.ts';
import type { CheckedUpload } from './commands.ts';
import { quarterOf, type AbsenceFigure, type Scope } from './model.ts';
import { UploadInProgressError } from '../platform/interruptions.ts';
import { batchWriteAll } from '../platform/dynamodb/batch-writer.ts';
import { documentClient } from '../platform/dynamodb/client.ts';
import { queryAll, queryIndex } from '../platform/dynamodb/query.ts';
import { keys } from '../platform/dynamodb/table-design.ts';
import { transact } from '../platform/dynamodb/transaction.ts';

/** A repeated upload within this window is recognised and not stored again. */
const REPEAT_WINDOW_SECONDS = 24 * 3600;
/** How long a row not yet promoted lives: far beyond the promoting consumer's retries and a redrive. */
export const PENDING_DAYS = 30;
/** An upload given no lease (no deadline known) holds its claim this long: Lambda's longest run. */
const DEFAULT_LEASE_MS = 15 * 60_000;
/** BatchWriteItem requests of one upload in flight at once. */
const WRITE_CONCURRENCY = 8;
/** Longest Retry-After told to a request that found the same upload in progress. */
const MAX_RETRY_AFTER_SECONDS = 5;

export interface StoredFigure extends AbsenceFigure {
  readonly uploadId: string;
  /** How many committed uploads gave this period and scope. */
  readonly revisions: number;
  /** The earlier revisions, oldest first: corrections keep the history. */
  readonly history: readonly { readonly uploadId: string; readonly lostDays: number; readonly agreedDays: number }[];
}

/** The same content was stored (committed) by another upload within the repeat window. */
export class RepeatedUploadError extends Error {
  constructor() {
    super('The same upload was stored meanwhile');
    this.name = 'RepeatedUploadError';
  }
}

/** The receipt of a committed upload of this content within the window; an in-flight claim is none. */
export async function findUpload(tableName: string, contentHash: string): Promise<UploadReceipt | undefined> {
  const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: keys.absenceUpload(contentHash), ConsistentRead: true }));
  if (!Item || isExpired(Item) || Item.state === 'in-flight') return undefined;
  return receiptOf(Item);
}

export interface StoreOptions {
  /** Epoch milliseconds until which the claim is held; past it, another upload may take over. */
  readonly leaseUntil?: number;
  /** Runs after the rows are written, just before the commit: throwing here commits nothing. */
  readonly beforeCommit?: () => void | Promise<void>;
}

/**
 * Claims, writes and commits one upload (steps 1-3 above). Throws RepeatedUploadError when the
 * content is (or meanwhile was) committed by another upload, UploadInProgressError while another
 * holds the claim; on any failure before the commit the claim is released for a retry.
 */
export async function storeUpload(
  tableName: string,
  upload: { readonly uploadId: string; readonly receivedAt: string; readonly uploadedBy: string; readonly checked: CheckedUpload },
  event: EventEnvelope,
  options: StoreOptions = {},
): Promise<void> {
  const { uploadId, checked } = upload;
  const claim = randomUUID();
  const leaseUntil = options.leaseUntil ?? Date.now() + DEFAULT_LEASE_MS;
  const summary = { uploadId, receivedAt: upload.receivedAt, uploadedBy: upload.uploadedBy, rows: checked.figures.length, municipalities: checked.municipalities.length, quarters: checked.quarters };
  try {
    await claimContent(tableName, checked.contentHash, { ...keys.absenceUpload(checked.contentHash), entity: 'AbsenceUpload', state: 'in-flight', claim, ...summary, expiration: Math.ceil(leaseUntil / 1000) });
  } catch (error) {
    // A put whose answer was lost may have landed: release it, or a retry would wait out the lease.
    if (!(error instanceof RepeatedUploadError || error instanceof UploadInProgressError)) await releaseClaim(tableName, checked.contentHash, claim).catch(() => undefined);
    throw error;
  }

  try {
    // From the real clock, not receivedAt (which a caller may set): the TTL must lie ahead.
    const expiration = Math.floor(Date.now() / 1000) + PENDING_DAYS * 24 * 3600;
    const rows = checked.figures.map((f) => ({
      ...keys.absenceFigure(f.municipalityNumber, f.period, f.scope, uploadId),
      ...keys.absenceByQuarter(quarterOf(f.period), f.municipalityNumber, f.period, f.scope, uploadId),
      ...f,
      uploadId,
      expiration,
    }));
    await batchWriteAll(tableName, rows, { concurrency: WRITE_CONCURRENCY });
    await options.beforeCommit?.();
    await transact(
      tableName,
      [
        {
          // The claim becomes the repeat record, only if it is still ours (not taken over after its lease).
          item: {
            Update: {
              TableName: tableName,
              Key: keys.absenceUpload(checked.contentHash),
              UpdateExpression: 'SET #state = :committed, expiration = :expiration REMOVE claim',
              ConditionExpression: 'claim = :claim',
              ExpressionAttributeNames: { '#state': 'state' },
              ExpressionAttributeValues: { ':committed': 'committed', ':claim': claim, ':expiration': Math.floor(Date.parse(upload.receivedAt) / 1000) + REPEAT_WINDOW_SECONDS },
            },
          },
          onConditionFailed: () => new ClaimLost(),
        },
        // The commit point: from here on every row of the upload counts, for every reader.
        {
          item: {
            Put: { TableName: tableName, Item: { ...keys.absenceCommit(uploadId), entity: 'AbsenceUploadCommit', ...summary, contentHash: checked.contentHash }, ConditionExpression: 'attribute_not_exists(pk)' },
          },
          onConditionFailed: () => new RepeatedUploadError(),
        },
      ],
      [event],
    );
    committed.add(uploadId);
  } catch (error) {
    // Taken over after our lease ran out: our rows stay pending (TTL); the other upload's outcome is ours.
    if (error instanceof ClaimLost) throw (await outcomeOfClaimedBySomeoneElse(tableName, checked.contentHash)) ?? new UploadInProgressError(1);
    // Released only if still ours and in flight: a commit that did land has removed the claim.
    await releaseClaim(tableName, checked.contentHash, claim).catch(() => undefined);
    throw error;
  }
}

class ClaimLost extends Error {}

async function claimContent(tableName: string, contentHash: string, item: Record<string, unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await documentClient.send(
        new PutCommand({
          TableName: tableName,
          Item: item,
          // No record, or one past its time: a repeat record older than the window, or a claim whose lease ran out.
          ConditionExpression: 'attribute_not_exists(pk) OR expiration < :now',
          ExpressionAttributeValues: { ':now': Math.floor(Date.now() / 1000) },
        }),
      );
      return;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const outcome = await outcomeOfClaimedBySomeoneElse(tableName, contentHash);
      // Gone between the put and the read (released, or expired and deleted): claim again.
      if (outcome || attempt >= 3) throw outcome ?? new UploadInProgressError(1);
    }
  }
}

/** Why the content is not ours to store: a committed repeat, or another upload in flight (undefined: neither now). */
async function outcomeOfClaimedBySomeoneElse(tableName: string, contentHash: string): Promise<Error | undefined> {
  const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: keys.absenceUpload(contentHash), ConsistentRead: true }));
  if (!Item || isExpired(Item)) return undefined;
  if (Item.state !== 'in-flight') return new RepeatedUploadError();
  const seconds = Math.ceil(Number(Item.expiration) - Date.now() / 1000);
  return new UploadInProgressError(Math.max(1, Math.min(MAX_RETRY_AFTER_SECONDS, seconds)));
}

async function releaseClaim(tableName: string, contentHash: string, claim: string): Promise<void> {
  try {
    await documentClient.send(
      new DeleteCommand({ TableName: tableName, Key: keys.absenceUpload(contentHash), ConditionExpression: 'claim = :claim', ExpressionAttributeValues: { ':claim': claim } }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

function isExpired(item: Record<string, unknown>): boolean {
  return typeof item.expiration === 'number' && item.expiration * 1000 < Date.now();
}

function receiptOf(item: Record<string, unknown>): UploadReceipt {
  return {
    uploadId: String(item.uploadId),
    receivedAt: String(item.receivedAt),
    rows: Number(item.rows),
    municipalities: Number(item.municipalities),
    quarters: item.quarters as string[],
    duplicate: true,
  };
}

/** Upload ids known to have committed. Committed is final, so this container may remember them. */
const committed = new Set<string>();

/** The rows that count: promoted ones, and pending ones whose upload has committed (one BatchGet for those not yet known). */
async function countable(tableName: string, items: readonly Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
  const unknown = [...new Set(items.filter((i) => i.committed !== true && !committed.has(String(i.uploadId))).map((i) => String(i.uploadId)))];
  for (let start = 0; start < unknown.length; start += 100) {
    let requested: Record<string, unknown>[] | undefined = unknown.slice(start, start + 100).map(keys.absenceCommit);
    for (let attempt = 1; requested && requested.length > 0; attempt++) {
      if (attempt > 10) throw new Error('Commit records still unprocessed after 10 attempts');
      if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 25 * 2 ** attempt)));
      const result: BatchGetCommandOutput = await documentClient.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: requested, ConsistentRead: true, ProjectionExpression: 'uploadId' } } }));
      for (const found of result.Responses?.[tableName] ?? []) committed.add(String(found.uploadId));
      requested = result.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return items.filter((i) => i.committed === true || committed.has(String(i.uploadId)));
}

/** A municipality's figures: the latest committed revision of each period and scope, in period order. */
export async function figuresOf(tableName: string, municipalityNumber: string): Promise<StoredFigure[]> {
  const items = await queryAll({
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :figure)',
    ExpressionAttributeValues: { ':pk': keys.absenceFigure(municipalityNumber).pk, ':figure': keys.absenceFigure(municipalityNumber).sk },
  });
  return latestRevisions(await countable(tableName, items));
}

/** Every municipality's committed figures for the periods of one quarter (months included). */
export async function figuresOfQuarter(tableName: string, quarter: string): Promise<Map<string, StoredFigure[]>> {
  const items = await countable(tableName, await queryIndex(tableName, 'gsi1', keys.absenceByQuarter(quarter).gsi1pk));
  const byMunicipality = new Map<string, Record<string, unknown>[]>();
  for (const item of items) {
    const number = String(item.municipalityNumber);
    byMunicipality.set(number, [...(byMunicipality.get(number) ?? []), item]);
  }
  return new Map([...byMunicipality].map(([number, list]) => [number, latestRevisions(list)]));
}

/**
 * After the commit (from its event): the upload's rows are marked `committed` and lose their TTL. Idempotent;
 * refuses an upload that has not committed, so it can never make a pending row permanent.
 */
export async function promoteUpload(tableName: string, uploadId: string, municipalityNumbers: readonly string[]): Promise<number> {
  const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: keys.absenceCommit(uploadId), ConsistentRead: true }));
  if (!Item) throw new Error(`Upload ${uploadId} has not committed; its rows stay pending`);
  let promoted = 0;
  await forEachConcurrently(municipalityNumbers, WRITE_CONCURRENCY, async (number) => {
    const rows = await queryAll({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :figure)',
      FilterExpression: 'uploadId = :uploadId AND attribute_not_exists(#committed)',
      ExpressionAttributeNames: { '#committed': 'committed' },
      ExpressionAttributeValues: { ':pk': keys.absenceFigure(number).pk, ':figure': keys.absenceFigure(number).sk, ':uploadId': uploadId },
      ConsistentRead: true,
    });
    await batchWriteAll(tableName, rows.map(({ expiration: _expiration, ...row }) => ({ ...row, committed: true })));
    promoted += rows.length;
  });
  return promoted;
}

function latestRevisions(items: readonly Record<string, unknown>[]): StoredFigure[] {
  const byKey = new Map<string, Record<string, unknown>[]>();
  for (const item of items) {
    const key = `${String(item.period)}#${String(item.scope)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  return [...byKey.values()]
    .map((unordered) => {
      // Upload ids start with the time received, so they sort in arrival order: the last is the latest.
      const revisions = [...unordered].sort((a, b) => String(a.uploadId).localeCompare(String(b.uploadId)));
      const latest = revisions.at(-1)!;
      return {
        period: String(latest.period),
        scope: latest.scope as Scope,
        lostDays: Number(latest.lostDays),
        agreedDays: Number(latest.agreedDays),
        ...(latest.selfCertifiedLostDays !== undefined ? { selfCertifiedLostDays: Number(latest.selfCertifiedLostDays) } : {}),
        ...(latest.doctorCertifiedLostDays !== undefined ? { doctorCertifiedLostDays: Number(latest.doctorCertifiedLostDays) } : {}),
        uploadId: String(latest.uploadId),
        revisions: revisions.length,
        history: revisions.slice(0, -1).map((r) => ({ uploadId: String(r.uploadId), lostDays: Number(r.lostDays), agreedDays: Number(r.agreedDays) })),
      };
    })
    .sort((a, b) => a.period.localeCompare(b.period) || a.scope.localeCompare(b.scope));
}
