/**
 * @deprecated until the merge: only bench/dynamodb-cost.ts imports this file; the events are
 * built in commands.ts, and `participantOf` lives there.
 */
export { participantOf } from './commands.ts';
