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
 *
 * Below, the asynchronous uploads (the resource a caller polls while a large file is processed).
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DeleteCommand, GetCommand, PutCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { forEachConcurrently } from '../platform/concurrency.ts';
import { countBy } from '../platform/tally.ts';
import type { UploadReceipt } from './contract.ts';
import type { EventEnvelope } from '../event-catalogue.ts';
import type { ReceivedUpload, StoredAsyncUpload } from './commands.ts';
import { quarterOf, type AbsenceFigure, type Scope } from './model.ts';
import { MAX_RECEIPT_WARNINGS } from './plausibility.ts';
import { UploadInProgressError } from '../platform/interruptions.ts';
import { withoutStorageAttributes } from '../platform/dynamodb/query.ts';
import { tableDesign } from '../platform/dynamodb/table-design.ts';
import { programmeTable, type Table } from '../platform/dynamodb/table.ts';

/** Where this capability's items live in the programme's table (the table's whole key space: platform/dynamodb/table-design.ts). */
export const keys = {
  absenceFigure: (municipalityNumber: string, period = '', scope = '', uploadId = '') => ({
    pk: `ABSENCE#${municipalityNumber}`,
    sk: period ? `FIGURE#${period}#${scope}#${uploadId}` : 'FIGURE#',
  }),
  absenceByQuarter: (quarter: string, municipalityNumber = '', period = '', scope = '', uploadId = '') => ({
    gsi1pk: `ABSENCE_QUARTER#${quarter}`,
    gsi1sk: municipalityNumber ? `${municipalityNumber}#${period}#${scope}#${uploadId}` : '',
  }),
  absenceCommit: (uploadId: string) => ({ pk: `ABSENCE_COMMIT#${uploadId}`, sk: 'COMMIT' }),
  absenceUpload: (contentHash: string) => ({ pk: `ABSENCE_UPLOAD#${contentHash}`, sk: 'UPLOAD' }),
  asyncUpload: (uploadId: string) => ({ pk: `ASYNC_UPLOAD#${uploadId}`, sk: 'STATUS' }),
  /** An upload's warnings about one municipality: one partition per upload and municipality (a bulk file's spread over ~430). */
  absenceWarning: (uploadId: string, municipalityNumber: string, row?: number, rule = '') => ({
    pk: `ABSENCE_WARNINGS#${uploadId}#${municipalityNumber}`,
    sk: row === undefined ? 'WARNING#' : `WARNING#${String(row).padStart(6, '0')}#${rule}`,
  }),
  /** Warnings by status, one partition per status and county (the number's first two digits): the secretariat's list, no hot key. */
  absenceWarningsByStatus: (status: string, municipalityNumber: string, uploadId = '', row?: number, rule = '') => ({
    gsi1pk: `ABSENCE_WARNINGS#${status}#${municipalityNumber.slice(0, 2)}`,
    gsi1sk: row === undefined ? `${municipalityNumber}#` : `${municipalityNumber}#${uploadId}#${String(row).padStart(6, '0')}#${rule}`,
  }),
} as const;

/** The counties of 2007-2009 (county 13 was merged into 12 in 1972): every partition of warnings by status. */
export const COUNTIES = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '14', '15', '16', '17', '18', '19', '20'] as const;

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
  readonly history: readonly { readonly uploadId: string; readonly lostDays: number; readonly agreedDays: number; readonly headcount?: number }[];
}

/** The same content was stored (committed) by another upload within the repeat window. */
export class RepeatedUploadError extends Error {
  constructor() {
    super('The same upload was stored meanwhile');
    this.name = 'RepeatedUploadError';
  }
}

export interface StoreOptions {
  /** Epoch milliseconds until which the claim is held; past it, another upload may take over. */
  readonly leaseUntil?: number;
  /** Runs after the rows are written, just before the commit: throwing here commits nothing. */
  readonly beforeCommit?: () => void | Promise<void>;
}

class ClaimLost extends Error {}

/**
 * Uploads known to have committed, with how many rows each has per quarter (undefined: a commit
 * record from before the count was kept). Committed is final, so this container may remember
 * them (whichever repository read them).
 */
const committed = new Map<string, Readonly<Record<string, number>> | undefined>();

/** Sick-leave figures and the uploads that gave them (content claims, commit records, revisions). */
export class AbsenceRepository {
  readonly table: Table;

  constructor(table: Table) {
    this.table = table;
  }

  /** The receipt of a committed upload of this content within the window; an in-flight claim is none. */
  async findUpload(contentHash: string): Promise<UploadReceipt | undefined> {
    const Item = await this.contentRecord(contentHash);
    if (!Item || isExpired(Item) || Item.state === 'in-flight') return undefined;
    return receiptOf(Item);
  }

  /**
   * Claims, writes and commits one upload (steps 1-3 above). Throws RepeatedUploadError when the
   * content is (or meanwhile was) committed by another upload, UploadInProgressError while another
   * holds the claim; on any failure before the commit the claim is released for a retry.
   */
  async storeUpload(upload: ReceivedUpload, event: EventEnvelope, options: StoreOptions = {}): Promise<void> {
    const { uploadId, checked } = upload;
    const claim = randomUUID();
    const leaseUntil = options.leaseUntil ?? Date.now() + DEFAULT_LEASE_MS;
    const warnings = upload.warnings ?? [];
    // The receipt's warnings ride on the content record (a repeat answers them) and on the commit record (the promotion reads the count).
    const summary = {
      uploadId,
      receivedAt: upload.receivedAt,
      uploadedBy: upload.uploadedBy,
      rows: checked.figures.length,
      municipalities: checked.municipalities.length,
      quarters: checked.quarters,
      warnings: warnings.slice(0, MAX_RECEIPT_WARNINGS),
      warningCount: warnings.length,
    };
    try {
      await this.claimContent(checked.contentHash, { ...keys.absenceUpload(checked.contentHash), entity: 'AbsenceUpload', state: 'in-flight', claim, ...summary, expiration: Math.ceil(leaseUntil / 1000) });
    } catch (error) {
      // A put whose answer was lost may have landed: release it, or a retry would wait out the lease.
      if (!(error instanceof RepeatedUploadError || error instanceof UploadInProgressError)) await this.releaseClaim(checked.contentHash, claim).catch(() => undefined);
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
      // The warnings, pending as the rows are: no index keys (listed by nobody) until the commit's consumer promotes them.
      const pendingWarnings = warnings.map((w) => ({ ...keys.absenceWarning(uploadId, w.municipalityNumber, w.row, w.rule), entity: 'AbsenceWarning', ...w, receivedAt: upload.receivedAt, pending: true, expiration }));
      await this.table.batchWriteAll([...rows, ...pendingWarnings], { concurrency: WRITE_CONCURRENCY });
      await options.beforeCommit?.();
      const tableName = this.table.name;
      const rowsByQuarter = countBy(rows, (r) => quarterOf(r.period));
      await this.table.transact(
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
              Put: {
                TableName: tableName,
                // The rows per quarter: a reader of a quarter's index (eventually consistent) counts the upload only once it finds them all.
                Item: { ...keys.absenceCommit(uploadId), entity: 'AbsenceUploadCommit', ...summary, rowsByQuarter, contentHash: checked.contentHash },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            onConditionFailed: () => new RepeatedUploadError(),
          },
        ],
        [event],
        // Found in the audit log under each municipality whose figures it brought, as well as under the upload.
        checked.municipalities.map((number) => `municipality:${number}`),
      );
      committed.set(uploadId, rowsByQuarter);
    } catch (error) {
      // Taken over after our lease ran out: our rows stay pending (TTL); the other upload's outcome is ours.
      if (error instanceof ClaimLost) throw (await this.outcomeOfClaimedBySomeoneElse(checked.contentHash)) ?? new UploadInProgressError(1);
      // Released only if still ours and in flight: a commit that did land has removed the claim.
      await this.releaseClaim(checked.contentHash, claim).catch(() => undefined);
      throw error;
    }
  }

  /** A municipality's figures: the latest committed revision of each period and scope, in period order. */
  async figuresOf(municipalityNumber: string): Promise<StoredFigure[]> {
    const items = await this.table.queryPrefix(keys.absenceFigure(municipalityNumber).pk, keys.absenceFigure(municipalityNumber).sk);
    return latestRevisions(await this.countable(items));
  }

  /** Each municipality's figures (figuresOf), a few at a time: what an upload's plausibility checks compare with. */
  async figuresOfEach(municipalityNumbers: readonly string[]): Promise<Map<string, StoredFigure[]>> {
    const found = new Map<string, StoredFigure[]>();
    await forEachConcurrently(municipalityNumbers, WRITE_CONCURRENCY, async (number) => {
      found.set(number, await this.figuresOf(number));
    });
    return found;
  }

  /** Every municipality's committed figures for the periods of one quarter (months included). */
  async figuresOfQuarter(quarter: string): Promise<Map<string, StoredFigure[]>> {
    const items = await this.countable(await this.table.queryIndex('gsi1', keys.absenceByQuarter(quarter).gsi1pk), quarter);
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
  async promoteUpload(uploadId: string, municipalityNumbers: readonly string[]): Promise<number> {
    const { Item } = await this.table.client.send(new GetCommand({ TableName: this.table.name, Key: keys.absenceCommit(uploadId), ConsistentRead: true }));
    if (!Item) throw new Error(`Upload ${uploadId} has not committed; its rows stay pending`);
    let promoted = 0;
    await forEachConcurrently(municipalityNumbers, WRITE_CONCURRENCY, async (number) => {
      const rows = await this.table.query({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :figure)',
        FilterExpression: 'uploadId = :uploadId AND attribute_not_exists(#committed)',
        ExpressionAttributeNames: { '#committed': 'committed' },
        ExpressionAttributeValues: { ':pk': keys.absenceFigure(number).pk, ':figure': keys.absenceFigure(number).sk, ':uploadId': uploadId },
        ConsistentRead: true,
      });
      await this.table.batchWriteAll(rows.map(({ expiration: _expiration, ...row }) => ({ ...row, committed: true })));
      promoted += rows.length;
    });
    return promoted;
  }

  private async contentRecord(contentHash: string): Promise<Record<string, unknown> | undefined> {
    const { Item } = await this.table.client.send(new GetCommand({ TableName: this.table.name, Key: keys.absenceUpload(contentHash), ConsistentRead: true }));
    return Item;
  }

  private async claimContent(contentHash: string, item: Record<string, unknown>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.table.client.send(
          new PutCommand({
            TableName: this.table.name,
            Item: item,
            // No record, or one past its time: a repeat record older than the window, or a claim whose lease ran out.
            ConditionExpression: 'attribute_not_exists(pk) OR expiration < :now',
            ExpressionAttributeValues: { ':now': Math.floor(Date.now() / 1000) },
          }),
        );
        return;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        const outcome = await this.outcomeOfClaimedBySomeoneElse(contentHash);
        // Gone between the put and the read (released, or expired and deleted): claim again.
        if (outcome || attempt >= 3) throw outcome ?? new UploadInProgressError(1);
      }
    }
  }

  /** Why the content is not ours to store: a committed repeat, or another upload in flight (undefined: neither now). */
  private async outcomeOfClaimedBySomeoneElse(contentHash: string): Promise<Error | undefined> {
    const Item = await this.contentRecord(contentHash);
    if (!Item || isExpired(Item)) return undefined;
    if (Item.state !== 'in-flight') return new RepeatedUploadError();
    const seconds = Math.ceil(Number(Item.expiration) - Date.now() / 1000);
    return new UploadInProgressError(Math.max(1, Math.min(MAX_RETRY_AFTER_SECONDS, seconds)));
  }

  private async releaseClaim(contentHash: string, claim: string): Promise<void> {
    try {
      await this.table.client.send(
        new DeleteCommand({ TableName: this.table.name, Key: keys.absenceUpload(contentHash), ConditionExpression: 'claim = :claim', ExpressionAttributeValues: { ':claim': claim } }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /**
   * The rows that count: promoted ones, and pending ones whose upload has committed (one BatchGet
   * for those not yet known). Read from a quarter's index (`quarter` given), which is eventually
   * consistent, an upload counts only when all its rows of that quarter are there: just after a
   * commit the index may hold some of its rows and not yet the others, and a reader must see the
   * whole upload or none of it.
   */
  private async countable(items: readonly Record<string, unknown>[], quarter?: string): Promise<Record<string, unknown>[]> {
    const tableName = this.table.name;
    const needsRecord = (i: Record<string, unknown>) => (quarter !== undefined || i.committed !== true) && !committed.has(String(i.uploadId));
    const unknown = [...new Set(items.filter(needsRecord).map((i) => String(i.uploadId)))];
    for (let start = 0; start < unknown.length; start += 100) {
      let requested: Record<string, unknown>[] | undefined = unknown.slice(start, start + 100).map(keys.absenceCommit);
      for (let attempt = 1; requested && requested.length > 0; attempt++) {
        if (attempt > 10) throw new Error('Commit records still unprocessed after 10 attempts');
        if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 25 * 2 ** attempt)));
        const result: BatchGetCommandOutput = await this.table.client.send(
          new BatchGetCommand({ RequestItems: { [tableName]: { Keys: requested, ConsistentRead: true, ProjectionExpression: 'uploadId, rowsByQuarter' } } }),
        );
        for (const found of result.Responses?.[tableName] ?? []) committed.set(String(found.uploadId), found.rowsByQuarter as Record<string, number> | undefined);
        requested = result.UnprocessedKeys?.[tableName]?.Keys;
      }
    }
    const counting = items.filter((i) => i.committed === true || committed.has(String(i.uploadId)));
    if (quarter === undefined) return counting;
    const found = countBy(counting, (i) => String(i.uploadId));
    return counting.filter((i) => {
      const expected = committed.get(String(i.uploadId))?.[quarter];
      return expected === undefined || found[String(i.uploadId)] === expected;
    });
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
    // The first upload's warnings, as its receipt listed them (none on a record from before the checks).
    warnings: (item.warnings as UploadReceipt['warnings'] | undefined) ?? [],
    warningCount: Number(item.warningCount ?? 0),
  };
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
        ...(latest.headcount !== undefined ? { headcount: Number(latest.headcount) } : {}),
        uploadId: String(latest.uploadId),
        revisions: revisions.length,
        history: revisions.slice(0, -1).map((r) => ({ uploadId: String(r.uploadId), lostDays: Number(r.lostDays), agreedDays: Number(r.agreedDays), ...(r.headcount !== undefined ? { headcount: Number(r.headcount) } : {}) })),
      };
    })
    .sort((a, b) => a.period.localeCompare(b.period) || a.scope.localeCompare(b.scope));
}

/** Asynchronous uploads are kept 30 days (TTL), longer than the upload objects (7 days). */
const KEEP_SECONDS = 30 * 24 * 3600;

/**
 * Asynchronous uploads: the resource a caller polls while a large file is checked and accepted.
 * Each status move (commands.ts decides it) is a conditional write on the status it leaves (two
 * deliveries of the same object cannot both move it), and a move with events is written with
 * them in one transaction.
 */
export class AsyncUploadsRepository {
  readonly table: Table;

  constructor(table: Table) {
    this.table = table;
  }

  /** A new upload resource, audited (a transaction with its entry); its id is new, so a repeat is a bug. */
  async create(upload: StoredAsyncUpload): Promise<void> {
    const item = { ...keys.asyncUpload(upload.uploadId), entity: 'AsyncUpload', ...upload, [tableDesign.timeToLiveAttribute]: Math.floor(Date.parse(upload.createdAt) / 1000) + KEEP_SECONDS };
    await this.table.transact([this.table.putNew(item, () => new Error(`Upload ${upload.uploadId} exists`))]);
  }

  async get(uploadId: string): Promise<StoredAsyncUpload | undefined> {
    const { Item } = await this.table.client.send(new GetCommand({ TableName: this.table.name, Key: keys.asyncUpload(uploadId), ConsistentRead: true }));
    return Item ? withoutStorageAttributes<StoredAsyncUpload>(Item) : undefined;
  }

  /**
   * Stores a move from `before` to `after` (with its events), only if the upload is still in the
   * status it leaves; false when it was not (another delivery moved it).
   */
  async saveMove(before: StoredAsyncUpload, after: StoredAsyncUpload, events: readonly EventEnvelope[] = []): Promise<boolean> {
    // With or without events, a move is a transaction carrying its audit entry.
    return this.table.transactIfConditionsHold([{ Update: this.moveUpdate(before, after) }], events);
  }

  private moveUpdate(before: StoredAsyncUpload, after: StoredAsyncUpload) {
    const steps = after.history.slice(before.history.length);
    // What the move adds besides its status: the receipt or the problem, and the outcome event's id.
    const set: Record<string, unknown> = Object.fromEntries(
      (['receipt', 'problem', 'outcomeEventId'] as const).filter((f) => after[f] !== undefined && after[f] !== before[f]).map((f) => [f, after[f]]),
    );
    const names = Object.keys(set);
    return {
      TableName: this.table.name,
      Key: keys.asyncUpload(before.uploadId),
      UpdateExpression: `SET #status = :to, updatedAt = :at, history = list_append(history, :step)${names.map((n, i) => `, #f${i} = :f${i}`).join('')}`,
      ConditionExpression: '#status = :from',
      ExpressionAttributeNames: { '#status': 'status', ...Object.fromEntries(names.map((n, i) => [`#f${i}`, n])) },
      ExpressionAttributeValues: { ':from': before.status, ':to': after.status, ':at': after.updatedAt, ':step': steps, ...Object.fromEntries(names.map((n, i) => [`:f${i}`, set[n]])) },
    };
  }
}

let absence: AbsenceRepository | undefined;
let asyncUploads: AsyncUploadsRepository | undefined;

/** This deployment's repositories, bound on first use and kept for the container's life. */
export const absenceRepository = (): AbsenceRepository => (absence ??= new AbsenceRepository(programmeTable()));
export const asyncUploadsRepository = (): AsyncUploadsRepository => (asyncUploads ??= new AsyncUploadsRepository(programmeTable()));
