/**
 * A bulk upload counts whole or not at all, against DynamoDB Local: identical uploads racing
 * store the content once; a fault after each write step of an upload (and a killed process
 * between steps) leaves nothing any reader sees and no event, and a retry then commits exactly
 * once; an upload near its deadline commits nothing and says so. Readers are the HTTP handlers
 * themselves (figures, comparison), so every read path is the one checked.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dynamoDbClient, documentClient } from '../../shared/platform/dynamodb/client.ts';
import { MunicipalitiesRepository } from '../../shared/municipalities/index.ts';
import { AbsenceRepository, keys as absenceKeys } from '../../shared/absence/repository.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { checkUpload } from '../../shared/absence/commands.ts';
import { newEvent } from '../../shared/event-catalogue.ts';
import { acceptUpload } from '../../shared/absence/uploads.ts';
import { eventually } from '../support/fixtures.ts';
import { claims } from '../support/http-events.ts';
import { call } from '../support/invoke.ts';
import { createTestTable } from '../support/table.ts';

let tableName: string;
let absence: AbsenceRepository;
const MUNICIPALITIES = Array.from({ length: 150 }, (_, i) => String(3001 + i));
const secretariat = claims.secretariat();
/** Each case its own quarter, so their figures and events never mix. */
let nextQuarter = 0;
const freshQuarter = () => `${2011 + Math.floor(nextQuarter / 4)}Q${(nextQuarter++ % 4) + 1}`;
const bulk = (quarter: string, lostDays = 70) => MUNICIPALITIES.map((municipalityNumber, i) => ({ municipalityNumber, period: quarter, lostDays: lostDays + (i % 7), agreedDays: 1000 }));
const context = { uploadedBy: 'test', correlationId: 'c' };

beforeAll(async () => {
  ({ tableName } = await createTestTable());
  absence = new AbsenceRepository(new Table(tableName));
  await new MunicipalitiesRepository(new Table(tableName)).putAll(
    MUNICIPALITIES.map((number) => ({ number, name: `Kommune ${number}`, countyNumber: '30', countyName: 'Testfylke', validFrom: '2006-01-01', writtenStandard: 'bokmal' as const })),
  );
});

/** How many municipalities the comparison (a quarter across the country) and the figures (three of them) show for a quarter. */
async function visible(quarter: string): Promise<{ comparison: number; figures: number[] }> {
  const comparison = await call('getAbsenceComparison', { claims: secretariat, query: { from: quarter, to: quarter } });
  expect(comparison.status).toBe(200);
  const row = comparison.json.quarters[0];
  const figures = await Promise.all(
    [MUNICIPALITIES[0]!, MUNICIPALITIES[74]!, MUNICIPALITIES[149]!].map(async (number) => {
      const response = await call('getAbsenceFigures', { claims: secretariat, params: { number } });
      return (response.json.figures as { period: string; revisions: number }[]).filter((f) => f.period === quarter).reduce((n, f) => n + f.revisions, 0);
    }),
  );
  return { comparison: row.participants.municipalities + row.nonParticipants.municipalities, figures };
}

/** The AbsenceFiguresUploaded events in the outbox for a quarter (a test may scan; the code may not). */
async function eventsFor(quarter: string): Promise<number> {
  const items: Record<string, any>[] = [];
  let start: Record<string, any> | undefined;
  do {
    const page = await documentClient.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start, FilterExpression: 'eventType = :t', ExpressionAttributeValues: { ':t': 'AbsenceFiguresUploaded' } }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items.filter((i) => i.detail.data.quarters.includes(quarter)).length;
}

const NOTHING = { comparison: 0, figures: [0, 0, 0] };
const EVERYTHING = { comparison: 150, figures: [1, 1, 1] };

describe('identical uploads racing', () => {
  it('store the content once: one receipt duplicate:false, the rest repeats or in progress, one event, revisions 1; a reader sees 0 or 150', async () => {
    const quarter = freshQuarter();
    const rows = bulk(quarter);
    const seen = { comparison: new Set<number>(), revisions: new Set<number>(), reads: 0 };
    let racing = true;
    const reader = (async () => {
      while (racing) {
        const v = await visible(quarter);
        seen.comparison.add(v.comparison);
        for (const n of v.figures) seen.revisions.add(n);
        seen.reads++;
      }
    })();
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => acceptUpload(absence, rows, context)));
    racing = false;
    await reader;

    const receipts = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const refusals = outcomes.flatMap((o) => (o.status === 'rejected' ? [(o.reason as Error).name] : []));
    expect(receipts.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(refusals.every((name) => name === 'UploadInProgressError')).toBe(true);
    // Those told "in progress" get the first one's receipt when they retry.
    const first = receipts.find((r) => !r.duplicate)!;
    for (const _ of refusals) expect(await acceptUpload(absence, rows, context)).toEqual({ ...first, duplicate: true });
    expect(await visible(quarter)).toEqual(EVERYTHING);
    expect(await eventsFor(quarter)).toBe(1);
    // Read while they raced: whole or nothing, and never a second revision.
    expect(seen.reads).toBeGreaterThan(0);
    expect([...seen.comparison].filter((n) => n !== 0 && n !== 150)).toEqual([]);
    expect([...seen.revisions].filter((n) => n > 1)).toEqual([]);
  }, 120_000);
});

describe('a quarter read just after a commit', () => {
  // The quarter's index is eventually consistent: right after a commit it may hold some of the
  // upload's rows and not yet others. Simulated here by taking one row out of the index.
  it('counts the upload only once the index holds all of its rows of that quarter', async () => {
    const quarter = freshQuarter();
    const receipt = await acceptUpload(absence, bulk(quarter), context);
    const lagging = { ...absenceKeys.absenceFigure(MUNICIPALITIES[42]!, quarter, 'total', receipt.uploadId) };
    await documentClient.send(new UpdateCommand({ TableName: tableName, Key: lagging, UpdateExpression: 'REMOVE gsi1pk, gsi1sk', ConditionExpression: 'attribute_exists(pk)' }));
    expect((await visible(quarter)).comparison).toBe(0);
    const back = absenceKeys.absenceByQuarter(quarter, MUNICIPALITIES[42]!, quarter, 'total', receipt.uploadId);
    await documentClient.send(new UpdateCommand({ TableName: tableName, Key: lagging, UpdateExpression: 'SET gsi1pk = :pk, gsi1sk = :sk', ExpressionAttributeValues: { ':pk': back.gsi1pk, ':sk': back.gsi1sk } }));
    expect(await visible(quarter)).toEqual(EVERYTHING);
  });
});

describe('a holder whose lease ran out', () => {
  it('cannot commit once another upload took the content over: stored once, one event', async () => {
    const quarter = freshQuarter();
    const rows = bulk(quarter);
    const checked = checkUpload(rows);
    const receivedAt = new Date().toISOString();
    const uploadId = `${receivedAt}#slow`;
    let atCommit!: () => void;
    const reachedCommit = new Promise<void>((resolve) => (atCommit = resolve));
    let resume!: () => void;
    const resumed = new Promise<void>((resolve) => (resume = resolve));
    const event = newEvent('AbsenceFiguresUploaded', { uploadId, receivedAt, uploadedBy: 'slow', rows: rows.length, municipalities: [...checked.municipalities], quarters: [...checked.quarters] }, { correlationId: 'c', now: new Date() });
    const slow = absence.storeUpload({ uploadId, receivedAt, uploadedBy: 'slow', checked }, event, {
      leaseUntil: Date.now() + 500,
      beforeCommit: async () => {
        atCommit();
        await resumed;
      },
    });
    await reachedCommit;
    const receipt = await eventually(
      () => acceptUpload(absence, rows, context).catch((error: Error) => (error.name === 'UploadInProgressError' ? undefined : Promise.reject(error))),
      15_000,
      'the expired claim taken over',
    );
    expect(receipt.duplicate).toBe(false);
    resume();
    await expect(slow).rejects.toMatchObject({ name: 'RepeatedUploadError' });
    expect(await visible(quarter)).toEqual(EVERYTHING);
    expect(await eventsFor(quarter)).toBe(1);
  }, 60_000);
});

const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand', 'TransactWriteItemsCommand']);

/**
 * Counts the write requests the SDK sends and, when armed, fails the n-th one: before it is
 * sent (it never lands) or after its answer (it landed, the caller never hears). Once per arming.
 */
const faults = { counting: false, written: 0, failAt: 0, when: 'after' as 'before' | 'after' };
dynamoDbClient.middlewareStack.add(
  (next, ctx) => async (args) => {
    const isWrite = faults.counting && WRITES.has(ctx.commandName ?? '');
    const n = isWrite ? ++faults.written : 0;
    if (n > 0 && n === faults.failAt && faults.when === 'before') throw Object.assign(new Error(`injected fault before write ${n}`), { name: 'InjectedFault' });
    const result = await next(args);
    if (n > 0 && n === faults.failAt && faults.when === 'after') throw Object.assign(new Error(`injected fault after write ${n}`), { name: 'InjectedFault' });
    return result;
  },
  { step: 'initialize', name: 'injectUploadFaults' },
);
afterEach(() => Object.assign(faults, { counting: false, written: 0, failAt: 0 }));

describe('a fault after each write step of an upload', () => {
  it('leaves nothing visible and no event, or (after the commit landed) everything and one event; a retry commits exactly once', async () => {
    // A clean upload first, to count its write steps: the claim, the batches of rows, the commit.
    Object.assign(faults, { counting: true, written: 0 });
    await acceptUpload(absence, bulk(freshQuarter()), context);
    const steps = faults.written;
    faults.counting = false;
    expect(steps).toBe(1 + Math.ceil(150 / 25) + 1);

    const points: string[] = [];
    for (let failAt = 1; failAt <= steps; failAt++) {
      for (const when of ['before', 'after'] as const) {
        const quarter = freshQuarter();
        const rows = bulk(quarter, 40 + failAt);
        Object.assign(faults, { counting: true, written: 0, failAt, when });
        await expect(acceptUpload(absence, rows, context)).rejects.toThrow(/injected fault/);
        Object.assign(faults, { counting: false, failAt: 0 });
        const commitLanded = failAt === steps && when === 'after';
        expect(await visible(quarter), `${when} write ${failAt}`).toEqual(commitLanded ? EVERYTHING : NOTHING);
        expect(await eventsFor(quarter), `${when} write ${failAt}`).toBe(commitLanded ? 1 : 0);

        const retry = await acceptUpload(absence, rows, context);
        expect(retry.duplicate, `${when} write ${failAt}`).toBe(commitLanded);
        expect(await visible(quarter), `${when} write ${failAt}`).toEqual(EVERYTHING);
        expect(await eventsFor(quarter), `${when} write ${failAt}`).toBe(1);
        points.push(`${when} write ${failAt}`);
      }
    }
    console.log(`Fault points injected: ${points.length} (${points.join(', ')})`);
    expect(points).toHaveLength(2 * steps);
  }, 300_000);
});

describe('a process killed between the steps of an upload', () => {
  for (const killAfter of [1, 4]) {
    it(`after write ${killAfter}: nothing visible, no event; a retry is told "in progress" until the dead claim's lease ends, then commits once`, async () => {
      const quarter = freshQuarter();
      const child = fork(join(import.meta.dirname, '..', 'support', 'upload-until-killed.ts'), [tableName, quarter, String(killAfter), MUNICIPALITIES.join(',')], {
        env: process.env,
        execPath: process.execPath,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await new Promise<void>((resolve, reject) => {
        child.once('message', () => resolve());
        child.once('exit', (code) => reject(new Error(`the upload process ended (${code}) before write ${killAfter}`)));
      });
      child.kill('SIGKILL');
      await exited;

      expect(await visible(quarter)).toEqual(NOTHING);
      expect(await eventsFor(quarter)).toBe(0);
      const rows = bulk(quarter);
      await expect(acceptUpload(absence, rows, context)).rejects.toMatchObject({ name: 'UploadInProgressError' });
      const receipt = await eventually(
        () =>
          acceptUpload(absence, rows, context).catch((error: Error) => {
            if (error.name === 'UploadInProgressError') return undefined;
            throw error;
          }),
        30_000,
        'the dead claim taken over',
      );
      expect(receipt.duplicate).toBe(false);
      expect(await visible(quarter)).toEqual(EVERYTHING);
      expect(await eventsFor(quarter)).toBe(1);
    }, 60_000);
  }
});

describe('an upload near its deadline', () => {
  it('commits nothing and answers 503 upload-not-committed with Retry-After; with time left the same upload commits', async () => {
    const quarter = freshQuarter();
    const body = { rows: bulk(quarter) };
    // A deadline that counts down, under the commit reserve (3 s) from the start: the upload is
    // refused before its reads and rows (they would not reach the commit in time). Not so short
    // that the function's own timeout (middy's, at the deadline) comes first on a busy machine:
    // that would answer 503 service-unavailable instead. The refusal at the commit point itself,
    // after the rows, follows below with a deadline that runs short once work has begun.
    const deadline = Date.now() + 2_900;
    const late = await call('uploadBulkAbsenceFigures', { claims: secretariat, body, remainingTimeMs: () => deadline - Date.now() });
    expect(late.status).toBe(503);
    expect(late.headers['content-type']).toBe('application/problem+json');
    expect(late.json.type).toBe('/problems/upload-not-committed');
    expect(Number(late.headers['retry-after'])).toBeGreaterThan(0);
    expect(await visible(quarter)).toEqual(NOTHING);
    expect(await eventsFor(quarter)).toBe(0);

    // The claim was released: the retry does not wait for a lease, and commits.
    // (First the refusal at the commit point: time enough to start, too little left once the rows are written.)
    let asked = 0;
    const atCommit = freshQuarter();
    await expect(acceptUpload(absence, bulk(atCommit), { ...context, remainingTimeMs: () => (++asked === 1 ? 60_000 : 1_000) })).rejects.toMatchObject({ name: 'UploadDeadlineError' });
    expect(asked).toBeGreaterThanOrEqual(2);
    expect(await visible(atCommit)).toEqual(NOTHING);
    expect(await eventsFor(atCommit)).toBe(0);
    const inTime = await call('uploadBulkAbsenceFigures', { claims: secretariat, body, remainingTimeMs: () => 20_000 });
    expect(inTime.status).toBe(201);
    expect(inTime.json.duplicate).toBe(false);
    expect(await visible(quarter)).toEqual(EVERYTHING);
    expect(await eventsFor(quarter)).toBe(1);
  }, 60_000);
});
