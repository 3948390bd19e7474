/**
 * Reassessing a participant's target status from its committed figures, and announcing a
 * change. Deterministic: running it twice on the same data changes nothing the second time,
 * so redelivered events and concurrent uploads converge on the sequential result.
 */
import { figuresOf } from '../absence/repository.ts';
import { getMunicipality } from '../municipalities/repository.ts';
import { getNetwork } from '../networks/repository.ts';
import { latestParticipant } from '../applications/participants-repository.ts';
import { getTargetStatus, saveTargetStatus } from './repository.ts';
import type { StoredTargetStatus } from '../absence/contract.ts';
import { quarterlyTotals } from '../absence/model.ts';
import { assessTarget, type TargetAssessment } from './model.ts';
import { newEvent } from '../platform/outbox/new-event.ts';

export type Reassessment = 'not-a-participant' | 'unchanged' | 'figures-updated' | 'status-changed';

/**
 * Reads only what the decision needs: the latest admission (one index item, the participant
 * itself), the figures and the stored status; the municipality (its written standard) and the
 * network (its advisor) only when there is a change to announce.
 */
export async function reassessTargetStatus(tableName: string, municipalityNumber: string, context: { readonly correlationId: string; readonly now?: Date }): Promise<Reassessment> {
  const participant = await latestParticipant(tableName, municipalityNumber);
  if (!participant) return 'not-a-participant';
  const [figures, stored] = await Promise.all([figuresOf(tableName, municipalityNumber), getTargetStatus(tableName, municipalityNumber)]);

  const assessment = assessTarget(participant.sickLeaveTarget, quarterlyTotals(figures));
  if (stored && sameAssessment(stored.value, assessment, participant.cohortId)) return 'unchanged';

  const now = (context.now ?? new Date()).toISOString();
  const previousStatus = stored?.value.status ?? null;
  // A first assessment without data is no news; every other first or changed status is.
  const announce = previousStatus !== assessment.status && !(previousStatus === null && assessment.status === 'no-data');
  const value: StoredTargetStatus = {
    ...assessment,
    municipalityNumber,
    municipalityName: participant.municipalityName,
    cohortId: participant.cohortId,
    assessedAt: now,
    statusSince: stored && stored.value.status === assessment.status ? stored.value.statusSince : now,
  };
  const events = [];
  if (announce) {
    const [municipality, network] = await Promise.all([
      getMunicipality(tableName, municipalityNumber),
      participant.networkId ? getNetwork(tableName, participant.cohortId, participant.networkId) : undefined,
    ]);
    if (!municipality) throw new Error(`Municipality ${municipalityNumber} of participant in cohort ${participant.cohortId} is missing`);
    events.push(
      newEvent(
        'TargetStatusChanged',
        {
          municipalityNumber,
          municipalityName: participant.municipalityName,
          writtenStandard: municipality.writtenStandard,
          cohortId: participant.cohortId,
          cohortName: participant.cohortName,
          previousStatus,
          assessment,
          projectLeader: participant.projectLeader,
          advisor: network?.advisor ?? null,
        },
        { correlationId: context.correlationId, now: new Date(now) },
      ),
    );
  }
  await saveTargetStatus(tableName, { value, version: stored?.version ?? 0 }, events);
  return announce ? 'status-changed' : 'figures-updated';
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
