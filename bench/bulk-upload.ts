/**
 * Benchmark (issue 4): the secretariat's bulk upload of 430 municipalities × 12 quarters × 4
 * sectors (20,640 rows) as CSV through the local API, against a bare BatchWriteItem load of the
 * same items, side by side in one run on the same DynamoDB Local. Reports rows/s, DynamoDB
 * requests per 1,000 rows (counted in the SDK) and the wall-time ratio. Not a test: figures
 * vary with the machine; the ratio is what to compare.
 *
 *   node bench/bulk-upload.ts                a warm-up, then 2 rounds (bare first, then API first)
 *   node bench/bulk-upload.ts --rounds 5
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ENV } from '../shared/platform/config.ts';
import { existsOn } from '../shared/municipalities/model.ts';
import { SECTORS } from '../shared/absence/model.ts';
import { mean, progress, QUARTERS, startBenchStack } from './support.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '2' } } });
const rounds = Number(values.rounds);

// This measures the synchronous path: 20,640 rows are over the default ASYNC_UPLOAD_ROWS (5,000),
// which would answer 202 and go through S3 instead.
process.env[ENV.asyncUploadRows] = '100000';
progress('Starting the local stack (DynamoDB Local in memory)…');
const stack = await startBenchStack('bulk-upload');

// Imported after the stack set the environment, so the SDK clients talk to DynamoDB Local.
const { dynamoDbClient } = await import('../shared/platform/dynamodb/client.ts');
const { keys: absenceKeys } = await import('../shared/absence/repository.ts');
const { Table } = await import('../shared/platform/dynamodb/table.ts');
const { MunicipalitiesRepository } = await import('../shared/municipalities/index.ts');

const requests = new Map<string, number>();
dynamoDbClient.middlewareStack.add(
  (next, context) => async (args) => {
    requests.set(context.commandName ?? '?', (requests.get(context.commandName ?? '?') ?? 0) + 1);
    return next(args);
  },
  { step: 'initialize', name: 'countRequests' },
);
const counted = async (work: () => Promise<unknown>) => {
  requests.clear();
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  return { ms, requests: new Map(requests) };
};

// Figures are accepted only for periods a municipality existed in: those existing through all of 2007-2009 (429).
const municipalities = (await new MunicipalitiesRepository(new Table(stack.tableName)).list()).filter((m) => existsOn(m, '2007-01-01') && existsOn(m, '2009-12-31')).slice(0, 430);
const rowsFor = (round: number) =>
  municipalities.flatMap((m, i) =>
    QUARTERS.flatMap((quarter) => SECTORS.map((sector, s) => ({ municipalityNumber: m.number, period: quarter, sector, lostDays: 40 + ((i + s + round) % 30), agreedDays: 500 + s * 100 }))),
  );
const token = await stack.issuer.issue({ role: 'secretariat' });

const results = { api: [] as number[], bare: [] as number[], apiRequests: 0, bareRequests: 0, rows: 0, byCommand: '' };
// Round 0 is a warm-up with a tenth of the rows (JIT, DynamoDB Local's JVM, connections), not
// measured: otherwise whichever side goes first in round 1 pays for starting cold.
for (let round = 0; round <= rounds; round++) {
  const rows = round === 0 ? rowsFor(0).slice(0, 2_064) : rowsFor(round);
  results.rows = rows.length;
  const csv = ['municipalityNumber,period,sector,lostDays,agreedDays', ...rows.map((r) => `${r.municipalityNumber},${r.period},${r.sector},${r.lostDays},${r.agreedDays}`)].join('\n');

  // Bare: the same revision items, written with the same batch writer and concurrency.
  const uploadId = `bare-${round}`;
  const items = rows.map((r) => ({
    ...absenceKeys.absenceFigure(r.municipalityNumber, r.period, `sector:${r.sector}`, uploadId),
    ...absenceKeys.absenceByQuarter(r.period, r.municipalityNumber, r.period, `sector:${r.sector}`, uploadId),
    municipalityNumber: r.municipalityNumber,
    period: r.period,
    scope: `sector:${r.sector}`,
    lostDays: r.lostDays,
    agreedDays: r.agreedDays,
    uploadId,
  }));
  const writeBare = () => counted(() => new Table(stack.tableName).batchWriteAll(items, { concurrency: 8 }));
  const upload = () =>
    counted(async () => {
      const response = await fetch(`${stack.url}/absence-figures`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, body: csv });
      if (response.status !== 201) throw new Error(`Upload answered ${response.status}: ${await response.text()}`);
    });
  // Odd rounds write bare first, even rounds upload first: neither side always follows the other.
  let bare: Awaited<ReturnType<typeof writeBare>>;
  let api: Awaited<ReturnType<typeof upload>>;
  if (round % 2 === 1) {
    bare = await writeBare();
    api = await upload();
  } else {
    api = await upload();
    await stack.settled();
    bare = await writeBare();
  }
  results.bareRequests = [...bare.requests.values()].reduce((a, b) => a + b, 0);
  if (round === 0) {
    progress(`warm-up (${rows.length} rows, not measured): bare ${(bare.ms / 1000).toFixed(2)} s, API ${(api.ms / 1000).toFixed(2)} s`);
    await stack.settled();
    continue;
  }
  results.bare.push(bare.ms);
  results.api.push(api.ms);
  results.apiRequests = [...api.requests.values()].reduce((a, b) => a + b, 0);
  results.byCommand = [...api.requests].map(([command, n]) => `${command} ${n}`).join(', ');
  progress(`round ${round}/${rounds}: bare ${(bare.ms / 1000).toFixed(2)} s, API ${(api.ms / 1000).toFixed(2)} s`);
  // Let the asynchronous reassessment finish before the next round, so it does not share the CPU.
  await stack.settled();
}
await stack.stop();

const apiMs = mean(results.api);
const bareMs = mean(results.bare);
console.log(`
Bulk upload: ${results.rows} rows (${municipalities.length} municipalities × ${QUARTERS.length} quarters × ${SECTORS.length} sectors), mean of ${rounds} rounds after a warm-up

                          wall time   rows/s    DynamoDB requests   per 1,000 rows
  API (CSV, POST)         ${(apiMs / 1000).toFixed(2).padStart(7)} s  ${Math.round(results.rows / (apiMs / 1000)).toString().padStart(7)}   ${String(results.apiRequests).padStart(17)}   ${(results.apiRequests / (results.rows / 1000)).toFixed(1).padStart(14)}
  bare BatchWriteItem     ${(bareMs / 1000).toFixed(2).padStart(7)} s  ${Math.round(results.rows / (bareMs / 1000)).toString().padStart(7)}   ${String(results.bareRequests).padStart(17)}   ${(results.bareRequests / (results.rows / 1000)).toFixed(1).padStart(14)}

  API / bare wall time:   ${(apiMs / bareMs).toFixed(2)}×   (target ≤ 1.5×)
  API requests by command: ${results.byCommand}
`);
