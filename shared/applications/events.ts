/** The events of an application's life, built from the application and the register. */
import type { Application } from './contract.ts';
import type { EventEnvelope } from '../event-catalogue.ts';
import type { Municipality } from '../municipalities/model.ts';
import type { Participant } from './participants-repository.ts';
import { newEvent } from '../platform/outbox/new-event.ts';

interface Context {
  readonly correlationId: string;
  readonly now: Date;
}

export function applicationSubmitted(application: Application, municipality: Municipality, context: Context): EventEnvelope<'ApplicationSubmitted'> {
  if (!application.submittedAt || !application.projectLeader || !application.focusAreas) throw new Error('Only a complete, submitted application can be announced');
  return newEvent(
    'ApplicationSubmitted',
    {
      applicationId: application.id,
      cohortId: application.cohortId,
      municipalityNumber: municipality.number,
      municipalityName: municipality.name,
      writtenStandard: municipality.writtenStandard,
      submittedAt: application.submittedAt,
      projectLeader: application.projectLeader,
      focusAreas: application.focusAreas,
    },
    context,
  );
}

/** The participant an admission creates: the cohort, the decision day, and what the application committed to. */
export function participantOf(application: Application, cohort: { id: string; name: string }, municipality: Municipality): Participant {
  const { projectLeader, focusAreas, sickLeaveTarget, decision } = application;
  if (!projectLeader || !focusAreas || !sickLeaveTarget || !decision) throw new Error('Only a decided, complete application makes a participant');
  return {
    cohortId: cohort.id,
    cohortName: cohort.name,
    municipalityNumber: municipality.number,
    municipalityName: municipality.name,
    applicationId: application.id,
    admittedOn: decision.decidedOn,
    projectLeader,
    focusAreas,
    sickLeaveTarget,
    goals: application.goals ?? [],
  };
}

/** ApplicationDecided, and for an admission also MunicipalityAdmitted. */
export function decisionEvents(
  application: Application,
  cohort: { id: string; name: string },
  municipality: Municipality,
  participant: Participant | undefined,
  context: Context,
): EventEnvelope[] {
  const decision = application.decision;
  if (!decision || !application.projectLeader) throw new Error('Only a decided application can be announced');
  const events: EventEnvelope[] = [
    newEvent(
      'ApplicationDecided',
      {
        applicationId: application.id,
        cohortId: cohort.id,
        cohortName: cohort.name,
        municipalityNumber: municipality.number,
        municipalityName: municipality.name,
        writtenStandard: municipality.writtenStandard,
        outcome: decision.outcome,
        reason: decision.reason,
        decidedAt: decision.decidedAt,
        projectLeader: application.projectLeader,
      },
      context,
    ),
  ];
  if (participant) {
    const { cohortId, cohortName, applicationId, municipalityNumber, municipalityName, admittedOn, sickLeaveTarget, goals } = participant;
    events.push(newEvent('MunicipalityAdmitted', { cohortId, cohortName, applicationId, municipalityNumber, municipalityName, admittedOn, sickLeaveTarget, goals: [...goals] }, context));
  }
  return events;
}
