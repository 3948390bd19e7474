/**
 * Applications: every state change as a pure command, `(state, input, context) → { state, events }`
 * or a refusal. The transitions themselves are lifecycle.ts's; the events they cause are built
 * here, from the application and the register. No I/O: the handler loads, calls, stores.
 */
import { type CommandContext, type Outcome } from '../platform/commands.ts';
import type { Application, ApplicationContent, ApplicationDraftRequest, SubmitApplicationRequest } from './contract.ts';
import { newEvent, type EventEnvelope } from '../event-catalogue.ts';
import type { Municipality } from '../municipalities/model.ts';
import type { Participant } from './model.ts';
import * as lifecycle from './lifecycle.ts';
import type { DecisionInput } from './lifecycle.ts';

export type { DecisionInput } from './lifecycle.ts';

export type { CommandContext } from '../platform/commands.ts';

/** What a command returns: the new state and the events to write with it. */
export type Changed<S> = Outcome<S, EventEnvelope>;

/** A new application, with the id it gets and the municipality applying. */
export interface ApplicationCreation extends CommandContext {
  readonly id: string;
  readonly municipality: Municipality;
}

/** The steering group's decision needs the cohort (its name goes into the letter) and the municipality (its written standard). */
export interface DecisionContext extends CommandContext {
  readonly cohort: { readonly id: string; readonly name: string };
  readonly municipality: Municipality;
}

/** A decision, and the participant an admission creates (written in the same transaction). */
export interface Decided extends Changed<Application> {
  readonly participant?: Participant;
}

/** POST /applications: a complete application submitted in one go, announced (ApplicationSubmitted). */
export function submit(request: SubmitApplicationRequest, context: ApplicationCreation): Changed<Application> {
  const state = lifecycle.newApplication(request, context);
  return { state, events: [applicationSubmitted(state, context.municipality, context)] };
}

/** POST /applications/drafts: a draft holds the municipality's place; nothing is announced yet. */
export function saveDraft(request: ApplicationDraftRequest, context: ApplicationCreation): Changed<Application> {
  return { state: lifecycle.newDraft(request, context), events: [] };
}

/** PATCH /applications/{id}: the parts sent replace those of the draft. */
export function updateDraft(application: Application, changes: Partial<ApplicationContent>, context: CommandContext): Changed<Application> {
  return { state: lifecycle.updateDraft(application, changes, context.now), events: [] };
}

/** POST /applications/{id}/submission: a complete draft becomes a submitted application, announced. */
export function submitDraft(application: Application, municipality: Municipality, context: CommandContext): Changed<Application> {
  const state = lifecycle.submitDraft(application, context.now);
  return { state, events: [applicationSubmitted(state, municipality, context)] };
}

/** POST /applications/{id}/withdrawal: allowed until the decision (ApplicationWithdrawn). */
export function withdraw(application: Application, context: CommandContext): Changed<Application> {
  const state = lifecycle.withdraw(application, context.now);
  const { id: applicationId, cohortId, municipalityNumber, municipalityName, withdrawnAt } = state;
  return { state, events: [newEvent('ApplicationWithdrawn', { applicationId, cohortId, municipalityNumber, municipalityName, withdrawnAt: withdrawnAt! }, context)] };
}

/**
 * POST /applications/{id}/decision: the steering group's decision (ApplicationDecided); an
 * admission also makes the municipality a participant of the cohort (MunicipalityAdmitted).
 */
export function decide(application: Application, decision: DecisionInput, context: DecisionContext): Decided {
  const state = lifecycle.decide(application, decision, context.now);
  const participant = decision.outcome === 'admitted' ? participantOf(state, context.cohort, context.municipality) : undefined;
  return { state, ...(participant ? { participant } : {}), events: decisionEvents(state, context.cohort, context.municipality, participant, context) };
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
    ...(application.jointProject ? { jointProject: application.jointProject } : {}),
  };
}

function applicationSubmitted(application: Application, municipality: Municipality, context: CommandContext): EventEnvelope<'ApplicationSubmitted'> {
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

/** ApplicationDecided, and for an admission also MunicipalityAdmitted. */
function decisionEvents(
  application: Application,
  cohort: { id: string; name: string },
  municipality: Municipality,
  participant: Participant | undefined,
  context: CommandContext,
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
    const { cohortId, cohortName, applicationId, municipalityNumber, municipalityName, admittedOn, sickLeaveTarget, goals, jointProject } = participant;
    events.push(
      newEvent('MunicipalityAdmitted', { cohortId, cohortName, applicationId, municipalityNumber, municipalityName, admittedOn, sickLeaveTarget, goals: [...goals], ...(jointProject ? { jointProject } : {}) }, context),
    );
  }
  return events;
}
