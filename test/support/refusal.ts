/** The domain refusal a call throws (for asserting on its kind and the fields it names); fails when it throws nothing, rethrows anything else. */
import { Refusal } from '../../shared/platform/refusal.ts';

export function refusal(run: () => unknown): Refusal {
  try {
    run();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error('Not refused');
}
