/**
 * Applications and participants, the public entry: what handlers and other capabilities use.
 * The declarations (routes.ts) are not here: a handler imports its own from routes.ts.
 */
export * from './model.ts';
export type { Application, ApplicationSummary, Decision } from './contract.ts';
export { submit, saveDraft, updateDraft, submitDraft, withdraw, decide, participantOf } from './commands.ts';
export type { ApplicationCreation, Changed, CommandContext, Decided, DecisionContext, DecisionInput } from './commands.ts';
export { ApplicationsRepository, ParticipantsRepository, applicationsRepository, participantsRepository } from './repository.ts';
export { applicationReceipt, dailyApplicationDigest, decisionLetter, newApplicationNotice } from './emails.ts';
export { ApplicationNudgeSchedule, applicationNudgeSchedule, dueNudge, nudgeTargets, nudgeStillApplies, type DueNudge, type NudgeReason, type NudgeTarget } from './application-nudges.ts';
export { ApplicationNudgesRepository, applicationNudgesRepository, type SentNudge } from './application-nudges-repository.ts';
export { applicationNudge } from './nudge-emails.ts';
export { MANDATORY_ELEMENTS, RECOMMENDATIONS, type MandatoryElement, type Recommendation } from './assessment-model.ts';
export type { Assessment, SteeringGroupMeeting } from './assessment-contract.ts';
export { assess } from './assessment.ts';
export { ensureMeetingFits, holdMeeting, meetingItems, type MeetingHeld } from './steering-group.ts';
export { MEETING_ITEM_BUDGET, SteeringGroupRepository, steeringGroupRepository } from './steering-group-repository.ts';
export type { JointApplication } from './joint-contract.ts';
export { submitJoint, type JointSubmitted, type StoredJointApplication } from './joint.ts';
export { JointApplicationsRepository, jointApplicationsRepository } from './joint-repository.ts';
