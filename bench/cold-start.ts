/**
 * Benchmark (issue 7, part 1): every function bundled as deployed (esbuild, ESM, minified,
 * @aws-sdk external as the Lambda runtime provides it), its size, and its module
 * initialisation time in a fresh Node process (median of ≥ 10), each as a ratio to a floor
 * bundle that only creates a DynamoDB DocumentClient. Targets: init ≤ 1.5× and size ≤ 2× the floor.
 *
 *   node bench/cold-start.ts [--runs 10]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { functions, type FunctionName } from '../shared/routing.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const runs = Math.max(10, Number(values.runs));
const root = join(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'kvk-cold-'));
const progress = (line: string) => process.stderr.write(`${line}\n`);

/** The same bundling the stack uses (infra/constructs/programme-function.ts). */
async function bundle(entry: string, outfile: string): Promise<number> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    minify: true,
    mainFields: ['module', 'main'],
    external: ['@aws-sdk/*'],
    banner: { js: "import { createRequire as __createRequire } from 'module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  return statSync(outfile).size;
}

/** Median time (ms) to import the bundle in a fresh process, measured inside it. */
function initTime(file: string): number {
  const probe = `const t = performance.now(); await import(${JSON.stringify(file)}); process.stdout.write(String(performance.now() - t));`;
  const times = Array.from({ length: runs }, () =>
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: root, env: { ...process.env, TABLE_NAME: 'bench', AWS_REGION: 'eu-north-1', EVENT_BUS_NAME: 'bench', MAIL_FROM: 'x@y.no', SECRETARIAT_EMAIL: 's@y.no', RESOURCE_PREFIX: 'bench' } }).toString()),
  );
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const floorEntry = join(out, 'floor-entry.mjs');
writeFileSync(floorEntry, "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nimport { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';\nconst client = DynamoDBDocumentClient.from(new DynamoDBClient({}));\nexport const handler = async () => client.config ? 'ok' : 'no';\n");
progress('Bundling the floor and every function…');
const floorFile = join(root, 'node_modules', '.kvk-bench-floor.mjs');
const floorSize = await bundle(floorEntry, floorFile);
const floorInit = initTime(floorFile);

const rows: { name: FunctionName; size: number; init: number }[] = [];
for (const [name, spec] of Object.entries(functions) as [FunctionName, { entry: string }][]) {
  // Bundles live under node_modules/ so their bare @aws-sdk imports resolve as in the runtime.
  const file = join(root, 'node_modules', `.kvk-bench-${name}.mjs`);
  const size = await bundle(join(root, spec.entry), file);
  rows.push({ name, size, init: initTime(file) });
  progress(`  ${name}: ${(size / 1024).toFixed(0)} KiB, ${rows.at(-1)!.init.toFixed(1)} ms`);
}

const fmt = (n: number, d = 2) => n.toFixed(d);
console.log(`\nCold start: bundle size and module initialisation (median of ${runs} fresh processes), as ratios to the floor`);
console.log(`  floor (DocumentClient only): ${(floorSize / 1024).toFixed(1)} KiB, init ${fmt(floorInit, 1)} ms\n`);
console.log('  function                          size KiB  ×floor   init ms  ×floor');
for (const r of rows.sort((a, b) => b.init / floorInit - a.init / floorInit)) {
  console.log(`  ${r.name.padEnd(32)} ${(r.size / 1024).toFixed(0).padStart(8)}  ${fmt(r.size / floorSize).padStart(6)}  ${fmt(r.init, 1).padStart(8)}  ${fmt(r.init / floorInit).padStart(6)}`);
}
for (const file of [floorFile, ...rows.map((r) => join(root, 'node_modules', `.kvk-bench-${r.name}.mjs`))]) rmSync(file, { force: true });
const overInit = rows.filter((r) => r.init / floorInit > 1.5).length;
const overSize = rows.filter((r) => r.size / floorSize > 2).length;
console.log(`\n  ${rows.length} functions; over 1.5× the floor's init: ${overInit}; over 2× its size: ${overSize} (targets: 0 and 0)`);
console.log("  (the floor's size excludes the AWS SDK, which the runtime provides; every bundle excludes it too)");
