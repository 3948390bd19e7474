/**
 * Deployed names the dead-letter tooling derives from the routing table, so it needs only the
 * prefix (the stack name) instead of one environment variable per queue and function.
 */
import { awsEventSubscriptions, eventSubscriptions, schedules, uploadTriggers, type FunctionName } from '../routing.ts';

export const deployedFunctionName = (prefix: string, name: FunctionName) => `${prefix}-${name}`;
export const deadLetterQueueName = (prefix: string, name: FunctionName) => `${prefix}-${name}-dlq`;

/** Functions EventBridge invokes asynchronously (events, schedules, upload objects): each has a dead-letter queue. */
export function functionsWithDeadLetters(): FunctionName[] {
  return [...new Set<FunctionName>([...eventSubscriptions.map((s) => s.function), ...awsEventSubscriptions.map((s) => s.function), ...schedules.map((s) => s.function), ...uploadTriggers.map((t) => t.function)])];
}
