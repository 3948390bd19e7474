/**
 * The local S3: a real S3-compatible HTTP server on loopback (s3rver, path-style), so the
 * presigned PUT, the PutObject of the synchronous route and the processing function's
 * GetObject go over the same S3 REST API as in AWS. Its object-created notifications are turned
 * into the event S3 sends EventBridge ("Object Created", source aws.s3) and delivered to the
 * functions of the routing table's upload triggers, with the bus's retries and dead letters.
 *
 * Why s3rver (3.7.1): it is on npm (no binary download, no Docker, no JVM), speaks the S3 REST
 * API path-style, accepts SigV4 presigned URLs and header-signed requests from the v3 SDK and
 * emits S3 event records for every created object. Its gap: it checks a SigV4 request's access
 * key, date and expiry but not the signature itself ("V4 signatures have incomplete support").
 * This front closes it: every SigV4 request (presigned or signed in the header) is verified
 * here, with the local secret, before s3rver sees it, so a forged or altered URL is refused as
 * S3 refuses it (403 SignatureDoesNotMatch). The alternatives: MinIO is a Go binary (not on
 * npm; its npm package is a client), LocalStack needs Docker and Python, s3proxy (npm) forwards
 * to a real S3, and a folder written by hand would not be S3 at all.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { EventBridgeEvent, S3ObjectCreatedNotificationEventDetail } from 'aws-lambda';
import S3rver from 's3rver';
import { uploadTriggers } from '#shared/routing.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './environment.ts';
import type { LocalEventBus } from './event-bus.ts';

export type ObjectCreatedEvent = EventBridgeEvent<'Object Created', S3ObjectCreatedNotificationEventDetail>;

export interface LocalS3 {
  readonly endpoint: string;
  /** Object-created events sent on to the bus so far. */
  readonly objectsCreated: number;
  close(): Promise<void>;
}

interface S3Record {
  readonly eventName: string;
  readonly eventTime: string;
  readonly s3: { bucket: { name: string }; object: { key: string; size?: number; eTag?: string; sequencer: string } };
}

/** Starts the server on loopback with the given buckets (created if missing), objects kept in `directory`. */
export async function startLocalS3(options: { directory: string; buckets: readonly string[]; bus: LocalEventBus; log?: (line: string) => void }): Promise<LocalS3> {
  mkdirSync(options.directory, { recursive: true });
  // s3rver knows one hard-coded key pair; the functions sign with the local credentials.
  const require = createRequire(import.meta.url);
  (require('s3rver/lib/models/account.js') as { DUMMY_ACCOUNT: { createKeyPair(id: string, secret: string): void } }).DUMMY_ACCOUNT.createKeyPair(
    LOCAL_CREDENTIALS.accessKeyId,
    LOCAL_CREDENTIALS.secretAccessKey,
  );
  const s3rver = new S3rver({
    silent: true,
    directory: options.directory,
    vhostBuckets: false,
    configureBuckets: options.buckets.map((name) => ({ name, configs: [] })),
  });
  await s3rver.configureBuckets();
  let objectsCreated = 0;
  (s3rver as unknown as NodeJS.EventEmitter).on('event', (notification: { Records: S3Record[] }) => {
    for (const record of notification.Records) {
      if (!record.eventName.startsWith('ObjectCreated:')) continue;
      const event = asEventBridgeEvent(record);
      objectsCreated++;
      for (const trigger of uploadTriggers) {
        if (event.detail.object.key.startsWith(trigger.prefix)) options.bus.deliver(trigger.function, event, `Object Created ${event.detail.object.key} → ${trigger.function}`);
      }
    }
  });
  const s3 = s3rver.callback();
  const server: Server = createServer((request, response) => {
    const refusal = signatureRefusal(request);
    if (refusal) {
      response.writeHead(403, { 'content-type': 'application/xml' });
      response.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${refusal.code}</Code><Message>${refusal.message}</Message></Error>`);
      options.log?.(`S3 refused ${request.method} ${request.url?.split('?')[0]}: ${refusal.code}`);
      return;
    }
    s3(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    get objectsCreated() {
      return objectsCreated;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The event S3 puts on the default bus when EventBridge notifications are on for the bucket. */
export function asEventBridgeEvent(record: S3Record): ObjectCreatedEvent {
  const reason = record.eventName === 'ObjectCreated:Copy' ? 'CopyObject' : record.eventName === 'ObjectCreated:Post' ? 'POST Object' : 'PutObject';
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Object Created',
    source: 'aws.s3',
    account: '000000000000',
    time: record.eventTime.replace(/\.\d{3}Z$/, 'Z'),
    region: LOCAL_REGION,
    resources: [`arn:aws:s3:::${record.s3.bucket.name}`],
    detail: {
      version: '0',
      bucket: { name: record.s3.bucket.name },
      object: { key: record.s3.object.key, size: record.s3.object.size ?? 0, etag: record.s3.object.eTag ?? '', 'version-id': '', sequencer: record.s3.object.sequencer },
      'request-id': randomUUID(),
      requester: '000000000000',
      'source-ip-address': '127.0.0.1',
      reason,
    },
  };
}

const rfc3986 = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/**
 * Why a SigV4 request must be refused (its signature is not the one the local secret gives), or
 * undefined. Requests without SigV4 go to s3rver as they are (it refuses what needs a signature).
 */
export function signatureRefusal(request: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): { code: string; message: string } | undefined {
  const url = new URL(request.url ?? '/', 'http://local');
  const query = url.searchParams;
  const authorization = request.headers.authorization;
  let credential: string, signedHeaders: string, signature: string, amzDate: string, payloadHash: string;
  if (query.get('X-Amz-Algorithm') === 'AWS4-HMAC-SHA256') {
    credential = query.get('X-Amz-Credential') ?? '';
    signedHeaders = query.get('X-Amz-SignedHeaders') ?? '';
    signature = query.get('X-Amz-Signature') ?? '';
    amzDate = query.get('X-Amz-Date') ?? '';
    payloadHash = query.get('X-Amz-Content-Sha256') ?? 'UNSIGNED-PAYLOAD';
  } else if (authorization?.startsWith('AWS4-HMAC-SHA256 ')) {
    const parts = Object.fromEntries(authorization.slice(17).split(',').map((p) => p.trim().split('=') as [string, string]));
    credential = parts.Credential ?? '';
    signedHeaders = parts.SignedHeaders ?? '';
    signature = parts.Signature ?? '';
    amzDate = String(request.headers['x-amz-date'] ?? '');
    payloadHash = String(request.headers['x-amz-content-sha256'] ?? '');
  } else {
    return undefined;
  }
  const [accessKeyId, date, region, service, terminator] = credential.split('/');
  if (accessKeyId !== LOCAL_CREDENTIALS.accessKeyId) return { code: 'InvalidAccessKeyId', message: 'The AWS Access Key Id you provided does not exist in our records.' };
  if (!date || !region || service !== 's3' || terminator !== 'aws4_request') return { code: 'AuthorizationQueryParametersError', message: 'Malformed credential scope.' };

  const canonicalQuery = [...query.entries()]
    .filter(([name]) => name !== 'X-Amz-Signature')
    .map(([name, value]) => [rfc3986(name), rfc3986(value)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const headerNames = signedHeaders.split(';');
  const canonicalHeaders = headerNames
    .map((name) => {
      const value = request.headers[name];
      return `${name}:${(Array.isArray(value) ? value.join(',') : (value ?? '')).trim().replace(/\s+/g, ' ')}\n`;
    })
    .join('');
  const canonicalRequest = [request.method, url.pathname, canonicalQuery, canonicalHeaders, signedHeaders, payloadHash].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, createHash('sha256').update(canonicalRequest).digest('hex')].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${LOCAL_CREDENTIALS.secretAccessKey}`, date), region), service), 'aws4_request');
  if (hmac(signingKey, stringToSign).toString('hex') !== signature) {
    return { code: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match the signature you provided.' };
  }
  return undefined;
}
