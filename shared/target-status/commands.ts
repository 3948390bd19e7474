/**
 * Reassessing a participant's target status from its committed figures, and announcing a
 * change. Deterministic: running it twice on the same data changes nothing the second time,
 * so redelivered events and concurrent uploads converge on the sequential result. Pure, no AWS.
 */
import { quarterlyTotals, type AbsenceFigure } from '../absence/model.ts';
import { assessTarget, type SickLeaveTarget, type TargetAssessment, type TargetStatus } from './model.ts';
import type { StoredTargetStatus } from './contract.ts';
import { newEvent, type EventData, type EventEnvelope } from '../event-catalogue.ts';

export type Reassessment = 'not-a-participant' | 'unchanged' | 'figures-updated' | 'status-changed';

type Change = EventData<'TargetStatusChanged'>;

/** What a reassessment needs of the participant (its latest admission). */
export interface AssessedParticipant {
  readonly cohortId: string;
  readonly cohortName: string;
  readonly municipalityName: string;
  readonly networkId?: string;
  readonly sickLeaveTarget: SickLeaveTarget;
  readonly projectLeader: Change['projectLeader'];
}

/** A reassessment to store: the new state, the assessment in it, and the status it had. */
export interface StatusToStore {
  readonly outcome: 'figures-updated' | 'status-changed';
  readonly state: StoredTargetStatus;
  readonly assessment: TargetAssessment;
  readonly previousStatus: TargetStatus | null;
}

export type ReassessmentDecision = { readonly outcome: 'unchanged' } | StatusToStore;

/** The participant's assessment from its figures, against the stored one: unchanged, or the status to store (and whether it is news). */
export function reassess(
  municipalityNumber: string,
  participant: AssessedParticipant,
  figures: readonly AbsenceFigure[],
  stored: StoredTargetStatus | undefined,
  now: Date,
): ReassessmentDecision {
  const assessment = assessTarget(participant.sickLeaveTarget, quarterlyTotals(figures));
  if (stored && sameAssessment(stored, assessment, participant.cohortId)) return { outcome: 'unchanged' };

  const at = now.toISOString();
  const previousStatus = stored?.status ?? null;
  // A first assessment without data is no news; every other first or changed status is.
  const announce = previousStatus !== assessment.status && !(previousStatus === null && assessment.status === 'no-data');
  const state: StoredTargetStatus = {
    ...assessment,
    municipalityNumber,
    municipalityName: participant.municipalityName,
    cohortId: participant.cohortId,
    assessedAt: at,
    statusSince: stored && stored.status === assessment.status ? stored.statusSince : at,
  };
  return { outcome: announce ? 'status-changed' : 'figures-updated', state, assessment, previousStatus };
}

/** The TargetStatusChanged event of a changed status, with whom to tell: the project leader, and the network's advisor. */
export function statusChanged(
  decision: StatusToStore,
  participant: AssessedParticipant,
  context: { readonly writtenStandard: Change['writtenStandard']; readonly advisor: Change['advisor']; readonly correlationId: string },
): EventEnvelope<'TargetStatusChanged'> {
  const { municipalityNumber, assessedAt } = decision.state;
  return newEvent(
    'TargetStatusChanged',
    {
      municipalityNumber,
      municipalityName: participant.municipalityName,
      writtenStandard: context.writtenStandard,
      cohortId: participant.cohortId,
      cohortName: participant.cohortName,
      previousStatus: decision.previousStatus,
      assessment: decision.assessment,
      projectLeader: participant.projectLeader,
      advisor: context.advisor,
    },
    { correlationId: context.correlationId, now: new Date(assessedAt) },
  );
}

function sameAssessment(stored: StoredTargetStatus, assessment: TargetAssessment, cohortId: string): boolean {
  const { municipalityNumber: _n, municipalityName: _m, cohortId: storedCohort, assessedAt: _a, statusSince: _s, ...storedAssessment } = stored;
  return storedCohort === cohortId && JSON.stringify(sortKeys(storedAssessment)) === JSON.stringify(sortKeys(assessment));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)]));
  return value;
}
