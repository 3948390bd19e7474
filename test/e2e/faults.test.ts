/**
 * Faults and concurrency: the database stopped mid-run (503s, no partial state, the pipeline
 * catches up when it is back), and 200 concurrent uploads for one municipality (consistent
 * figures; the stored target status equals the one computed from them sequentially).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../local/dynamodb-local.ts';
import { startLocalStack, type LocalStack } from '../../local/stack.ts';
import { quarterlyTotals, type AbsenceFigure } from '../../shared/domain/sick-leave.ts';
import { assessTarget } from '../../shared/domain/target-status.ts';
import { apiClient, createOpenCohort } from '../support/api-client.ts';
import { completeApplication, eventually } from '../support/fixtures.ts';
import { TEST_RATE_LIMITS } from '../support/local-stack.ts';

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
  for (const n of ['1721', '1719']) tokens[n] = await stack.issuer.issue({ role: 'municipality', municipality: n });
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
    await eventually(async () => ((await stack.mail.list()).some((m) => m.to.includes('lise@levanger')) ? true : undefined), 30_000, 'receipt after restart');
  }, 120_000);
});

describe('200 concurrent uploads for one municipality', () => {
  it('all land, and the final target status is the one the figures give', async () => {
    const uploads = Array.from({ length: 200 }, (_, i) => ({ period: `2007Q${(i % 4) + 1}`, lostDays: 80 + (i % 23), agreedDays: 1000 }));
    const responses = await Promise.all(uploads.map((row) => api('/municipalities/1721/absence-figures', { method: 'POST', token: tokens['1721'], body: { rows: [row] } })));
    // Identical uploads (same content) are recognised as repeats; all others are stored.
    expect(responses.every((r) => r.status === 201 || (r.status === 200 && r.json.duplicate === true))).toBe(true);
    const stored = responses.filter((r) => r.status === 201).length;
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
