/**
 * The functions' dead-letter queues (SQS): what failed after every retry, for the secretariat
 * to inspect (here) and send again (redrive.ts).
 */
import { GetQueueUrlCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { DeadLetterView } from './contract.ts';
import type { FunctionName } from '../routing.ts';
import { deadLetterQueueName } from '../platform/naming.ts';

export const sqs = new SQSClient({});
const queueUrls = new Map<string, string>();


/** A queue's URL: it never changes, so it is looked up once per container. */
export async function queueUrl(prefix: string, fn: FunctionName): Promise<string> {
  const name = deadLetterQueueName(prefix, fn);
  const known = queueUrls.get(name);
  if (known) return known;
  const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: name }));
  if (!QueueUrl) throw new Error(`No dead-letter queue for ${fn}`);
  queueUrls.set(name, QueueUrl);
  return QueueUrl;
}

/** Peeks at up to `max` messages (they stay in the queue). */
export async function peekDeadLetters(prefix: string, fn: FunctionName, max = 10): Promise<DeadLetterView[]> {
  const url = await queueUrl(prefix, fn);
  const { Messages = [] } = await sqs.send(
    new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: Math.min(10, max), VisibilityTimeout: 0, MessageAttributeNames: ['All'] }),
  );
  return Messages.map((m) => describe(fn, m.MessageId ?? '', m.Body ?? '', m.MessageAttributes?.ErrorMessage?.StringValue));
}

function describe(fn: FunctionName, messageId: string, raw: string, errorMessage: string | undefined): DeadLetterView {
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
