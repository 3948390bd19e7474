/**
 * A joint application as pure commands: the members' ordinary applications (each submitted and
 * announced as any application is, so receipts, the secretariat's notice and every later step
 * work unchanged), tied together by the joint application and JointApplicationSubmitted. No I/O.
 */
import { newEvent, type EventEnvelope } from '../event-catalogue.ts';
import type { CommandContext } from '../platform/commands.ts';
import type { Municipality } from '../municipalities/model.ts';
import type { Application } from './contract.ts';
import type { JointApplication, JointApplicationRequest } from './joint-contract.ts';
import { submit } from './commands.ts';


/** The joint application as stored: its members without their statuses (those are the applications'). */
export type StoredJointApplication = Omit<JointApplication, 'members'> & { readonly members: readonly Omit<JointApplication['members'][number], 'status'>[] };

export interface JointCreation extends CommandContext {
  readonly id: string;
  /** Each member's municipality, in the request's order. */
  readonly municipalities: readonly Municipality[];
  /** Each member's application id, in the request's order. */
  readonly applicationIds: readonly string[];
  readonly by: string;
}

export interface JointSubmitted {
  readonly joint: StoredJointApplication;
  readonly applications: readonly Application[];
  readonly events: readonly EventEnvelope[];
}

/** POST /joint-applications: every member's application submitted, and the joint application that ties them (JointApplicationSubmitted). */
export function submitJoint(request: JointApplicationRequest, context: JointCreation): JointSubmitted {
  const { municipalityNumber: _leaderMunicipality, ...leader } = request.projectLeader;
  const jointProject = { id: context.id, name: request.name };
  const parts = request.members.map(({ municipalityNumber: _number, ...content }, i) => {
    const { state, events } = submit({ ...content, cohortId: request.cohortId, projectLeader: leader }, { ...context, id: context.applicationIds[i]!, municipality: context.municipalities[i]! });
    return { application: { ...state, jointProject }, events };
  });
  const submittedAt = context.now.toISOString();
  const joint: StoredJointApplication = {
    id: context.id,
    cohortId: request.cohortId,
    name: request.name,
    projectLeader: request.projectLeader,
    sickLeaveTarget: request.sickLeaveTarget,
    members: parts.map(({ application }) => ({ municipalityNumber: application.municipalityNumber, municipalityName: application.municipalityName, applicationId: application.id })),
    submittedAt,
    submittedBy: context.by,
  };
  const announced = newEvent(
    'JointApplicationSubmitted',
    { jointApplicationId: joint.id, cohortId: joint.cohortId, name: joint.name, projectLeader: joint.projectLeader, members: [...joint.members], submittedAt },
    context,
  );
  return { joint, applications: parts.map((p) => p.application), events: [...parts.flatMap((p) => p.events), announced] };
}
