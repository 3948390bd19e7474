/**
 * Sick-leave figures. Every upload adds revisions; none is overwritten, so the history of a
 * corrected figure is kept and the latest committed revision counts. Revisions are written
 * first (invisible), then the per-municipality upload markers that make them count, then the
 * upload record with its AbsenceFiguresUploaded event in one transaction. A failure before
 * the end leaves nothing that counts for the municipalities not yet marked, and a repeat of
 * the same upload completes it.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { UploadReceipt } from '../../contracts/absence.ts';
import type { EventEnvelope } from '../../contracts/events.ts';
import type { CheckedUpload } from '../../domain/absence-upload.ts';
import { quarterOf, type AbsenceFigure, type Scope } from '../../domain/sick-leave.ts';
import { batchWriteAll } from './batch-writer.ts';
import { documentClient } from './client.ts';
import { queryAll, queryIndex } from './query.ts';
import { keys } from './table-design.ts';
import { putNew, transact, type TransactionStep } from './transaction.ts';

/** A repeated upload within this window is recognised and not stored again. */
const REPEAT_WINDOW_SECONDS = 24 * 3600;
/** Markers beyond this go in a batch before the final transaction (100 items at most, 2 reserved). */
const MARKERS_IN_TRANSACTION = 98;
/** BatchWriteItem requests of one upload in flight at once. */
const WRITE_CONCURRENCY = 8;

export interface StoredFigure extends AbsenceFigure {
  readonly uploadId: string;
  /** How many committed uploads gave this period and scope. */
  readonly revisions: number;
  /** The earlier revisions, oldest first: corrections keep the history. */
  readonly history: readonly { readonly uploadId: string; readonly lostDays: number; readonly agreedDays: number }[];
}

export class RepeatedUploadError extends Error {
  constructor() {
    super('The same upload was stored meanwhile');
    this.name = 'RepeatedUploadError';
  }
}

export async function findUpload(tableName: string, contentHash: string): Promise<UploadReceipt | undefined> {
  const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: keys.absenceUpload(contentHash), ConsistentRead: true }));
  if (!Item || (typeof Item.expiration === 'number' && Item.expiration * 1000 < Date.now())) return undefined;
  return { uploadId: Item.uploadId, receivedAt: Item.receivedAt, rows: Item.rows, municipalities: Item.municipalities, quarters: Item.quarters, duplicate: true };
}

export async function storeUpload(
  tableName: string,
  upload: { readonly uploadId: string; readonly receivedAt: string; readonly uploadedBy: string; readonly checked: CheckedUpload },
  event: EventEnvelope,
): Promise<void> {
  const { uploadId, checked } = upload;
  const revisions = checked.figures.map((f) => ({
    ...keys.absenceFigure(f.municipalityNumber, f.period, f.scope, uploadId),
    ...keys.absenceByQuarter(quarterOf(f.period), f.municipalityNumber, f.period, f.scope, uploadId),
    ...f,
    uploadId,
  }));
  await batchWriteAll(tableName, revisions, { concurrency: WRITE_CONCURRENCY });

  const markers = checked.municipalities.map((number) => ({
    ...keys.absenceUploadMarker(number, uploadId),
    ...keys.committedUploads(uploadId, number),
    uploadId,
    municipalityNumber: number,
    receivedAt: upload.receivedAt,
  }));
  const inTransaction = markers.length <= MARKERS_IN_TRANSACTION ? markers : [];
  if (inTransaction.length === 0) await batchWriteAll(tableName, markers, { concurrency: WRITE_CONCURRENCY });

  const record = {
    ...keys.absenceUpload(checked.contentHash),
    entity: 'AbsenceUpload',
    uploadId,
    receivedAt: upload.receivedAt,
    uploadedBy: upload.uploadedBy,
    rows: checked.figures.length,
    municipalities: checked.municipalities.length,
    quarters: checked.quarters,
    expiration: Math.floor(Date.parse(upload.receivedAt) / 1000) + REPEAT_WINDOW_SECONDS,
  };
  const steps: TransactionStep[] = [
    // An expired record (older than the window) may be replaced; a live one means a concurrent repeat.
    {
      item: {
        Put: {
          TableName: tableName,
          Item: record,
          ConditionExpression: 'attribute_not_exists(pk) OR expiration < :now',
          ExpressionAttributeValues: { ':now': Math.floor(Date.now() / 1000) },
        },
      },
      onConditionFailed: () => new RepeatedUploadError(),
    },
    ...inTransaction.map((m) => putNew(tableName, m, () => new RepeatedUploadError())),
  ];
  await transact(tableName, steps, [event]);
}

/** A municipality's figures: the latest committed revision of each period and scope, in period order. */
export async function figuresOf(tableName: string, municipalityNumber: string): Promise<StoredFigure[]> {
  const items = await queryAll({
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.absenceFigure(municipalityNumber).pk },
  });
  const committed = new Set(items.filter((i) => String(i.sk).startsWith('UPLOAD#')).map((i) => String(i.uploadId)));
  return latestRevisions(items.filter((i) => String(i.sk).startsWith('FIGURE#') && committed.has(String(i.uploadId))));
}

/** Every municipality's committed figures for the periods of one quarter (months included). */
export async function figuresOfQuarter(tableName: string, quarter: string, committed: ReadonlySet<string>): Promise<Map<string, StoredFigure[]>> {
  const items = (await queryIndex(tableName, 'gsi1', keys.absenceByQuarter(quarter).gsi1pk)).filter((i) =>
    committed.has(`${String(i.uploadId)}#${String(i.municipalityNumber)}`),
  );
  const byMunicipality = new Map<string, Record<string, unknown>[]>();
  for (const item of items) {
    const number = String(item.municipalityNumber);
    byMunicipality.set(number, [...(byMunicipality.get(number) ?? []), item]);
  }
  return new Map([...byMunicipality].map(([number, list]) => [number, latestRevisions(list)]));
}

/** `<uploadId>#<municipality>` of every committed upload. */
export async function committedUploads(tableName: string): Promise<Set<string>> {
  return new Set((await queryIndex(tableName, 'gsi2', keys.committedUploads().gsi2pk)).map((i) => String(i.gsi2sk)));
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
