/**
 * @deprecated until the merge: infra/constructs/event-pipeline.ts and test/infra/programme-stack.test.ts
 * import these from here; they live in shared/notifications/contract.ts (the lead repoints them and deletes this file).
 */
export { CONFIGURATION_SET_TAG, SES_EVENT_SOURCE, SES_FEEDBACK_DETAIL_TYPES, SesFeedbackDetail } from './contract.ts';
