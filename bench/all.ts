/**
 * `npm run bench`: every benchmark of issue 7, one after the other in fresh processes, each
 * printing its own table (ratios measured side by side within that benchmark), then the time
 * each took. Not tests: figures vary with the machine; the ratios are what to compare.
 *
 *   npm run bench                       all four
 *   npm run bench -- cold-start latency only those
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const benchmarks = {
  'cold-start': 'every function’s bundle size and init time against a DocumentClient-only floor',
  latency: 'HTTP latency of the main routes against bare GetItem/PutItem, and POST-to-email pipeline latency',
  'dynamodb-cost': 'DynamoDB requests and capacity per business operation against a perfect design',
  'bulk-upload': '20,640 figures as one CSV through the API against bare BatchWriteItem',
} as const;
type Benchmark = keyof typeof benchmarks;

const chosen = process.argv.slice(2).length > 0 ? (process.argv.slice(2) as Benchmark[]) : (Object.keys(benchmarks) as Benchmark[]);
const unknown = chosen.filter((name) => !(name in benchmarks));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(benchmarks).join(', ')}`);
  process.exit(2);
}

const took: [Benchmark, number, number | null][] = [];
const started = performance.now();
for (const name of chosen) {
  process.stderr.write(`\n▶ ${name}: ${benchmarks[name]}\n`);
  const t = performance.now();
  const run = spawnSync(process.execPath, [join(import.meta.dirname, `${name}.ts`)], { stdio: 'inherit' });
  took.push([name, (performance.now() - t) / 1000, run.status]);
}
console.log(`\nBenchmarks run: ${took.map(([name, s, status]) => `${name} ${s.toFixed(0)} s${status === 0 ? '' : ` (exit ${status})`}`).join(', ')}; total ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exit(took.some(([, , status]) => status !== 0) ? 1 : 0);
