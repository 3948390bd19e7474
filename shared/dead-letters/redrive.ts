/**
 * Sending dead letters back: a redrive invokes the failed function itself (asynchronously) with
 * the original event, then deletes the message; the handlers are idempotent, so a redriven event
 * that had partly succeeded has its remaining effects once. Apart from the listing, so only the
 * redrive function loads the Lambda client.
 */
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { DeleteMessageCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import type { FunctionName } from '../routing.ts';
import { queueUrl, sqs } from './queues.ts';
import { deployedFunctionName } from '../platform/naming.ts';

const lambda = new LambdaClient({});

/** Sends up to `max` dead letters back to their function; resolves to how many. */
export async function redriveDeadLetters(prefix: string, fn: FunctionName, max = 100): Promise<number> {
  const url = await queueUrl(prefix, fn);
  let redriven = 0;
  while (redriven < max) {
    const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: Math.min(10, max - redriven), VisibilityTimeout: 60 }));
    if (Messages.length === 0) break;
    for (const message of Messages) {
      await lambda.send(new InvokeCommand({ FunctionName: deployedFunctionName(prefix, fn), InvocationType: 'Event', Payload: Buffer.from(message.Body ?? '{}') }));
      await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: message.ReceiptHandle }));
      redriven++;
    }
  }
  return redriven;
}

