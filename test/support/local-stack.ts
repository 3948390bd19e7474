import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../local/stack.ts';
import { shippedRateLimits } from '../../shared/platform/http/rate-limits.ts';
import { deleteTestTable } from './table.ts';

/**
 * The local stack for an e2e test file, started before its tests and stopped after: on the
 * run's shared DynamoDB Local, in the file's own table and state folder, without the wall
 * clock, with quick retries. What the stack logs is printed when a test fails, to show where
 * the pipeline stopped. Call at the top of the file, before its own `beforeAll`.
 *
 * Its per-caller rate limit, and its per-recipient cap on optional mail, are far above the shipped ones (test files send hundreds of requests
 * from one token in a minute); test/e2e/throttling.test.ts runs with the shipped limits.
 */
export function useTestStack(options: Pick<LocalStackOptions, 'rateLimits' | 'optionalMailCap'> & { /** Print the stack's log when a test fails (default true). */ readonly logOnFailure?: boolean } = {}): () => LocalStack {
  const log: string[] = [];
  let stack: LocalStack | undefined;
  beforeAll(async () => {
    stack = await startLocalStack({
      port: 0,
      dynamoDbEndpoint: inject('dynamoDbEndpoint'),
      tableName: process.env.TABLE_NAME!,
      stateDir: mkdtempSync(join(tmpdir(), 'kvk-e2e-')),
      clock: false,
      retry: { attempts: 3, initialDelayMs: 20 },
      streamPollMs: 10,
      log: (line) => log.push(line),
      rateLimits: options.rateLimits ?? TEST_RATE_LIMITS,
      // Test files send a simulated year of mail to one address within a minute: no cap they reach, unless a file asks for one.
      optionalMailCap: options.optionalMailCap ?? 1_000_000,
    });
  });
  afterAll(async () => {
    await stack?.stop();
    // The mail, dead letters and dev key of this file's run: nothing to keep once it passed or failed.
    if (stack) rmSync(stack.stateDir, { recursive: true, force: true });
    // Its table too: the run's DynamoDB Local is shared by every file.
    if (stack) await deleteTestTable(inject('dynamoDbEndpoint'), stack.tableName);
  });
  afterEach((context) => {
    if (context.task.result?.state === 'fail' && options.logOnFailure !== false) console.log(`local stack log:\n${log.join('\n')}`);
  });
  return () => {
    if (!stack) throw new Error('The local stack has not started');
    return stack;
  };
}

/** What the e2e files run with unless they ask otherwise: the shipped shape, limits no test reaches. */
export const TEST_RATE_LIMITS = { ...shippedRateLimits(), classes: { standard: { requestsPerWindow: 1_000_000 }, upload: { requestsPerWindow: 1_000_000 } } };
