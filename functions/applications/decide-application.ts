import { saveApplication } from '#shared/adapters/dynamodb/applications-repository.ts';
import { requireCohort } from '#shared/adapters/dynamodb/cohorts-repository.ts';
import { getMunicipality } from '#shared/adapters/dynamodb/municipalities-repository.ts';
import { admitParticipant } from '#shared/adapters/dynamodb/participants-repository.ts';
import { config } from '#shared/config.ts';
import { ApplicationIdParams, DecisionRequest } from '#shared/contracts/applications.ts';
import type { EventEnvelope } from '#shared/contracts/events.ts';
import { decide } from '#shared/domain/application.ts';
import { acceptsDecisions } from '#shared/domain/cohort.ts';
import { refuse } from '#shared/domain/refusal.ts';
import { newEvent } from '#shared/events/outbox.ts';
import { visibleApplication } from '#shared/http/access.ts';
import { httpHandler, json } from '#shared/http/http-handler.ts';
import { problems } from '#shared/http/problems.ts';

/**
 * POST /applications/{id}/decision: the secretariat records the steering group's decision.
 * Admission makes the municipality a participant of the cohort in the same transaction.
 */
export const handler = httpHandler('decideApplication', { params: ApplicationIdParams, body: DecisionRequest }, async ({ params, body, principal, correlationId }) => {
  const tableName = config.tableName();
  const current = await visibleApplication(tableName, principal, params.id);
  const cohort = await requireCohort(tableName, current.value.cohortId);
  if (!acceptsDecisions(cohort.value.status)) throw refuse.conflict(`The cohort is ${cohort.value.status}: decisions are recorded while it is open, closed or started`);
  const municipality = await getMunicipality(tableName, current.value.municipalityNumber);
  if (!municipality) throw problems.unknownMunicipality(current.value.municipalityNumber);

  const now = new Date();
  const decided = decide(current.value, { ...body, decidedBy: principal!.subject }, now);
  const context = { correlationId, now };
  const events: EventEnvelope[] = [
    newEvent(
      'ApplicationDecided',
      {
        applicationId: decided.id,
        cohortId: cohort.value.id,
        cohortName: cohort.value.name,
        municipalityNumber: municipality.number,
        municipalityName: municipality.name,
        writtenStandard: municipality.writtenStandard,
        outcome: body.outcome,
        reason: body.reason,
        decidedAt: now.toISOString(),
        projectLeader: decided.projectLeader!,
      },
      context,
    ),
  ];
  const extraSteps = [];
  if (body.outcome === 'admitted') {
    const participant = {
      cohortId: cohort.value.id,
      cohortName: cohort.value.name,
      municipalityNumber: municipality.number,
      municipalityName: municipality.name,
      applicationId: decided.id,
      admittedOn: decided.decision!.decidedOn,
      projectLeader: decided.projectLeader!,
      focusAreas: decided.focusAreas!,
      sickLeaveTarget: decided.sickLeaveTarget!,
      goals: decided.goals ?? [],
    };
    extraSteps.push(admitParticipant(tableName, participant));
    events.push(
      newEvent(
        'MunicipalityAdmitted',
        {
          cohortId: participant.cohortId,
          cohortName: participant.cohortName,
          applicationId: participant.applicationId,
          municipalityNumber: participant.municipalityNumber,
          municipalityName: participant.municipalityName,
          admittedOn: participant.admittedOn,
          sickLeaveTarget: participant.sickLeaveTarget,
          goals: participant.goals,
        },
        context,
      ),
    );
  }
  await saveApplication(tableName, { value: decided, version: current.version }, events, extraSteps);
  return json(200, decided);
});
