/**
 * The local stand-in for the table's stream event source mapping: polls DynamoDB Local's
 * stream, hands each batch to the outbox publisher function (the same handler deployed in
 * AWS) and honours its partial batch failures: a failed record is retried from its sequence
 * number, and after the last attempt the rest of the batch goes to the dead-letter store.
 * With a persisted data folder, checkpoints survive restarts, so nothing is published twice
 * or skipped when `npm start` stops and starts again.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { streamConsumer } from '#shared/routing.ts';
import { isOutboxInsert } from '#shared/platform/outbox/outbox-stream.ts';
import type { DeadLetterStore } from './dead-letters.ts';
import type { PipelineLog } from './event-bus.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './environment.ts';
import type { LambdaRuntime } from './lambda-runtime.ts';
import { describeError, type RetryPolicy } from './retry.ts';

interface ShardState {
  iterator: string | undefined;
  /** Last sequence number handled (published or dead-lettered). */
  checkpoint: string | undefined;
  failures: number;
  closed: boolean;
}

export class StreamReader {
  readonly #client: DynamoDBStreamsClient;
  readonly #shards = new Map<string, ShardState>();
  readonly #streamArn: string;
  readonly #runtime: LambdaRuntime;
  readonly #deadLetters: DeadLetterStore;
  readonly #retry: RetryPolicy;
  readonly #log: PipelineLog;
  readonly #checkpointFile: string | undefined;
  #running = false;
  #loop: Promise<void> | undefined;
  /** Passes over the shards started so far, and the last one that found nothing new. */
  #passes = 0;
  #lastQuietPass = -1;
  #lastDescribe = 0;
  /** Whether the last pass failed: an outage is logged once when it starts and once when it ends. */
  #failing = false;
  #wake: (() => void) | undefined;
  /** Records handed to the publisher so far. */
  processed = 0;

  constructor(options: {
    endpoint: string;
    streamArn: string;
    runtime: LambdaRuntime;
    deadLetters: DeadLetterStore;
    retry: RetryPolicy;
    log: PipelineLog;
    checkpointFile?: string;
    pollIntervalMs?: number;
  }) {
    this.#client = new DynamoDBStreamsClient({ endpoint: options.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    this.#streamArn = options.streamArn;
    this.#runtime = options.runtime;
    this.#deadLetters = options.deadLetters;
    this.#retry = options.retry;
    this.#log = options.log;
    this.#checkpointFile = options.checkpointFile;
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
  }

  pollIntervalMs: number;

  start(): void {
    if (this.#running) return;
    this.#running = true;
    const saved = this.#loadCheckpoints();
    for (const [shardId, checkpoint] of Object.entries(saved)) {
      this.#shards.set(shardId, { iterator: undefined, checkpoint, failures: 0, closed: false });
    }
    this.#loop = this.#run();
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.#wake?.();
    await this.#loop;
    this.#client.destroy();
  }

  /**
   * Resolves once every record written before the call has been handed to the publisher. Gives up
   * after `timeoutMs` without progress: a handler still writing (a bulk upload's rows) keeps the
   * stream busy for longer, and that is progress, not a stall.
   */
  async caughtUp(timeoutMs = 10_000): Promise<void> {
    // A pass that began before this call may have missed the latest writes: wait for a later one.
    const firstPass = this.#passes + 1;
    let deadline = Date.now() + timeoutMs;
    let seen = this.processed;
    while (this.#lastQuietPass < firstPass) {
      if (this.processed !== seen) {
        seen = this.processed;
        deadline = Date.now() + timeoutMs;
      }
      if (Date.now() > deadline) throw new Error(`The stream reader made no progress for ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, Math.min(20, this.pollIntervalMs)));
    }
  }

  async #run(): Promise<void> {
    while (this.#running) {
      try {
        const pass = ++this.#passes;
        const now = Date.now();
        if (now - this.#lastDescribe > 1_000 || this.#shards.size === 0) {
          await this.#discoverShards();
          this.#lastDescribe = now;
        }
        let sawRecords = false;
        for (const [shardId, shard] of this.#shards) {
          if (shard.closed) continue;
          sawRecords = (await this.#pollShard(shardId, shard)) || sawRecords;
        }
        if (this.#failing) this.#log('stream reader: reading again');
        this.#failing = false;
        if (!sawRecords) {
          this.#lastQuietPass = pass;
          await this.#pause(this.pollIntervalMs);
        }
      } catch (error) {
        // DynamoDB Local unreachable (stopped, restarting): keep trying; the stream keeps the records.
        // Iterators do not survive a restart: resume each shard after its checkpoint.
        if (!this.#running) break;
        if (!this.#failing) this.#log(`stream reader: ${describeError(error)}; retrying every second`);
        this.#failing = true;
        for (const shard of this.#shards.values()) shard.iterator = undefined;
        await this.#pause(1_000);
      }
    }
  }

  /** A sleep that stop() cuts short, so stopping never waits out a retry pause. */
  #pause(ms: number): Promise<void> {
    return new Promise((resolvePause) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolvePause();
      }
      this.#wake = done;
    });
  }

  async #discoverShards(): Promise<void> {
    let exclusiveStartShardId: string | undefined;
    do {
      const { StreamDescription } = await this.#client.send(
        new DescribeStreamCommand({ StreamArn: this.#streamArn, ExclusiveStartShardId: exclusiveStartShardId }),
      );
      for (const shard of StreamDescription?.Shards ?? []) {
        if (shard.ShardId && !this.#shards.has(shard.ShardId)) {
          this.#shards.set(shard.ShardId, { iterator: undefined, checkpoint: undefined, failures: 0, closed: false });
        }
      }
      exclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStartShardId);
  }

  /** Reads one page of a shard and publishes it; true when records were seen. */
  async #pollShard(shardId: string, shard: ShardState): Promise<boolean> {
    shard.iterator ??= await this.#iterator(shardId, shard.checkpoint ? 'AFTER_SEQUENCE_NUMBER' : 'TRIM_HORIZON', shard.checkpoint);
    // The most GetRecords returns: a bulk upload writes tens of thousands of rows the consumer never sees.
    const page = await this.#client.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: 1000 }));
    const all = page.Records ?? [];
    if (all.length === 0) {
      shard.iterator = page.NextShardIterator;
      if (!shard.iterator) shard.closed = true;
      return false;
    }
    const lastInPage = all.at(-1)!.dynamodb!.SequenceNumber!;
    // As Lambda's event filtering does (infra: outboxInsertFilter): other records never reach the
    // consumer and count as done.
    const records = all.filter((record) => isOutboxInsert(this.#toLambdaRecord(record)));
    if (records.length === 0) {
      this.processed += all.length;
      this.#advance(shard, lastInPage, page.NextShardIterator);
      return true;
    }

    const response = await this.#publish(records).catch((error: unknown) => ({
      batchItemFailures: [{ itemIdentifier: records[0]!.dynamodb?.SequenceNumber ?? '' }],
      error,
    }));
    const failed = response?.batchItemFailures ?? [];
    if (failed.length === 0) {
      this.processed += all.length;
      this.#advance(shard, lastInPage, page.NextShardIterator);
      return true;
    }

    // As Lambda does: resume from the first failed record; earlier ones count as done.
    const firstFailed = failed.map((f) => f.itemIdentifier).sort(compareSequenceNumbers)[0]!;
    const index = records.findIndex((r) => r.dynamodb?.SequenceNumber === firstFailed);
    const done = index > 0 ? records.slice(0, index) : [];
    this.processed += done.length;
    if (done.length > 0) shard.checkpoint = done.at(-1)!.dynamodb!.SequenceNumber;
    shard.failures++;
    if (shard.failures < this.#retry.attempts) {
      this.#log(`✗ stream → ${streamConsumer} failed at ${firstFailed} (attempt ${shard.failures}/${this.#retry.attempts})`);
      await new Promise((r) => setTimeout(r, this.#retry.initialDelayMs * 2 ** (shard.failures - 1)));
      shard.iterator = await this.#iterator(shardId, 'AT_SEQUENCE_NUMBER', firstFailed);
      return true;
    }
    const rest = records.slice(Math.max(index, 0));
    this.#deadLetters.put({
      id: firstFailed,
      target: streamConsumer,
      failedAt: new Date().toISOString(),
      attempts: shard.failures,
      error: response && 'error' in response ? describeError(response.error) : `Publisher reported ${failed.length} failed record(s)`,
      payload: rest,
    });
    this.#log(`☠ stream → ${streamConsumer}: ${rest.length} record(s) dead-lettered after ${shard.failures} attempts`);
    this.processed += rest.length;
    this.#advance(shard, lastInPage, page.NextShardIterator);
    return true;
  }

  #advance(shard: ShardState, checkpoint: string, next: string | undefined): void {
    shard.checkpoint = checkpoint;
    shard.failures = 0;
    shard.iterator = next;
    if (!next) shard.closed = true;
    this.#saveCheckpoints();
  }

  async #publish(records: StreamRecord[]): Promise<DynamoDBBatchResponse | undefined> {
    const event: DynamoDBStreamEvent = { Records: records.map((r) => this.#toLambdaRecord(r)) };
    return this.#runtime.invoke<DynamoDBBatchResponse | undefined>(streamConsumer, event);
  }

  /** The SDK returns dates as Date objects; Lambda delivers epoch seconds and the stream ARN. */
  #toLambdaRecord(record: StreamRecord): DynamoDBRecord {
    const { ApproximateCreationDateTime, ...dynamodb } = record.dynamodb ?? {};
    return {
      ...(record as unknown as DynamoDBRecord),
      eventSourceARN: this.#streamArn,
      dynamodb: {
        ...(dynamodb as DynamoDBRecord['dynamodb']),
        ...(ApproximateCreationDateTime ? { ApproximateCreationDateTime: ApproximateCreationDateTime.getTime() / 1000 } : {}),
      },
    };
  }

  async #iterator(shardId: string, type: 'TRIM_HORIZON' | 'AFTER_SEQUENCE_NUMBER' | 'AT_SEQUENCE_NUMBER', sequenceNumber?: string) {
    const { ShardIterator } = await this.#client.send(
      new GetShardIteratorCommand({
        StreamArn: this.#streamArn,
        ShardId: shardId,
        ShardIteratorType: type,
        ...(sequenceNumber ? { SequenceNumber: sequenceNumber } : {}),
      }),
    );
    return ShardIterator;
  }

  #loadCheckpoints(): Record<string, string> {
    if (!this.#checkpointFile || !existsSync(this.#checkpointFile)) return {};
    const saved = JSON.parse(readFileSync(this.#checkpointFile, 'utf8')) as { streamArn?: string; shards?: Record<string, string> };
    return saved.streamArn === this.#streamArn ? (saved.shards ?? {}) : {};
  }

  #saveCheckpoints(): void {
    if (!this.#checkpointFile) return;
    const shards = Object.fromEntries([...this.#shards].filter(([, s]) => s.checkpoint).map(([id, s]) => [id, s.checkpoint!]));
    writeFileSync(this.#checkpointFile, JSON.stringify({ streamArn: this.#streamArn, shards }, null, 2));
  }
}

function compareSequenceNumbers(a: string, b: string): number {
  return a.length - b.length || a.localeCompare(b);
}
