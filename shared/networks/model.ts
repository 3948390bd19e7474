/**
 * Networks: participants of one cohort, grouped with an advisor (veileder) who follows them
 * between gatherings. A municipality is in at most one network per cohort. Entity types and pure
 * rules; contract.ts checks its wire schema against these types.
 */
import type { Principal } from '../platform/auth/principal.ts';
import { refuse } from '../platform/refusal.ts';

export interface NetworkMember {
  readonly municipalityNumber: string;
  readonly municipalityName: string;
}

/** The advisor of a network: a person of the secretariat (people capability), with the contact its mail goes to. */
export interface Advisor {
  readonly personId: string;
  readonly name: string;
  readonly email: string;
  readonly phone?: string | undefined;
}

export interface Network {
  readonly id: string;
  readonly cohortId: string;
  readonly name: string;
  readonly advisor: Advisor;
  readonly members: NetworkMember[];
  readonly formedAt: string;
}

/** A participant of the cohort as a network sees it: placed in one of its networks or not yet. */
export interface CohortParticipant {
  readonly municipalityNumber: string;
  readonly municipalityName: string;
  readonly networkId?: string;
}

/** The members as network entries; refuses numbers that are not participants or already placed. */
export function networkMembers(requested: readonly string[], participants: readonly CohortParticipant[]): NetworkMember[] {
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

/** Whether the principal may see the network: the secretariat every one, an advisor those it advises. */
export function advises(principal: Principal | undefined, network: Network): boolean {
  if (principal?.kind !== 'staff') return false;
  return principal.role === 'secretariat' || (principal.role === 'advisor' && principal.personId === network.advisor.personId);
}
