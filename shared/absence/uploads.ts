/**
 * The I/O of uploads; commands.ts decides. Accepting an upload of sick-leave figures: check it
 * whole, recognise a repeat, store it with its event. Shared by the municipality's upload and the
 * secretariat's bulk upload (and the asynchronous path for big files), which all call
 * acceptUpload as a black box. Also: starting an asynchronous upload, and what a failed
 * one answers. No S3 and no CSV
 * here (upload-objects.ts, upload-urls.ts, upload-file.ts): GET functions import this file.
 *
 * With a deadline (remainingTimeMs, from the Lambda context), acceptUpload either commits with
 * time to answer or commits nothing: it stops before the commit point when less than the
 * reserve is left (UploadDeadlineError), so nobody is told "failed" for work that then commits.
 * While the same content is being stored by another request it throws UploadInProgressError.
 */
import { AbsenceRepository, RepeatedUploadError, type AsyncUploadsRepository } from './repository.ts';
import type { AbsenceUpload, UploadContentType, UploadReceipt } from './contract.ts';
import { checkUpload, openAsyncUpload, receiveUpload, type StoredAsyncUpload, type UploadRow } from './commands.ts';
import type { UploadScope } from './model.ts';
import { recordedAs, type Principal } from '../platform/auth/principal.ts';
import type { Problem } from '../platform/contract/problem.ts';
import { Table } from '../platform/dynamodb/table.ts';
import { json } from '../platform/http/http-handler.ts';
import { HttpProblem, problems } from '../platform/http/problems.ts';
import type { HttpResult } from '../platform/http/types.ts';
import { UploadDeadlineError } from '../platform/interruptions.ts';
import { Refusal } from '../platform/refusal.ts';

/** Time the commit (one transaction, with the SDK's retries) and the answer need after it. */
export const COMMIT_RESERVE_MS = 3_000;
/** A claim outlives its holder's deadline by this much, so nobody takes over from a live upload. */
const LEASE_MARGIN_MS = 10_000;

export interface AcceptContext {
  readonly uploadedBy: string;
  readonly correlationId: string;
  readonly now?: Date;
  /**
   * A read that must succeed before anything is stored (the municipalities exist): it runs
   * beside the repeat lookup, one round trip instead of two, and its refusal comes first.
   */
  readonly precondition?: () => Promise<void>;
  /** Milliseconds left before the caller must have answered (Lambda: context.getRemainingTimeInMillis). */
  readonly remainingTimeMs?: () => number;
  /** What must be left at the commit point; defaults to COMMIT_RESERVE_MS. */
  readonly commitReserveMs?: number;
}

export async function acceptUpload(repository: AbsenceRepository, rows: readonly UploadRow[], context: AcceptContext): Promise<UploadReceipt> {
  const precondition = context.precondition?.();
  let checked: ReturnType<typeof checkUpload>;
  try {
    checked = checkUpload(rows);
  } catch (error) {
    await precondition;
    throw error;
  }
  const [repeat] = await Promise.all([repository.findUpload(checked.contentHash), precondition]);
  if (repeat) return repeat;

  const { remainingTimeMs } = context;
  const reserve = context.commitReserveMs ?? COMMIT_RESERVE_MS;
  // Work that cannot reach its commit in time is not started (the plausibility reads and the rows take time of their own).
  if (remainingTimeMs && remainingTimeMs() < reserve) throw new UploadDeadlineError();
  // What the plausibility checks compare with: each municipality's figures as stored now.
  const stored = await repository.figuresOfEach(checked.municipalities);
  const { state, receipt, events } = receiveUpload(checked, { uploadedBy: context.uploadedBy, correlationId: context.correlationId, now: context.now ?? new Date(), stored });
  try {
    await repository.storeUpload(state, events[0], {
      ...(remainingTimeMs ? { leaseUntil: Date.now() + remainingTimeMs() + LEASE_MARGIN_MS } : {}),
      beforeCommit: () => {
        if (remainingTimeMs && remainingTimeMs() < reserve) throw new UploadDeadlineError();
      },
    });
  } catch (error) {
    if (error instanceof RepeatedUploadError) return (await repository.findUpload(checked.contentHash)) ?? Promise.reject(error);
    throw error;
  }
  return receipt;
}

export const uploadLocation = (uploadId: string) => `/absence-uploads/${uploadId}`;

/** A new asynchronous upload (received), stored: a presigned PUT to come, or a request body too large to accept at once. */
export async function startAsyncUpload(
  uploads: AsyncUploadsRepository,
  input: { readonly scope: UploadScope; readonly contentType: UploadContentType; readonly source: AbsenceUpload['source']; readonly principal: Principal; readonly correlationId: string },
  now = new Date(),
): Promise<StoredAsyncUpload> {
  const upload = openAsyncUpload({ scope: input.scope, contentType: input.contentType, source: input.source, uploadedBy: recordedAs(input.principal), correlationId: input.correlationId }, now);
  await uploads.create(upload);
  return upload;
}

/** The `202 Accepted` with the Location of the upload the caller polls. */
export function accepted(body: unknown, uploadId: string): HttpResult {
  return json(202, body, { location: uploadLocation(uploadId) });
}

/** The file's fault, as the synchronous route would have answered it; undefined for anything a retry may cure. */
export function rejectionOf(error: unknown, uploadId: string): Problem | undefined {
  const instance = uploadLocation(uploadId);
  if (error instanceof HttpProblem && error.status < 500) {
    return { type: error.type, title: error.title, status: error.status, ...(error.detail ? { detail: error.detail } : {}), instance, ...(error.errors ? { errors: [...error.errors] } : {}) };
  }
  if (error instanceof Refusal && error.kind === 'invalid') {
    return error.fields.length > 0
      ? { type: '/problems/validation-failed', title: 'The request is not valid', status: 422, detail: error.message, instance, errors: [...error.fields] }
      : { type: '/problems/rule-violated', title: 'Not allowed by the programme’s rules', status: 422, detail: error.message, instance };
  }
  return undefined;
}
