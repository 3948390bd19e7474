/**
 * The whole system on one machine: DynamoDB Local with the programme table and seed data, the
 * HTTP gateway, the stream reader → outbox publisher → event bus → event handlers pipeline,
 * the clock, the mail sink, the dead-letter store and an S3-compatible server for large uploads
 * (its object-created events go to the upload triggers as EventBridge would deliver them).
 * Used by `npm start` and the e2e tests.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startAwsEmulator, type AwsEmulator } from './aws-emulator.ts';
import { cognitoUsersFile, LocalCognito } from './cognito-stand-in.ts';
import { LocalClock } from './clock.ts';
import { ensureTable } from './create-table.ts';
import { DeadLetterStore } from './dead-letters.ts';
import { loadDevIssuer, type DevIssuer } from './dev-issuer.ts';
import { startDynamoDbLocal, type RunningDynamoDb } from './dynamodb-local.ts';
import { applyLocalEnvironment, LOCAL_CREDENTIALS, LOCAL_REGION, LOCAL_SETTINGS } from './environment.ts';
import { LocalEventBus } from './event-bus.ts';
import { createGateway } from './gateway.ts';
import { LambdaRuntime } from './lambda-runtime.ts';
import { MailSink } from './mail-sink.ts';
import { DEFAULT_RETRY, type RetryPolicy } from './retry.ts';
import { ENV } from '#shared/platform/config.ts';
import { RateLimits } from '#shared/platform/http/rate-limits.ts';
import { startLocalS3, type LocalS3 } from './s3-server.ts';
import { StreamReader } from './stream-reader.ts';

export interface LocalStackOptions {
  /** Gateway port (the people API); 0 picks a free one. Default 3000. */
  readonly port?: number;
  /** The machine API's listener port (Maskinporten-shaped tokens); 0 picks a free one. Default 3001, or a free one when `port` is 0. */
  readonly machinePort?: number;
  readonly host?: string;
  /** Folder for mail, dead letters, the dev issuer key and (when persisting) the database. Default `.local`. */
  readonly stateDir?: string;
  /** Keep DynamoDB data in `<stateDir>/dynamodb` between runs. Default: in memory. */
  readonly persist?: boolean;
  /** Use an already running DynamoDB Local instead of starting one (tests share one per run). */
  readonly dynamoDbEndpoint?: string;
  /** Port for the DynamoDB Local this stack starts; default a free one. */
  readonly dynamoDbPort?: number;
  readonly tableName?: string;
  readonly retry?: RetryPolicy;
  /** Run the schedules on their cron times. Default true. */
  readonly clock?: boolean;
  /** How often the stream reader polls an idle stream (ms). Default 100. */
  readonly streamPollMs?: number;
  readonly log?: (line: string) => void;
  /** Per-caller rate limits replacing shared/platform/http/rate-limits.json (as the CDK context `rateLimits` does in AWS). Set before the first request. */
  readonly rateLimits?: RateLimits;
  /** Optional mails one address gets at once per day (OPTIONAL_MAIL_CAP), replacing the shipped 5: tests that send years of reminders in a minute raise it. */
  readonly optionalMailCap?: number;
  /** Called once if the DynamoDB Local this stack started exits while the stack runs (not on stop). */
  readonly onDatabaseLost?: (description: string) => void;
}

export interface LocalStack {
  /** The people API (Cognito-shaped development tokens), with the developer routes under /_local. */
  readonly url: string;
  /** The machine API (Maskinporten-shaped development tokens): every route that is not public. */
  readonly machineUrl: string;
  readonly dynamoDbEndpoint: string;
  readonly tableName: string;
  readonly stateDir: string;
  readonly seededMunicipalities: number;
  readonly issuer: DevIssuer;
  readonly mail: MailSink;
  readonly deadLetters: DeadLetterStore;
  readonly bus: LocalEventBus;
  readonly clock: LocalClock;
  readonly streamReader: StreamReader;
  readonly aws: AwsEmulator;
  /** The Cognito stand-in's users (`<stateDir>/cognito/users.json`). */
  readonly cognito: LocalCognito;
  /** The local S3 (upload bucket), on loopback. */
  readonly s3: LocalS3;
  /** Fault injection: stop and restart the DynamoDB Local this stack started (same port and data folder). */
  readonly database: { stop(): Promise<void>; start(): Promise<void>; readonly pid: number | undefined };
  /** Resolves when everything written so far has gone through the pipeline. */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const log = options.log ?? (() => {});
  const stateDir = resolve(options.stateDir ?? '.local');
  mkdirSync(stateDir, { recursive: true });
  const tableName = options.tableName ?? LOCAL_SETTINGS.tableName;
  const retry = options.retry ?? DEFAULT_RETRY;

  let dynamoDb: RunningDynamoDb | undefined;
  let restartDatabase: (() => Promise<void>) | undefined;
  const stops: (() => Promise<void> | void)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    let dynamoDbEndpoint = options.dynamoDbEndpoint;
    if (!dynamoDbEndpoint) {
      log('starting DynamoDB Local…');
      const databaseOptions = {
        ...(options.dynamoDbPort ? { port: options.dynamoDbPort } : {}),
        ...(options.persist ? { dataDir: join(stateDir, 'dynamodb') } : {}),
        ...(options.onDatabaseLost ? { onUnexpectedExit: options.onDatabaseLost } : {}),
      };
      dynamoDb = await startDynamoDbLocal(databaseOptions);
      restartDatabase = async () => {
        dynamoDb = await startDynamoDbLocal({ ...databaseOptions, port: dynamoDb!.port });
      };
      stops.push(() => dynamoDb?.stop());
      dynamoDbEndpoint = dynamoDb.endpoint;
    }

    const runtime = new LambdaRuntime();
    const mail = new MailSink(join(stateDir, 'mail'));
    const deadLetters = new DeadLetterStore(join(stateDir, 'dead-letters'));
    const bus = new LocalEventBus(runtime, deadLetters, retry, log);
    const cognito = new LocalCognito(cognitoUsersFile(stateDir));
    const aws = await startAwsEmulator(bus, mail, deadLetters, cognito);
    stops.push(() => aws.close());
    // Objects kept with the rest of the state; a persisted run keeps them too (they expire in AWS after 7 days).
    const s3 = await startLocalS3({ directory: join(stateDir, 's3'), buckets: [LOCAL_SETTINGS.uploadBucket], bus, log });
    stops.push(() => s3.close());

    applyLocalEnvironment({ dynamoDb: dynamoDbEndpoint, awsEmulator: aws.endpoint, s3: s3.endpoint });
    process.env.TABLE_NAME = tableName;
    if (options.rateLimits) process.env[ENV.rateLimits] = JSON.stringify(RateLimits.parse(options.rateLimits));
    if (options.optionalMailCap) process.env[ENV.optionalMailCap] = String(options.optionalMailCap);

    const client = new DynamoDBClient({ endpoint: dynamoDbEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const { streamArn, created } = await ensureTable(client, tableName);
    client.destroy();
    let seededMunicipalities = 0;
    if (created) {
      // Imported only now: the repository's client must see the local environment.
      const { seedMunicipalities } = await import('./seed/seed.ts');
      seededMunicipalities = await seedMunicipalities(tableName, log);
    }

    const streamReader = new StreamReader({
      endpoint: dynamoDbEndpoint,
      streamArn,
      runtime,
      deadLetters,
      retry,
      log,
      ...(options.persist ? { checkpointFile: join(stateDir, 'stream-checkpoints.json') } : {}),
      ...(options.streamPollMs ? { pollIntervalMs: options.streamPollMs } : {}),
    });
    streamReader.start();
    stops.push(() => streamReader.stop());

    const clock = new LocalClock(bus, log);
    if (options.clock !== false) clock.start();
    stops.push(() => clock.stop());

    const issuer = await loadDevIssuer(stateDir);
    const host = options.host ?? '127.0.0.1';
    const listen = async (audience: 'people' | 'machine', wanted: number) => {
      const gateway = createGateway({ audience, runtime, issuer, mail, deadLetters, clock, log: audience === 'machine' ? (line) => log(`[machine] ${line}`) : log });
      await new Promise<void>((resolveListen, reject) => {
        gateway.once('error', reject);
        gateway.listen(wanted, host, resolveListen);
      });
      stops.push(() => new Promise<void>((r) => gateway.close(() => r())));
      gateway.closeIdleConnections?.();
      return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${(gateway.address() as AddressInfo).port}`;
    };
    const url = await listen('people', options.port ?? 3000);
    const machineUrl = await listen('machine', options.machinePort ?? (options.port === 0 ? 0 : 3001));
    // Optional mail's one-click unsubscribe links point at the people gateway (the port is known only now).
    process.env[ENV.publicApiUrl] = url;

    return {
      url,
      machineUrl,
      dynamoDbEndpoint,
      tableName,
      stateDir,
      seededMunicipalities,
      issuer,
      mail,
      deadLetters,
      bus,
      clock,
      streamReader,
      aws,
      cognito,
      s3,
      database: {
        get pid() {
          return dynamoDb?.pid;
        },
        stop: async () => {
          if (!dynamoDb) throw new Error('This stack uses a DynamoDB Local it did not start');
          await dynamoDb.stop();
        },
        start: async () => {
          if (!restartDatabase) throw new Error('This stack uses a DynamoDB Local it did not start');
          await restartDatabase();
        },
      },
      async settled() {
        // Handlers write new outbox items, which the stream brings back: settle until a round changes nothing.
        for (;;) {
          const before = `${streamReader.processed}/${bus.finished}`;
          await streamReader.caughtUp();
          await bus.idle();
          await streamReader.caughtUp();
          if (`${streamReader.processed}/${bus.finished}` === before) return;
        }
      },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
