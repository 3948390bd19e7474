/**
 * The functions' dead-letter queues (SQS): what failed after every retry, for the secretariat
 * to inspect (here) and send again (redrive.ts). Bound once to the deployment's prefix (the
 * stack name), from which every queue's name follows.
 */
import { DeleteMessageCommand, GetQueueUrlCommand, ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import type { DeadLetterView } from './contract.ts';
import type { FunctionName } from '../routing.ts';
import { config } from '../platform/config.ts';
import { deadLetterQueueName } from './naming.ts';

export class DeadLetterQueues {
  /** The deployment's resource prefix: queue and function names derive from it. */
  readonly prefix: string;
  readonly #sqs: SQSClient;
  readonly #urls = new Map<string, string>();

  constructor(prefix: string, sqs: SQSClient = new SQSClient({})) {
    this.prefix = prefix;
    this.#sqs = sqs;
  }

  /** A queue's URL: it never changes, so it is looked up once per container. */
  async url(fn: FunctionName): Promise<string> {
    const name = deadLetterQueueName(this.prefix, fn);
    const known = this.#urls.get(name);
    if (known) return known;
    const { QueueUrl } = await this.#sqs.send(new GetQueueUrlCommand({ QueueName: name }));
    if (!QueueUrl) throw new Error(`No dead-letter queue for ${fn}`);
    this.#urls.set(name, QueueUrl);
    return QueueUrl;
  }

  /** Peeks at up to `max` messages (they stay in the queue). */
  async peek(fn: FunctionName, max = 10): Promise<DeadLetterView[]> {
    const url = await this.url(fn);
    const { Messages = [] } = await this.#sqs.send(
      new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: Math.min(10, max), VisibilityTimeout: 0, MessageAttributeNames: ['All'] }),
    );
    return Messages.map((m) => describe(fn, m.MessageId ?? '', m.Body ?? '', m.MessageAttributes?.ErrorMessage?.StringValue));
  }

  /** Takes up to `max` (at most 10) messages out of sight for a minute, to be sent back and then deleted. */
  async take(fn: FunctionName, max: number): Promise<Message[]> {
    const { Messages = [] } = await this.#sqs.send(new ReceiveMessageCommand({ QueueUrl: await this.url(fn), MaxNumberOfMessages: Math.min(10, max), VisibilityTimeout: 60 }));
    return Messages;
  }

  async delete(fn: FunctionName, message: Message): Promise<void> {
    await this.#sqs.send(new DeleteMessageCommand({ QueueUrl: await this.url(fn), ReceiptHandle: message.ReceiptHandle }));
  }
}

let bound: DeadLetterQueues | undefined;

/** This deployment's queues (RESOURCE_PREFIX), bound on first use. */
export const deadLetterQueues = (): DeadLetterQueues => (bound ??= new DeadLetterQueues(config.resourcePrefix()));

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
