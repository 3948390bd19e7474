import { describe, expect, it } from 'vitest';
import { ABSENCE_UPLOAD_STATUSES, canMoveUpload, isFinalUploadStatus, moveUpload } from '../../../shared/absence/model.ts';
import { Refusal } from '../../../shared/platform/refusal.ts';

describe('an asynchronous upload’s status moves received → validating → committed | rejected, and no other way', () => {
  const allowed = new Set(['received→validating', 'validating→committed', 'validating→rejected']);
  for (const from of ABSENCE_UPLOAD_STATUSES) {
    for (const to of ABSENCE_UPLOAD_STATUSES) {
      const move = `${from}→${to}`;
      it(`${move}: ${allowed.has(move) ? 'allowed' : 'refused'}`, () => {
        expect(canMoveUpload(from, to)).toBe(allowed.has(move));
        if (allowed.has(move)) expect(moveUpload(from, to)).toBe(to);
        else expect(() => moveUpload(from, to)).toThrow(Refusal);
      });
    }
  }

  it('committed and rejected are final; received and validating are not', () => {
    expect(ABSENCE_UPLOAD_STATUSES.filter(isFinalUploadStatus)).toEqual(['committed', 'rejected']);
  });
});
