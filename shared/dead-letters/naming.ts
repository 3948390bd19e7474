/**
 * Deployed names the dead-letter tooling derives from the routing table, so it needs only the
 * prefix (the stack name) instead of one environment variable per queue and function. The list
 * of asynchronous functions is generated from the table (npm run docs): importing the table
 * itself would put every schema into the dead-letter functions' bundles.
 */
import type { FunctionName } from '../routing.ts';
import asynchronousFunctions from './asynchronous-functions.json' with { type: 'json' };

export const deployedFunctionName = (prefix: string, name: FunctionName) => `${prefix}-${name}`;
export const deadLetterQueueName = (prefix: string, name: FunctionName) => `${prefix}-${name}-dlq`;

/** Functions EventBridge invokes asynchronously (events, schedules, upload objects): each has a dead-letter queue. */
export function functionsWithDeadLetters(): FunctionName[] {
  return asynchronousFunctions as FunctionName[];
}
