/**
 * Sending dead letters back: a redrive invokes the failed function itself (asynchronously) with
 * the original event, then deletes the message; the handlers are idempotent, so a redriven event
 * that had partly succeeded has its remaining effects once. Apart from the listing, and its
 * Lambda client made on first use, so only the redrive function's bundle carries the client.
 */
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { FunctionName } from '../routing.ts';
import type { DeadLetterQueues } from './queues.ts';
import { deployedFunctionName } from './naming.ts';

let lambda: LambdaClient | undefined;

/** Sends up to `max` dead letters back to their function; resolves to how many. */
export async function redriveDeadLetters(queues: DeadLetterQueues, fn: FunctionName, max = 100): Promise<number> {
  lambda ??= new LambdaClient({});
  let redriven = 0;
  while (redriven < max) {
    const messages = await queues.take(fn, max - redriven);
    if (messages.length === 0) break;
    for (const message of messages) {
      await lambda.send(new InvokeCommand({ FunctionName: deployedFunctionName(queues.prefix, fn), InvocationType: 'Event', Payload: Buffer.from(message.Body ?? '{}') }));
      await queues.delete(fn, message);
      redriven++;
    }
  }
  return redriven;
}
