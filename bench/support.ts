/** What the benchmarks share: a throwaway local stack, progress lines, and statistics. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack, type LocalStack } from '../local/stack.ts';
import { shippedRateLimits } from '../shared/platform/http/rate-limits.ts';

const began = performance.now();

/** Seconds since the benchmark started. */
export const elapsedSeconds = () => (performance.now() - began) / 1000;

/** A progress line on stderr, stamped with the time since start (stdout keeps the results). */
export const progress = (line: string) => process.stderr.write(`[${elapsedSeconds().toFixed(1).padStart(5)} s] ${line}\n`);

/**
 * The local stack with DynamoDB Local in memory, its state (mail, dead letters, dev key) in a
 * temporary folder that `stop` removes, also on Ctrl-C.
 */
export async function startBenchStack(name: string): Promise<LocalStack> {
  const stateDir = mkdtempSync(join(tmpdir(), `kvk-${name}-`));
  // The per-caller limit counts (its write is part of what is measured) but never refuses: one token drives all the load.
  const stack = await startLocalStack({ port: 0, stateDir, clock: false, rateLimits: BENCH_RATE_LIMITS });
  const stop = async () => {
    try {
      await stack.stop();
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  };
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  return { ...stack, stop };
}

const BENCH_RATE_LIMITS = { ...shippedRateLimits(), classes: { standard: { requestsPerWindow: 1_000_000 }, upload: { requestsPerWindow: 1_000_000 } } };

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The median: the middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** The quarters of 2007–2009 (`2007Q1` … `2009Q4`): the figures the benches upload. */
export const QUARTERS = ['2007', '2008', '2009'].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}Q${q}`));
