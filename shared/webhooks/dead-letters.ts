/**
 * The webhooks' dead-letter queue, read by the schedule that marks deliveries failed: each
 * message is the event a registration's rule could not deliver after its last retry, with
 * EventBridge's attributes (ERROR_CODE, ERROR_MESSAGE, RETRY_ATTEMPTS, RULE_ARN, TARGET_ARN).
 */
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { config } from '../platform/config.ts';
import { responseStatusIn } from './model.ts';

const client = new SQSClient({});

export interface FailedDelivery {
  readonly receiptHandle: string;
  /** Undefined when the message is not a delivery request (it is deleted all the same, after logging). */
  readonly registrationId: string | undefined;
  readonly deliveryId: string | undefined;
  readonly attempts: number;
  readonly responseStatus: number | null;
  readonly error: string;
}

/** Up to 10 dead letters, hidden for a minute while they are recorded. */
export async function receiveFailedDeliveries(): Promise<FailedDelivery[]> {
  const { Messages = [] } = await client.send(
    new ReceiveMessageCommand({ QueueUrl: config.webhookDeadLetterQueueUrl(), MaxNumberOfMessages: 10, VisibilityTimeout: 60, MessageAttributeNames: ['All'] }),
  );
  return Messages.map((message) => {
    const attribute = (name: string) => message.MessageAttributes?.[name]?.StringValue ?? '';
    const detail = parsed(message.Body);
    const error = [attribute('ERROR_CODE'), attribute('ERROR_MESSAGE')].filter(Boolean).join(': ') || 'dead-lettered';
    const retries = Number(attribute('RETRY_ATTEMPTS'));
    return {
      receiptHandle: message.ReceiptHandle ?? '',
      registrationId: detail?.registrationId,
      deliveryId: detail?.deliveryId,
      attempts: Number.isInteger(retries) && retries >= 0 ? retries + 1 : 1,
      responseStatus: responseStatusIn(attribute('ERROR_MESSAGE')),
      error,
    };
  });
}

export async function deleteFailedDelivery(receiptHandle: string): Promise<void> {
  await client.send(new DeleteMessageCommand({ QueueUrl: config.webhookDeadLetterQueueUrl(), ReceiptHandle: receiptHandle }));
}

function parsed(body: string | undefined): { registrationId?: string; deliveryId?: string } | undefined {
  try {
    const event = JSON.parse(body ?? '') as { detail?: { data?: { registrationId?: unknown; deliveryId?: unknown } } };
    const data = event.detail?.data;
    return typeof data?.registrationId === 'string' && typeof data.deliveryId === 'string' ? { registrationId: data.registrationId, deliveryId: data.deliveryId } : undefined;
  } catch {
    return undefined;
  }
}
