/**
 * The target-status capability's public runtime entry: the assessment rule, the reassessment
 * (pure decision and its I/O), the repository of statuses and notice slots, the notice letters
 * and the cap on them.
 */
export * from './model.ts';
export * from './commands.ts';
export { reassessTargetStatus } from './reassess.ts';
export { TargetStatusRepository, targetStatusRepository, type SlotClaim, type StatusNoticeSlot } from './repository.ts';
export { targetStatusNotice } from './emails.ts';
export { mailCaps, MailCaps } from './mail-caps.ts';
export { assessJoint, summedTotals, type JointAssessment, type JointMemberFigures } from './joint.ts';
