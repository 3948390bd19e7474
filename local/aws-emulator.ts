/**
 * A loopback server that answers the AWS calls the handlers make besides DynamoDB: EventBridge
 * PutEvents (JSON 1.1), SES v2 SendEmail (REST JSON), and for the dead-letter tooling SQS
 * GetQueueUrl/ReceiveMessage/DeleteMessage (JSON 1.0, over the local dead-letter store) and
 * Lambda Invoke (asynchronous, through the local event bus), and EventBridge's rule, connection
 * and API destination calls (the webhooks' provisioning, over event-bridge-rules.ts, which the
 * bus delivers through; the webhooks' dead-letter queue is answered like the functions').
 * SES's mailbox simulator is honoured:
 * a message to a bouncing address is stored and then reported back as SES reports it, an
 * `Email Bounced` (or `Email Complaint Received`) event on the bus. The Cognito user pool's Admin*
 * calls of the people capability are answered by the Cognito stand-in (cognito-stand-in.ts). The SDK clients reach it through
 * the standard AWS_ENDPOINT_URL_* variables, so handler code is identical locally and in AWS.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type { FunctionName } from '#shared/routing.ts';
import { deadLetterQueueName, deployedFunctionName, functionsWithDeadLetters } from '#shared/dead-letters/naming.ts';
import type { DeadLetterStore } from './dead-letters.ts';
import { LOCAL_RESOURCE_PREFIX, LOCAL_SETTINGS } from './environment.ts';
import { EventBridgeError } from './event-bridge-rules.ts';
import type { LocalEventBus } from './event-bus.ts';
import { readBody, sendJson } from './http-util.ts';
import type { MailSink } from './mail-sink.ts';
import { CognitoError, type LocalCognito } from './cognito-stand-in.ts';
import { composeAsSes, simulatedFeedback, type SendEmailBody } from './ses-composer.ts';

export interface AwsEmulator {
  readonly endpoint: string;
  /** Test hook: how many upcoming SendEmail calls fail with a 500 (SES's InternalFailure). */
  failNextEmails: number;
  /**
   * Addresses the stand-in bounces (permanently) besides SES's simulator addresses
   * (bounce@ and complaint@simulator.amazonses.com); starts from LOCAL_SES_BOUNCE (comma separated).
   */
  readonly bounceAddresses: Set<string>;
  close(): Promise<void>;
}

export async function startAwsEmulator(bus: LocalEventBus, mail: MailSink, deadLetters?: DeadLetterStore, cognito?: LocalCognito): Promise<AwsEmulator> {
  const state = { failNextEmails: 0 };
  const bounceAddresses = new Set((process.env.LOCAL_SES_BOUNCE ?? '').split(',').map((a) => a.trim().toLowerCase()).filter(Boolean));
  /** Dead-letter files received and not yet deleted, hidden until this time (SQS visibility). */
  const hiddenUntil = new Map<string, number>();
  // The deployed names, as the dead-letter tooling derives them; the emulator answers to the same.
  const withDeadLetters = functionsWithDeadLetters();
  const functionOfQueue = (queue: string): FunctionName | undefined =>
    withDeadLetters.find((fn) => queue.split('/').at(-1) === deadLetterQueueName(LOCAL_RESOURCE_PREFIX, fn));
  // Queues that are not a function's: the webhooks' rules dead-letter there (letters whose target is the queue's name).
  const otherQueues = new Set<string>([LOCAL_SETTINGS.webhookDeadLetterQueue]);
  const queueOf = (queue: string): { target: string; name: string } | undefined => {
    const fn = functionOfQueue(queue);
    if (fn) return { target: fn, name: deadLetterQueueName(LOCAL_RESOURCE_PREFIX, fn) };
    const name = queue.split('/').at(-1) ?? '';
    return otherQueues.has(name) ? { target: name, name } : undefined;
  };
  const server: Server = createServer(async (request, response) => {
    try {
      const body = await readBody(request);
      const target = request.headers['x-amz-target'];
      const sqsReply = (payload: unknown) => sendJson(response, 200, payload, 'application/x-amz-json-1.0');
      if (request.method === 'POST' && typeof target === 'string' && target.startsWith('AmazonSQS.') && deadLetters) {
        const input = JSON.parse(body.toString('utf8') || '{}') as { QueueName?: string; QueueUrl?: string; MaxNumberOfMessages?: number; VisibilityTimeout?: number; ReceiptHandle?: string };
        const queue = queueOf(input.QueueName ?? input.QueueUrl ?? '');
        if (!queue) {
          response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-query-error': 'AWS.SimpleQueueService.NonExistentQueue;Sender' });
          response.end(JSON.stringify({ __type: 'com.amazonaws.sqs#QueueDoesNotExist', message: 'The specified queue does not exist.' }));
          return;
        }
        if (target === 'AmazonSQS.GetQueueUrl') return sqsReply({ QueueUrl: `http://${request.headers.host}/000000000000/${queue.name}` });
        if (target === 'AmazonSQS.DeleteMessage') {
          deadLetters.remove(input.ReceiptHandle ?? '');
          hiddenUntil.delete(input.ReceiptHandle ?? '');
          return sqsReply({});
        }
        if (target === 'AmazonSQS.ReceiveMessage') {
          const now = Date.now();
          const visible = deadLetters.files().filter(({ file, letter }) => letter.target === queue.target && (hiddenUntil.get(file) ?? 0) <= now);
          const messages = visible.slice(0, input.MaxNumberOfMessages ?? 1).map(({ file, letter }) => {
            if (input.VisibilityTimeout) hiddenUntil.set(file, now + input.VisibilityTimeout * 1000);
            const messageBody = JSON.stringify(letter.payload);
            return {
              MessageId: letter.id,
              ReceiptHandle: file,
              Body: messageBody,
              MD5OfBody: createHash('md5').update(messageBody).digest('hex'),
              MessageAttributes: letter.attributes
                ? Object.fromEntries(Object.entries(letter.attributes).map(([name, value]) => [name, { DataType: 'String', StringValue: value }]))
                : { ErrorMessage: { DataType: 'String', StringValue: letter.error } },
            };
          });
          return sqsReply(messages.length ? { Messages: messages } : {});
        }
      }
      if (request.method === 'POST' && typeof target === 'string' && target.startsWith('AWSCognitoIdentityProviderService.') && cognito) {
        try {
          const answer = cognito.handle(target.slice('AWSCognitoIdentityProviderService.'.length), JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>);
          return sendJson(response, 200, answer, 'application/x-amz-json-1.1');
        } catch (error) {
          if (!(error instanceof CognitoError)) throw error;
          response.writeHead(400, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': error.type });
          response.end(JSON.stringify({ __type: error.type, message: error.message }));
          return;
        }
      }
      const invocation = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(request.url ?? '');
      if (request.method === 'POST' && invocation) {
        const name = decodeURIComponent(invocation[1]!);
        const fn = withDeadLetters.find((f) => deployedFunctionName(LOCAL_RESOURCE_PREFIX, f) === name);
        if (!fn) {
          response.writeHead(404, { 'content-type': 'application/json', 'x-amzn-errortype': 'ResourceNotFoundException' });
          response.end(JSON.stringify({ message: `Function not found: ${name}` }));
          return;
        }
        const event = JSON.parse(body.toString('utf8') || '{}') as { id?: string; 'detail-type'?: string };
        bus.deliver(fn, { ...event, id: event.id ?? crypto.randomUUID() }, `redrive → ${fn}`);
        response.writeHead(202, { 'content-type': 'application/json' });
        response.end();
        return;
      }
      if (request.method === 'POST' && typeof target === 'string' && target.startsWith('AWSEvents.') && target !== 'AWSEvents.PutEvents') {
        try {
          const answer = bus.rules.handle(target.slice('AWSEvents.'.length), JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>);
          return sendJson(response, 200, answer, 'application/x-amz-json-1.1');
        } catch (error) {
          if (!(error instanceof EventBridgeError)) throw error;
          response.writeHead(400, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': error.type });
          response.end(JSON.stringify({ __type: error.type, message: error.message }));
          return;
        }
      }
      if (request.method === 'POST' && target === 'AWSEvents.PutEvents') {
        const { Entries = [] } = JSON.parse(body.toString('utf8')) as { Entries?: PutEventsRequestEntry[] };
        const entries = bus.putEvents(Entries);
        const failed = entries.filter((e) => e.ErrorCode).length;
        sendJson(response, 200, { FailedEntryCount: failed, Entries: entries }, 'application/x-amz-json-1.1');
        return;
      }
      if (request.method === 'POST' && request.url === '/v2/email/outbound-emails') {
        if (state.failNextEmails > 0) {
          state.failNextEmails--;
          response.writeHead(500, { 'content-type': 'application/json', 'x-amzn-errortype': 'InternalFailure' });
          response.end(JSON.stringify({ message: 'Injected failure (local test hook)' }));
          return;
        }
        const request = JSON.parse(body.toString('utf8')) as SendEmailBody;
        const message = await composeAsSes(request);
        if (!message) {
          response.writeHead(400, { 'content-type': 'application/json', 'x-amzn-errortype': 'BadRequestException' });
          response.end(JSON.stringify({ message: 'A message needs a sender, a recipient and simple or raw content' }));
          return;
        }
        const { messageId } = mail.store(message);
        sendJson(response, 200, { MessageId: messageId });
        // As SES does, a moment after accepting the message: its bounce or complaint, to the bus.
        const feedback = simulatedFeedback(request, messageId, bounceAddresses);
        if (feedback) setTimeout(() => bus.putEvents([feedback]), 50).unref();
        return;
      }
      response.writeHead(400, { 'content-type': 'application/json', 'x-amzn-errortype': 'UnknownOperationException' });
      response.end(JSON.stringify({ message: `Not emulated locally: ${request.method} ${request.url} ${target ?? ''}` }));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json', 'x-amzn-errortype': 'InternalFailure' });
      response.end(JSON.stringify({ message: (error as Error).message }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    get failNextEmails() {
      return state.failNextEmails;
    },
    set failNextEmails(n: number) {
      state.failNextEmails = n;
    },
    bounceAddresses,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
