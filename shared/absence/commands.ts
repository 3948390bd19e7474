/**
 * An upload of sick-leave figures, checked as a whole before anything is written: every row
 * valid, no figure twice in one file. Rows become figures with a scope; the content hash makes
 * a repeated upload recognisable. An accepted upload announces itself (AbsenceFiguresUploaded);
 * an asynchronous upload moves through its life (model.ts) and announces its outcome.
 * Pure (hashing and ids are arithmetic), no AWS.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { AbsenceFigure, Scope, UploadScope } from './model.ts';
import { moveUpload, periodDays, quarterOf } from './model.ts';
import type { AbsenceUpload, UploadContentType, UploadReceipt } from './contract.ts';
import { MAX_RECEIPT_WARNINGS, plausibilityWarnings, type PlausibilityWarning } from './plausibility.ts';
import type { Problem } from '../platform/contract/problem.ts';
import { newEvent, type EventEnvelope } from '../event-catalogue.ts';
import { outsideValidity, type RegisterEntry } from '../municipalities/model.ts';
import { refuse, type RefusalField } from '../platform/refusal.ts';

export interface UploadRow {
  readonly municipalityNumber: string;
  readonly period: string;
  readonly sector?: string;
  readonly unit?: string;
  readonly lostDays?: number;
  readonly agreedDays: number;
  readonly selfCertifiedLostDays?: number;
  readonly doctorCertifiedLostDays?: number;
  readonly headcount?: number;
}

export interface MunicipalityFigure extends AbsenceFigure {
  readonly municipalityNumber: string;
}

export interface CheckedUpload {
  readonly figures: readonly MunicipalityFigure[];
  readonly municipalities: readonly string[];
  readonly quarters: readonly string[];
  readonly contentHash: string;
}

/** Turns valid rows into figures; refuses the whole upload when one figure appears twice. */
export function checkUpload(rows: readonly UploadRow[]): CheckedUpload {
  const seen = new Map<string, number>();
  const duplicates: RefusalField[] = [];
  const figures = rows.map((row, i) => {
    const figure = toFigure(row);
    const key = `${figure.municipalityNumber}|${figure.period}|${figure.scope}`;
    const first = seen.get(key);
    if (first !== undefined) {
      duplicates.push({ pointer: `/rows/${i}`, detail: `The same municipality, period and scope as row ${first + 1}`, row: i + 1, column: 'period' });
    } else {
      seen.set(key, i);
    }
    return figure;
  });
  if (duplicates.length > 0) throw refuse.invalid(`${duplicates.length} row(s) repeat a figure of the same upload; nothing was stored`, duplicates);
  const canonical = [...figures].map((f) => JSON.stringify(f)).sort().join('\n');
  return {
    figures,
    municipalities: [...new Set(figures.map((f) => f.municipalityNumber))].sort(),
    quarters: [...new Set(figures.map((f) => quarterOf(f.period)))].sort(),
    contentHash: createHash('sha256').update(canonical).digest('hex'),
  };
}

/**
 * Rows the register does not allow: a number it does not know, or a municipality that did not
 * exist on every day of the row's period (a quarter's or month's first and last day; the 2008
 * mergers fall on a new year, so no quarter is split). One field per row, with row and column.
 */
export function rowsOutsideRegister(
  rows: readonly Pick<UploadRow, 'municipalityNumber' | 'period'>[],
  register: ReadonlyMap<string, RegisterEntry>,
): RefusalField[] {
  return rows.flatMap((row, i) => {
    const municipality = register.get(row.municipalityNumber);
    if (!municipality) return [{ pointer: `/rows/${i}/municipalityNumber`, detail: `No municipality ${row.municipalityNumber} in the register`, row: i + 1, column: 'municipalityNumber' }];
    const { first, last } = periodDays(row.period);
    const outside = outsideValidity(municipality, first, last);
    return outside ? [{ pointer: `/rows/${i}/period`, detail: `${outside}: no figures for ${row.period}`, row: i + 1, column: 'period' }] : [];
  });
}

function toFigure(row: UploadRow): MunicipalityFigure {
  const scope: Scope = row.sector ? (`sector:${row.sector}` as Scope) : row.unit ? `unit:${row.unit}` : 'total';
  const lostDays = row.lostDays ?? (row.selfCertifiedLostDays ?? 0) + (row.doctorCertifiedLostDays ?? 0);
  return {
    municipalityNumber: row.municipalityNumber,
    period: row.period,
    scope,
    lostDays,
    agreedDays: row.agreedDays,
    ...(row.selfCertifiedLostDays !== undefined ? { selfCertifiedLostDays: row.selfCertifiedLostDays } : {}),
    ...(row.doctorCertifiedLostDays !== undefined ? { doctorCertifiedLostDays: row.doctorCertifiedLostDays } : {}),
    ...(row.headcount !== undefined ? { headcount: row.headcount } : {}),
  };
}

/** An upload as stored: its id (the time received first, so ids sort in arrival order: the latest revision counts). */
export interface ReceivedUpload {
  readonly uploadId: string;
  readonly receivedAt: string;
  readonly uploadedBy: string;
  readonly checked: CheckedUpload;
  /** Its plausibility warnings, all of them (the receipt lists the first MAX_RECEIPT_WARNINGS). */
  readonly warnings?: readonly PlausibilityWarning[];
}

/** A checked upload received now: what is stored, its receipt, and the event that announces it once committed. */
export function receiveUpload(
  checked: CheckedUpload,
  context: {
    readonly uploadedBy: string;
    readonly correlationId: string;
    readonly now: Date;
    /** Each municipality's figures as stored before this upload: what the plausibility checks compare with. */
    readonly stored?: ReadonlyMap<string, readonly AbsenceFigure[]>;
  },
): { readonly state: ReceivedUpload; readonly receipt: UploadReceipt; readonly events: readonly [EventEnvelope<'AbsenceFiguresUploaded'>] } {
  const receivedAt = context.now.toISOString();
  const uploadId = `${receivedAt}#${checked.contentHash.slice(0, 12)}`;
  const event = newEvent(
    'AbsenceFiguresUploaded',
    { uploadId, receivedAt, uploadedBy: context.uploadedBy, rows: checked.figures.length, municipalities: [...checked.municipalities], quarters: [...checked.quarters] },
    { correlationId: context.correlationId, now: context.now },
  );
  const warnings = plausibilityWarnings(uploadId, checked, context.stored ?? new Map());
  return {
    state: { uploadId, receivedAt, uploadedBy: context.uploadedBy, checked, warnings },
    receipt: {
      uploadId,
      receivedAt,
      rows: checked.figures.length,
      municipalities: checked.municipalities.length,
      quarters: [...checked.quarters],
      duplicate: false,
      warnings: warnings.slice(0, MAX_RECEIPT_WARNINGS),
      warningCount: warnings.length,
    },
    events: [event],
  };
}

/** What the upload resource stores besides what the API shows: who uploaded it, and the outcome event (for its email). */
export interface StoredAsyncUpload extends AbsenceUpload {
  readonly uploadedBy: string;
  readonly correlationId: string;
  readonly outcomeEventId?: string;
}

export type UploadOutcome = { readonly status: 'committed'; readonly receipt: UploadReceipt } | { readonly status: 'rejected'; readonly problem: Problem };

/** A new asynchronous upload, `received`: a presigned PUT to come, or a request body too large to accept at once. */
export function openAsyncUpload(
  input: { readonly scope: UploadScope; readonly contentType: UploadContentType; readonly source: AbsenceUpload['source']; readonly uploadedBy: string; readonly correlationId: string },
  now: Date,
): StoredAsyncUpload {
  const at = now.toISOString();
  return {
    uploadId: randomUUID(),
    status: 'received',
    scope: input.scope.scope,
    ...(input.scope.scope === 'municipality' ? { municipalityNumber: input.scope.municipalityNumber } : {}),
    contentType: input.contentType,
    source: input.source,
    createdAt: at,
    updatedAt: at,
    history: [{ status: 'received', at }],
    uploadedBy: input.uploadedBy,
    correlationId: input.correlationId,
  };
}

/** received → validating (a conflict from any other status). */
export function startValidating(upload: StoredAsyncUpload, now: Date): StoredAsyncUpload {
  const at = now.toISOString();
  return { ...upload, status: moveUpload(upload.status, 'validating'), updatedAt: at, history: [...upload.history, { status: 'validating', at }] };
}

/** validating → committed | rejected, with the event that announces the outcome (and whose id the uploader's email is keyed by). */
export function finishAsyncUpload(
  upload: StoredAsyncUpload,
  outcome: UploadOutcome,
  now: Date,
): { readonly state: StoredAsyncUpload; readonly events: readonly [EventEnvelope<'AbsenceUploadCommitted' | 'AbsenceUploadRejected'>] } {
  const at = now.toISOString();
  const status = moveUpload(upload.status, outcome.status);
  const common = { uploadId: upload.uploadId, scope: upload.scope, ...(upload.municipalityNumber ? { municipalityNumber: upload.municipalityNumber } : {}), uploadedBy: upload.uploadedBy };
  const context = { correlationId: upload.correlationId, now };
  const event: EventEnvelope<'AbsenceUploadCommitted' | 'AbsenceUploadRejected'> =
    outcome.status === 'committed'
      ? newEvent('AbsenceUploadCommitted', { ...common, figuresUploadId: outcome.receipt.uploadId, rows: outcome.receipt.rows, municipalities: outcome.receipt.municipalities, quarters: outcome.receipt.quarters, duplicate: outcome.receipt.duplicate }, context)
      : newEvent('AbsenceUploadRejected', { ...common, problemType: outcome.problem.type, detail: outcome.problem.detail ?? outcome.problem.title, errors: outcome.problem.errors?.length ?? 0 }, context);
  const state: StoredAsyncUpload = {
    ...upload,
    status,
    updatedAt: at,
    history: [...upload.history, { status, at }],
    ...(outcome.status === 'committed' ? { receipt: outcome.receipt } : { problem: outcome.problem }),
    outcomeEventId: event.metadata.eventId,
  };
  return { state, events: [event] };
}

/** What the API shows of an upload: not who uploaded it, nor the bookkeeping of its email. */
export function uploadView(upload: StoredAsyncUpload): AbsenceUpload {
  const { uploadedBy: _uploadedBy, correlationId: _correlationId, outcomeEventId: _outcomeEventId, ...view } = upload;
  return view;
}
