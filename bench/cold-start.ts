/**
 * Benchmark (issue 7, part 1): every function bundled exactly as deployed (infra/bundling.ts:
 * esbuild, ESM, minified, the AWS SDK included, source maps on), its size, and its module
 * initialisation time in a fresh Node process (median of ≥ 10), each as a ratio to a floor
 * bundle that only creates a DynamoDB DocumentClient. Targets: init ≤ 1.5× and size ≤ 2× the
 * floor. The floor runs beside every function (one floor run after every five of the
 * function's), and each ratio is to those neighbouring floor runs, so a shared machine's drift
 * hits floor and function alike.
 *
 *   node bench/cold-start.ts [--runs 10] [--only submitApplication,getApplication]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Metafile } from 'esbuild';
import { bundleFunction, functionBundling } from '../infra/bundling.ts';
import { functions, type FunctionName } from '../shared/routing.ts';
import { median, progress } from './support.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' }, only: { type: 'string' } } });
const runs = Math.max(10, Number(values.runs));
const root = join(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'kvk-cold-'));

async function bundle(entry: string | { contents: string }, outfile: string): Promise<{ size: number; metafile: Metafile }> {
  const metafile = await bundleFunction(typeof entry === 'string' ? entry : { contents: entry.contents, resolveDir: root }, outfile);
  return { size: statSync(outfile).size, metafile };
}

interface Init {
  /** Wall-clock milliseconds of the import. */
  readonly wall: number;
  /** CPU milliseconds (user + system) the process spent on it: what a busy neighbour on the machine does not inflate. */
  readonly cpu: number;
}

/** Init of `count` fresh processes importing the bundle, each measured inside the process. */
function initTimes(file: string, count = runs): Init[] {
  const probe = `const c = process.cpuUsage(); const t = performance.now(); await import(${JSON.stringify(file)}); const w = performance.now() - t; const u = process.cpuUsage(c); process.stdout.write(JSON.stringify({ wall: w, cpu: (u.user + u.system) / 1000 }));`;
  const env = { ...process.env, NODE_OPTIONS: functionBundling.nodeOptions, TABLE_NAME: 'bench', AWS_REGION: 'eu-north-1', EVENT_BUS_NAME: 'bench', MAIL_FROM: 'x@y.no', SECRETARIAT_EMAIL: 's@y.no', RESOURCE_PREFIX: 'bench' };
  return Array.from({ length: count }, () => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: out, env }).toString()) as Init);
}
/** One floor run after every this many function runs: the floor is measured beside each function. */
const FLOOR_EVERY = 5;
const medianOf = (inits: Init[], key: keyof Init) => median(inits.map((i) => i[key]));

/** The three largest contributors to a bundle, by package (or project folder). */
function heaviest(metafile: Metafile): string {
  const byOrigin = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const origin = input.includes('node_modules/') ? input.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1') : input.split('/').slice(0, 2).join('/');
      byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + bytesInOutput);
    }
  }
  return [...byOrigin].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([origin, bytes]) => `${origin} ${(bytes / 1024).toFixed(0)}`).join(', ');
}

const floorSource = { contents: "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nimport { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';\nconst client = DynamoDBDocumentClient.from(new DynamoDBClient({}));\nexport const handler = async () => client.config ? 'ok' : 'no';\n" };
progress(`Bundling the floor and ${Object.keys(functions).length} functions as deployed; ${runs} fresh processes each, with a floor run after every ${FLOOR_EVERY}…`);
const floorFile = join(out, 'floor.mjs');
const { size: floorSize } = await bundle(floorSource, floorFile);
let previousFloorTimes = initTimes(floorFile, 3);
const floorTimes = [...previousFloorTimes];

const rows: { name: FunctionName; size: number; wall: number; ratio: number; cpu: number; cpuRatio: number; heaviest: string }[] = [];
const only = values.only?.split(',');
const entries = (Object.entries(functions) as [FunctionName, { entry: string }][]).filter(([name]) => !only || only.includes(name));
for (const [index, [name, spec]] of entries.entries()) {
  const file = join(out, `${name}.mjs`);
  const { size, metafile } = await bundle(join(root, spec.entry), file);
  const inits: Init[] = [];
  const floorNow: Init[] = [];
  for (let run = 1; run <= runs; run++) {
    inits.push(...initTimes(file, 1));
    if (run % FLOOR_EVERY === 0) floorNow.push(...initTimes(floorFile, 1));
  }
  // The function's ratios are to the floor runs made beside it (its own and the previous function's).
  const beside = [...previousFloorTimes, ...floorNow];
  const wall = medianOf(inits, 'wall');
  const cpu = medianOf(inits, 'cpu');
  rows.push({ name, size, wall, ratio: wall / medianOf(beside, 'wall'), cpu, cpuRatio: cpu / medianOf(beside, 'cpu'), heaviest: heaviest(metafile) });
  floorTimes.push(...floorNow);
  previousFloorTimes = floorNow;
  progress(`  [${index + 1}/${entries.length}] ${name}: ${(size / 1024).toFixed(0)} KiB, ${wall.toFixed(1)} ms (${rows.at(-1)!.ratio.toFixed(2)}× the floor beside it; CPU ${rows.at(-1)!.cpuRatio.toFixed(2)}×)`);
}
rmSync(out, { recursive: true, force: true });

const fmt = (n: number, d = 2) => n.toFixed(d);
const range = (xs: number[]) => `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}, median ${fmt(median(xs))}`;
console.log(`\nCold start: bundle size and module initialisation (median of ${runs} fresh Node ${process.versions.node} processes), as ratios to the floor`);
console.log(`  floor (a DocumentClient only, bundled the same way): ${(floorSize / 1024).toFixed(0)} KiB, init ${fmt(medianOf(floorTimes, 'wall'), 1)} ms wall, ${fmt(medianOf(floorTimes, 'cpu'), 1)} ms CPU`);
console.log(`  (median of all ${floorTimes.length} floor runs; each function's ratios are to the floor runs made beside it)\n`);
console.log('  function                          size KiB  ×floor   init ms  ×floor    CPU ms  ×floor   heaviest parts (KiB)');
for (const r of rows.sort((a, b) => b.ratio - a.ratio)) {
  console.log(
    `  ${r.name.padEnd(32)} ${(r.size / 1024).toFixed(0).padStart(8)}  ${fmt(r.size / floorSize).padStart(6)}  ${fmt(r.wall, 1).padStart(8)}  ${fmt(r.ratio).padStart(6)}  ${fmt(r.cpu, 1).padStart(8)}  ${fmt(r.cpuRatio).padStart(6)}   ${r.heaviest}`,
  );
}
const overInit = rows.filter((r) => r.ratio > 1.5);
const overSize = rows.filter((r) => r.size / floorSize > 2);
console.log(`\n  ${rows.length} functions. ×floor: size ${range(rows.map((r) => r.size / floorSize))}; init ${range(rows.map((r) => r.ratio))}; CPU ${range(rows.map((r) => r.cpuRatio))}`);
console.log(`  over 1.5× the floor's init: ${overInit.length}${overInit.length ? ` (${overInit.map((r) => r.name).join(', ')})` : ''}; over 2× its size: ${overSize.length}${overSize.length ? ` (${overSize.map((r) => r.name).join(', ')})` : ''}   (targets: 0 and 0)`);
