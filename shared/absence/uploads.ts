/**
 * Accepting an upload of sick-leave figures: check it whole, recognise a repeat, store it and
 * announce it. Shared by the municipality's upload and the secretariat's bulk upload (and the
 * asynchronous path for big files), which all call acceptUpload as a black box.
 *
 * With a deadline (remainingTimeMs, from the Lambda context), it either commits with time to
 * answer or commits nothing: it stops before the commit point when less than the reserve is
 * left (UploadDeadlineError), so nobody is told "failed" for work that then commits. While the
 * same content is being stored by another request it throws UploadInProgressError.
 */
import { findUpload, RepeatedUploadError, storeUpload } from './repository.ts';
import type { UploadReceipt } from './contract.ts';
import { checkUpload, type UploadRow } from './commands.ts';
import { UploadDeadlineError } from '../platform/interruptions.ts';
import { newEvent } from '../platform/outbox/new-event.ts';

/** Time the commit (one transaction, with the SDK's retries) and the answer need after it. */
export const COMMIT_RESERVE_MS = 3_000;
/** A claim outlives its holder's deadline by this much, so nobody takes over from a live upload. */
const LEASE_MARGIN_MS = 10_000;

export async function acceptUpload(
  tableName: string,
  rows: readonly UploadRow[],
  context: {
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
  },
): Promise<UploadReceipt> {
  const precondition = context.precondition?.();
  let checked: ReturnType<typeof checkUpload>;
  try {
    checked = checkUpload(rows);
  } catch (error) {
    await precondition;
    throw error;
  }
  const [repeat] = await Promise.all([findUpload(tableName, checked.contentHash), precondition]);
  if (repeat) return repeat;

  const now = context.now ?? new Date();
  const receivedAt = now.toISOString();
  // Starts with the time so that ids sort in the order uploads arrived (the latest revision counts).
  const uploadId = `${receivedAt}#${checked.contentHash.slice(0, 12)}`;
  const event = newEvent(
    'AbsenceFiguresUploaded',
    { uploadId, receivedAt, uploadedBy: context.uploadedBy, rows: checked.figures.length, municipalities: [...checked.municipalities], quarters: [...checked.quarters] },
    { correlationId: context.correlationId, now },
  );
  try {
    const { remainingTimeMs } = context;
    const reserve = context.commitReserveMs ?? COMMIT_RESERVE_MS;
    await storeUpload(tableName, { uploadId, receivedAt, uploadedBy: context.uploadedBy, checked }, event, {
      ...(remainingTimeMs ? { leaseUntil: Date.now() + remainingTimeMs() + LEASE_MARGIN_MS } : {}),
      beforeCommit: () => {
        if (remainingTimeMs && remainingTimeMs() < reserve) throw new UploadDeadlineError();
      },
    });
  } catch (error) {
    if (error instanceof RepeatedUploadError) return (await findUpload(tableName, checked.contentHash)) ?? Promise.reject(error);
    throw error;
  }
  return { uploadId, receivedAt, rows: checked.figures.length, municipalities: checked.municipalities.length, quarters: [...checked.quarters], duplicate: false };
}
