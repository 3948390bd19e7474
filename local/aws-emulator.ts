/**
 * A loopback server that answers the two AWS calls the handlers make besides DynamoDB:
 * EventBridge PutEvents (JSON 1.1 protocol) and SES v2 SendEmail (REST JSON). The SDK clients
 * reach it through the standard AWS_ENDPOINT_URL_EVENTBRIDGE / _SESV2 variables, so handler
 * code is identical locally and in AWS.
 */
import { createServer, type Server } from 'node:http';
import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type { LocalEventBus } from './event-bus.ts';
import { readBody, sendJson } from './http-util.ts';
import type { MailSink } from './mail-sink.ts';

export interface AwsEmulator {
  readonly endpoint: string;
  /** Test hook: how many upcoming SendEmail calls fail with a 500 (SES's InternalFailure). */
  failNextEmails: number;
  close(): Promise<void>;
}

export async function startAwsEmulator(bus: LocalEventBus, mail: MailSink): Promise<AwsEmulator> {
  const state = { failNextEmails: 0 };
  const server: Server = createServer(async (request, response) => {
    try {
      const body = await readBody(request);
      const target = request.headers['x-amz-target'];
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
        const request_ = JSON.parse(body.toString('utf8')) as { Content?: { Raw?: { Data?: string } } };
        const data = request_.Content?.Raw?.Data;
        if (!data) {
          response.writeHead(400, { 'content-type': 'application/json', 'x-amzn-errortype': 'BadRequestException' });
          response.end(JSON.stringify({ message: 'Only raw messages are supported locally' }));
          return;
        }
        const { messageId } = mail.store(Buffer.from(data, 'base64'));
        sendJson(response, 200, { MessageId: messageId });
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
