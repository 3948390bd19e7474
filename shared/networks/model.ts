/** Networks: participants of one cohort, grouped with an advisor. A municipality is in at most one network per cohort. */
import type { Network } from './contract.ts';
import { refuse } from '../platform/refusal.ts';

export interface CohortParticipant {
  readonly municipalityNumber: string;
  readonly municipalityName: string;
  readonly networkId?: string;
}

/** The members as network entries; refuses numbers that are not participants or already placed. */
export function networkMembers(requested: readonly string[], participants: readonly CohortParticipant[]): Network['members'] {
  const byNumber = new Map(participants.map((p) => [p.municipalityNumber, p]));
  const notParticipants = requested.map((n, i) => ({ n, i })).filter(({ n }) => !byNumber.has(n));
  if (notParticipants.length > 0) {
    throw refuse.invalid(
      'Only participants of the cohort can join its networks',
      notParticipants.map(({ n, i }) => ({ pointer: `/members/${i}`, detail: `Municipality ${n} is not a participant of this cohort` })),
    );
  }
  const placed = requested.filter((n) => byNumber.get(n)?.networkId);
  if (placed.length > 0) throw refuse.conflict(`Already in a network of this cohort: ${placed.join(', ')}`);
  return requested.map((n) => ({ municipalityNumber: n, municipalityName: byNumber.get(n)!.municipalityName }));
}
