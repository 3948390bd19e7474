/**
 * Faults and concurrency: the database stopped mid-run (503s, no partial state, the pipeline
 * catches up when it is back), 200 concurrent uploads for one municipality (consistent
 * figures; the stored target status equals the one computed from them sequentially), and six
 * identical 150-municipality bulk uploads at once (stored once, never seen half).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../shared/platform/dynamodb/client.ts';
import { freePort } from '../../local/dynamodb-local.ts';
import { startLocalStack, type LocalStack } from '../../local/stack.ts';
import { quarterlyTotals, type AbsenceFigure } from '../../shared/absence/model.ts';
import { assessTarget } from '../../shared/target-status/model.ts';
import { apiClient, createOpenCohort } from '../support/api-client.ts';
import { confirmEmail } from '../support/email-confirmation.ts';
import { completeApplication, eventually } from '../support/fixtures.ts';
import { TEST_RATE_LIMITS } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';

let stack: LocalStack;
const api = apiClient(() => stack.url);
const tokens: Record<string, string> = {};
let cohortId: string;
const target = { baselineYear: 2006, baselinePercentage: 10, targetPercentage: 8, targetDate: '2008-12-31' };

beforeAll(async () => {
  // Its own DynamoDB Local on a fixed port with data on disk, so it can be stopped and started again.
  stack = await startLocalStack({
    port: 0,
    dynamoDbPort: await freePort(),
    persist: true,
    stateDir: mkdtempSync(join(tmpdir(), 'kvk-faults-')),
    clock: false,
    retry: { attempts: 3, initialDelayMs: 20 },
    streamPollMs: 10,
    // 200 uploads from one token at once: far past the shipped per-caller limit (test/e2e/throttling.test.ts tests that).
    rateLimits: TEST_RATE_LIMITS,
  });
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  for (const n of ['1721', '1719']) tokens[n] = await personToken(stack, { municipality: n });
  cohortId = await createOpenCohort(api, tokens.secretariat);
  const application = await api('/applications', { method: 'POST', token: tokens['1721'], body: { ...completeApplication({ sickLeaveTarget: target }), cohortId } });
  await api(`/applications/${application.json.id}/decision`, { method: 'POST', token: tokens.secretariat, body: { outcome: 'admitted', reason: 'Ok', decidedOn: '2007-03-30' } });
  await stack.settled();
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  // Its DynamoDB Local data on disk, mail and dead letters: nothing to keep (useTestStack does the same).
  if (stack) rmSync(stack.stateDir, { recursive: true, force: true });
});

describe('the database goes away', () => {
  it('answers 503 with Retry-After, leaves no partial state, and the pipeline catches up when it is back', async () => {
    const before = (await api('/applications', { token: tokens.secretariat })).json.applications.length as number;
    await stack.database.stop();
    try {
      const write = await api('/applications', { method: 'POST', token: tokens['1719'], body: { ...completeApplication({ projectLeader: { name: 'Lise', email: 'lise@levanger.kommune.no' } }), cohortId } });
      expect(write.status).toBe(503);
      expect(write.headers.get('content-type')).toBe('application/problem+json');
      expect(write.headers.get('retry-after')).toBe('5');
      expect((await api(`/cohorts/${cohortId}`, { token: tokens['1719'] })).status).toBe(503);
    } finally {
      await stack.database.start();
    }
    expect((await api('/applications', { token: tokens.secretariat })).json.applications).toHaveLength(before);
    // The client retries as told; the system works again and the events flow.
    const retry = await api('/applications', { method: 'POST', token: tokens['1719'], body: { ...completeApplication({ projectLeader: { name: 'Lise', email: 'lise@levanger.kommune.no' } }), cohortId } });
    expect(retry.status).toBe(201);
    // The project leader's address is typed: its owner confirms it, then the receipt goes out.
    await confirmEmail(stack, api, 'lise@levanger.kommune.no');
    await eventually(
      async () => ((await stack.mail.list()).some((m) => m.to.includes('lise@levanger') && m.subject === 'Bekreftelse: søknad fra Levanger kommune er mottatt') ? true : undefined),
      30_000,
      'receipt after restart',
    );
  }, 120_000);
});

describe('200 concurrent uploads for one municipality', () => {
  it('all land, and the final target status is the one the figures give', async () => {
    const uploads = Array.from({ length: 200 }, (_, i) => ({ period: `2007Q${(i % 4) + 1}`, lostDays: 80 + (i % 23), agreedDays: 1000 }));
    const send = (row: (typeof uploads)[number]) => api('/municipalities/1721/absence-figures', { method: 'POST', token: tokens['1721'], body: { rows: [row] } });
    const responses = await Promise.all(uploads.map(send));
    // Identical uploads (same content) are recognised as repeats, or told to retry while the first
    // is in flight; a saturated machine may answer 503 (the function's deadline, nothing stored).
    // The client retries what it was told to retry; then every upload has landed.
    const outcome = (r: (typeof responses)[number]) =>
      r.status === 201 ? 'stored' : r.status === 200 && r.json.duplicate === true ? 'repeat' : (r.status === 409 || r.status === 503) && r.headers.get('retry-after') ? 'retry' : `${r.status} ${r.json.type}`;
    expect(responses.map(outcome).filter((o) => !['stored', 'repeat', 'retry'].includes(o))).toEqual([]);
    const retried = await Promise.all(
      uploads.map((row, i) => (outcome(responses[i]!) !== 'retry' ? undefined : eventually(async () => { const r = await send(row); return outcome(r) === 'retry' ? undefined : r; }, 120_000, 'a retried upload'))),
    );
    expect(retried.filter((r) => r && outcome(r) !== 'stored' && outcome(r) !== 'repeat')).toEqual([]);
    // Stored = answered 201, first time or on a retry: a 409 or 503 never stored anything.
    const stored = [...responses, ...retried].filter((r) => r?.status === 201).length;
    await stack.settled();
    const series = await eventually(async () => {
      const s = await api('/municipalities/1721/absence-figures', { token: tokens['1721'] });
      return s.json.targetStatus && s.json.figures.reduce((n: number, f: { revisions: number }) => n + f.revisions, 0) === stored ? s : undefined;
    }, 30_000, 'all revisions and a status');
    const figures = series.json.figures as (AbsenceFigure & { revisions: number })[];
    const sequential = assessTarget(target, quarterlyTotals(figures));
    expect(series.json.targetStatus).toMatchObject({ status: sequential.status, latest: sequential.latest, expectedPercentage: sequential.expectedPercentage });
  }, 120_000);
});

describe('identical bulk uploads racing through the gateway', () => {
  it('store the content once: one 201, the others 200 duplicate or 409 upload-in-progress with Retry-After; one event; readers see all 150 or none; the rows are promoted', async () => {
    const quarter = '2007Q2';
    // 150 municipalities that existed through the quarter, none of those the other tests upload for.
    const register = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'reference', 'kommuner_2006-2007.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
    const numbers = register.filter(([number, , , , from, to]) => !['1721', '1719'].includes(number!) && from! <= '2007-04-01' && (!to || to >= '2007-07-01')).map(([number]) => number!).slice(0, 150);
    expect(numbers).toHaveLength(150);
    const body = { rows: numbers.map((municipalityNumber, i) => ({ municipalityNumber, period: quarter, lostDays: 60 + (i % 11), agreedDays: 1000 })) };
    const counted = async () => {
      const c = await api(`/overview/absence-comparison?from=${quarter}&to=${quarter}`, { token: tokens.secretariat });
      return (c.json.quarters[0].participants.municipalities + c.json.quarters[0].nonParticipants.municipalities) as number;
    };
    const before = await counted();
    const events: string[] = [];
    const onPut = (event: { 'detail-type'?: string; detail?: unknown }) => {
      const data = (event.detail as { data?: { municipalities?: string[] } }).data;
      if (event['detail-type'] === 'AbsenceFiguresUploaded' && data?.municipalities?.length === 150) events.push(event['detail-type']);
    };
    stack.bus.on('put', onPut);
    try {
      const seen = new Set<number>();
      let racing = true;
      const reader = (async () => {
        while (racing) seen.add((await counted()) - before);
      })();
      const send = () => api('/absence-figures', { method: 'POST', token: tokens.secretariat, body });
      const responses = await Promise.all(Array.from({ length: 6 }, send));
      // A client told to retry does (a saturated machine may also answer 503 at the deadline, having stored nothing).
      if (!responses.some((r) => r.status === 201)) await eventually(async () => { const r = await send(); responses.push(r); return r.status === 201 ? r : undefined; }, 120_000, 'the upload stored');
      racing = false;
      await reader;

      expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
      const first = responses.find((r) => r.status === 201)!.json;
      for (const r of responses.filter((r) => r.status !== 201)) {
        if (r.status === 200) expect(r.json).toEqual({ ...first, duplicate: true });
        else {
          expect([409, 503]).toContain(r.status);
          expect(r.headers.get('content-type')).toBe('application/problem+json');
          expect(r.status === 503 || r.json.type === '/problems/upload-in-progress').toBe(true);
          expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
        }
      }
      // Those told to retry get the first one's receipt when they do.
      const again = await eventually(async () => { const r = await send(); return r.status === 200 ? r : undefined; }, 60_000, 'the receipt of the stored upload');
      expect(again.json).toEqual({ ...first, duplicate: true });
      expect([...seen].filter((n) => n !== 0 && n !== 150)).toEqual([]);
      expect(await counted()).toBe(before + 150);

      await stack.settled();
      expect(events).toHaveLength(1);
      for (const number of [numbers[0]!, numbers[149]!]) {
        const figures = (await api(`/municipalities/${number}/absence-figures`, { token: tokens.secretariat })).json.figures as { period: string; revisions: number }[];
        expect(figures.filter((f) => f.period === quarter).map((f) => f.revisions)).toEqual([1]);
      }
      // The event's consumer promoted the rows: marked committed, their TTL gone.
      const rows = await documentClient.send(new QueryCommand({ TableName: stack.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `ABSENCE#${numbers[0]}` } }));
      expect(rows.Items?.filter((i) => i.uploadId === first.uploadId).map((i) => ({ committed: i.committed, expiration: i.expiration }))).toEqual([{ committed: true, expiration: undefined }]);
    } finally {
      stack.bus.off('put', onPut);
    }
  }, 180_000);
});
