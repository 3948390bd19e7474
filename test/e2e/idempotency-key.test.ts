/**
 * `Idempotency-Key` on POST: a repeated request gets the first response and has its effects
 * once; the key is the caller's own; reusing it for another request is refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiClient, createOpenCohort } from '../support/api-client.ts';
import { confirmEmail, isConfirmationMail } from '../support/email-confirmation.ts';
import { completeApplication, eventually } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const tokens: Record<string, string> = {};
let cohortId: string;

beforeAll(async () => {
  stack = testStack();
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  for (const n of ['1721', '1719', '0101']) tokens[n] = await stack.issuer.issue({ role: 'municipality', municipality: n });
  cohortId = await createOpenCohort(api, tokens.secretariat!);
});

const apply = (number: string, key?: string, leader = { name: 'Kari', email: `pl-${number}@kommune.no` }) =>
  api('/applications', { method: 'POST', token: tokens[number], body: { ...completeApplication({ projectLeader: leader }), cohortId }, ...(key ? { headers: { 'idempotency-key': key } } : {}) });

describe('Idempotency-Key', () => {
  it('answers a repeated POST with the first response, and acts once', async () => {
    const first = await apply('1721', 'soknad-verdal-0001');
    const again = await apply('1721', 'soknad-verdal-0001');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json.id).toBe(first.json.id);
    expect((await api('/applications', { token: tokens['1721'] })).json.applications).toHaveLength(1);
    await stack.settled();
    // The project leader's address is typed: its owner confirms it (once: one code), then the receipt goes out (once).
    await confirmEmail(stack, api, 'pl-1721@kommune.no');
    await eventually(async () => ((await stack.mail.list()).some((m) => m.to.includes('pl-1721@') && !isConfirmationMail(m)) ? true : undefined), 20_000, 'receipt');
    expect((await stack.mail.list()).filter((m) => m.to.includes('pl-1721@') && !isConfirmationMail(m))).toHaveLength(1);
    expect((await stack.mail.list()).filter((m) => m.to.includes('pl-1721@') && isConfirmationMail(m))).toHaveLength(1);
  });

  it('refuses the same key with a different request', async () => {
    const reused = await apply('1721', 'soknad-verdal-0001', { name: 'Noen andre', email: 'annen@verdal.kommune.no' });
    expect(reused.status).toBe(422);
    expect(reused.json.type).toBe('/problems/idempotency-key-reused');
  });

  it('keeps keys apart per caller', async () => {
    const levanger = await apply('1719', 'soknad-verdal-0001');
    expect(levanger.status).toBe(201);
    expect(levanger.json.municipalityNumber).toBe('1719');
  });

  it('without a key, a repeat is a new request (here refused by the one-application rule)', async () => {
    expect((await apply('0101')).status).toBe(201);
    expect((await apply('0101')).status).toBe(409);
  });

  it('refuses a malformed key', async () => {
    const response = await apply('0101', 'x y');
    expect(response.status).toBe(422);
    expect(response.json.errors).toEqual([{ pointer: '/headers/idempotency-key', detail: expect.any(String) }]);
  });

  it('makes an upload repeatable without double-counting', async () => {
    const body = { rows: [{ period: '2007Q1', lostDays: 90, agreedDays: 1000 }] };
    const headers = { 'idempotency-key': 'upload-verdal-2007q1' };
    const first = await api('/municipalities/1721/absence-figures', { method: 'POST', token: tokens['1721'], body, headers });
    const again = await api('/municipalities/1721/absence-figures', { method: 'POST', token: tokens['1721'], body, headers });
    expect(first.status).toBe(201);
    expect(again.json).toEqual(first.json);
    const series = await api('/municipalities/1721/absence-figures', { token: tokens['1721'] });
    expect(series.json.figures).toEqual([expect.objectContaining({ period: '2007Q1', revisions: 1 })]);
  });
});
