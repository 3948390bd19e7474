/**
 * The functions' dead-letter queues (SQS): what failed after every retry, for the secretariat
 * to inspect and send again. A redrive invokes the failed function itself (asynchronously) with
 * the original event, then deletes the message; the handlers are idempotent, so a redriven event
 * that had partly succeeded has its remaining effects once.
 */
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { DeleteMessageCommand, GetQueueUrlCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { FunctionName } from '../../routing.ts';
import { deadLetterQueueName, deployedFunctionName } from './names.ts';

const sqs = new SQSClient({});
const lambda = new LambdaClient({});

export interface DeadLetter {
  readonly function: FunctionName;
  readonly messageId: string;
  readonly eventType: string;
  readonly eventId: string | undefined;
  readonly time: string | undefined;
  readonly errorMessage: string | undefined;
  readonly body: unknown;
}

async function queueUrl(prefix: string, fn: FunctionName): Promise<string> {
  const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: deadLetterQueueName(prefix, fn) }));
  if (!QueueUrl) throw new Error(`No dead-letter queue for ${fn}`);
  return QueueUrl;
}

/** Peeks at up to `max` messages (they stay in the queue). */
export async function peekDeadLetters(prefix: string, fn: FunctionName, max = 10): Promise<DeadLetter[]> {
  const url = await queueUrl(prefix, fn);
  const { Messages = [] } = await sqs.send(
    new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: Math.min(10, max), VisibilityTimeout: 0, MessageAttributeNames: ['All'] }),
  );
  return Messages.map((m) => describe(fn, m.MessageId ?? '', m.Body ?? '', m.MessageAttributes?.ErrorMessage?.StringValue));
}

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

function describe(fn: FunctionName, messageId: string, raw: string, errorMessage: string | undefined): DeadLetter {
  let body: unknown = raw;
  try {
    body = JSON.parse(raw);
  } catch {
    // Not JSON: shown as it is.
  }
  const event = (typeof body === 'object' && body !== null ? body : {}) as { 'detail-type'?: string; id?: string; time?: string; detail?: { metadata?: { eventId?: string } } };
  return {
    function: fn,
    messageId,
    eventType: event['detail-type'] ?? 'unknown',
    eventId: event.detail?.metadata?.eventId ?? event.id,
    time: event.time,
    errorMessage,
    body,
  };
}
