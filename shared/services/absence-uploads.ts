/**
 * Accepting an upload of sick-leave figures: check it whole, recognise a repeat, store it and
 * announce it. Shared by the municipality's upload and the secretariat's bulk upload.
 */
import { findUpload, RepeatedUploadError, storeUpload } from '../adapters/dynamodb/absence-repository.ts';
import type { UploadReceipt } from '../contracts/absence.ts';
import { checkUpload, type UploadRow } from '../domain/absence-upload.ts';
import { newEvent } from '../events/outbox.ts';

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
    await storeUpload(tableName, { uploadId, receivedAt, uploadedBy: context.uploadedBy, checked }, event);
  } catch (error) {
    if (error instanceof RepeatedUploadError) return (await findUpload(tableName, checked.contentHash)) ?? Promise.reject(error);
    throw error;
  }
  return { uploadId, receivedAt, rows: checked.figures.length, municipalities: checked.municipalities.length, quarters: [...checked.quarters], duplicate: false };
}
