/**
 * The dead-letters capability's public runtime entry: the queues (listing) and the redrive.
 * redrive.ts makes its Lambda client on first use, so a bundle that never redrives drops it.
 */
export { DeadLetterQueues, deadLetterQueues } from './queues.ts';
export { redriveDeadLetters } from './redrive.ts';
export { deadLetterQueueName, deployedFunctionName, functionsWithDeadLetters } from './naming.ts';
