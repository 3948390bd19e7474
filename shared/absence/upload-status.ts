/**
 * The life of an asynchronous upload (a file too large to accept within a request): received
 * (the resource exists, the file is awaited or stored), validating (the file is being read and
 * checked), then committed (its figures count, a receipt) or rejected (the row/column errors,
 * nothing stored). Nothing else: a final status never moves again. Pure, no AWS.
 */
import { refuse } from '../platform/refusal.ts';

export const ABSENCE_UPLOAD_STATUSES = ['received', 'validating', 'committed', 'rejected'] as const;
export type AbsenceUploadStatus = (typeof ABSENCE_UPLOAD_STATUSES)[number];

const NEXT: { readonly [S in AbsenceUploadStatus]: readonly AbsenceUploadStatus[] } = {
  received: ['validating'],
  validating: ['committed', 'rejected'],
  committed: [],
  rejected: [],
};

export function canMoveUpload(from: AbsenceUploadStatus, to: AbsenceUploadStatus): boolean {
  return NEXT[from].includes(to);
}

/** The status an upload moves to; a conflict for any move the life above does not have. */
export function moveUpload(from: AbsenceUploadStatus, to: AbsenceUploadStatus): AbsenceUploadStatus {
  if (!canMoveUpload(from, to)) throw refuse.conflict(`An upload that is ${from} cannot become ${to}`);
  return to;
}

/** Committed or rejected: the upload's outcome is known and never changes. */
export function isFinalUploadStatus(status: AbsenceUploadStatus): boolean {
  return NEXT[status].length === 0;
}
