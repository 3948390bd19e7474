/**
 * @deprecated until the merge: infra/programme-config.ts imports ReminderLadder from here. The
 * reminder rules are in model.ts, the ladder's schema in contract.ts; the lead points infra at
 * `#shared/reports/contract.ts` and deletes this file.
 */
export { ReminderLadder } from './contract.ts';
