/**
 * `Idempotency-Key` on POST: a repeated request gets the first response and has its effects
 * once; the key is the caller's own on one resource (method, concrete path, tenant, subject);
 * reusing it for another request is refused. Concurrent repeats: idempotency-races.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiClient, createOpenCohort } from '../support/api-client.ts';
import { confirmEmail, isConfirmationMail } from '../support/email-confirmation.ts';
import { completeApplication, eventually } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const tokens: Record<string, string> = {};
let cohortId: string;

beforeAll(async () => {
  stack = testStack();
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  for (const n of ['1721', '1719', '0101', '1702', '1714']) tokens[n] = await personToken(stack, { municipality: n });
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
    const traced = await api('/applications', { method: 'POST', token: tokens['1721'], body: { ...completeApplication({ projectLeader: { name: 'Kari', email: 'pl-1721@kommune.no' } }), cohortId }, headers: { 'idempotency-key': 'soknad-verdal-0001', 'x-correlation-id': 'gjentak-0001' } });
    expect(traced.json).toEqual(first.json);
    expect(traced.headers.get('x-correlation-id'), 'a replay carries the correlation id of the request it answers').toBe('gjentak-0001');
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

  it('replays a decision only on the application it was sent for (same key and body on X, then Y)', async () => {
    const x = (await apply('1702')).json.id as string;
    const y = (await apply('1714')).json.id as string;
    const decide = (id: string) =>
      api(`/applications/${id}/decision`, { method: 'POST', token: tokens.secretariat, body: { outcome: 'rejected', reason: 'Ikke i år' }, headers: { 'idempotency-key': 'vedtak-samme-0001' } });
    const onX = await decide(x);
    const onY = await decide(y);
    expect(onX.status).toBe(200);
    expect(onY.status).toBe(200);
    expect(onX.json.id).toBe(x);
    expect(onY.json.id).toBe(y);
    expect((await api(`/applications/${y}`, { token: tokens.secretariat })).json.status).toBe('rejected');
    expect((await decide(x)).json).toEqual(onX.json);
  });

  // A subject is one person of one municipality now (its login); two municipalities' people sending one key stay apart by tenant.
  it('keeps two municipalities apart when their people send the same key', async () => {
    const verdal = await personToken(stack, { municipality: '1721' });
    const levanger = await personToken(stack, { municipality: '1719' });
    const other = await createOpenCohort(api, tokens.secretariat!, 'Pulje for delt sub');
    const draft = (token: string) => api('/applications/drafts', { method: 'POST', token, body: { cohortId: other }, headers: { 'idempotency-key': 'utkast-delt-0001' } });
    const first = await draft(verdal);
    const second = await draft(levanger);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(first.json.municipalityNumber).toBe('1721');
    expect(second.json.municipalityNumber).toBe('1719');
    expect(second.json.id).not.toBe(first.json.id);
    expect((await api(`/applications/${first.json.id}`, { token: levanger })).status).toBe(404);
  });

  it('keeps one key apart on two resources of one route (the cancellations of two gatherings, same body)', async () => {
    const other = await createOpenCohort(api, tokens.secretariat!, 'Pulje for samlinger');
    const schedule = async (cohort: string) =>
      (
        await api('/gatherings', {
          method: 'POST',
          token: tokens.secretariat,
          body: { kind: 'learning-seminar', title: 'Læringsseminar 1', hosts: { cohortIds: [cohort] }, when: { from: '2007-09-01', to: '2007-09-01' }, venue: { name: 'Stjørdal' } },
        })
      ).json.id as string;
    const [first, second] = [await schedule(cohortId), await schedule(other)];
    const cancel = (gathering: string) =>
      api(`/gatherings/${gathering}/cancellation`, { method: 'POST', token: tokens.secretariat, body: { reason: 'Flyttes.' }, headers: { 'idempotency-key': 'avlysning-samme-0001' } });
    const onFirst = await cancel(first);
    const onOther = await cancel(second);
    expect([onFirst.status, onOther.status]).toEqual([200, 200]);
    expect([onFirst.json.id, onOther.json.id]).toEqual([first, second]);
    expect((await api(`/gatherings?cohortId=${other}`, { token: tokens.secretariat })).json.gatherings).toEqual([expect.objectContaining({ id: second, status: 'cancelled' })]);
  });

  it('does not let a key reused with another body delete the first answer: the first request still replays', async () => {
    const create = (name: string) =>
      api('/cohorts', {
        method: 'POST',
        token: tokens.secretariat,
        body: { name, applicationWindow: { opensOn: '2008-01-01', closesOn: '2008-02-01' }, startDate: '2008-03-01', durationYears: 2 },
        headers: { 'idempotency-key': 'pulje-gjenbruk-0001' },
      });
    const first = await create('Pulje gjenbruk');
    expect(first.status).toBe(201);
    const reused = await create('Pulje annen');
    expect(reused.status).toBe(422);
    expect(reused.json.type).toBe('/problems/idempotency-key-reused');
    const again = await create('Pulje gjenbruk');
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    const cohorts = (await api('/cohorts', { token: tokens.secretariat })).json.cohorts as { name: string }[];
    expect(cohorts.filter((c) => c.name === 'Pulje gjenbruk')).toHaveLength(1);
  });

  it('does not store a refusal: the same keyed request is evaluated again once the state allows it', async () => {
    const draft = await api('/cohorts', {
      method: 'POST',
      token: tokens.secretariat,
      body: { name: 'Pulje som lukkes', applicationWindow: { opensOn: '2008-01-01', closesOn: '2008-02-01' }, startDate: '2008-03-01', durationYears: 2 },
    });
    const close = () => api(`/cohorts/${draft.json.id}/transitions`, { method: 'POST', token: tokens.secretariat, body: { action: 'close' }, headers: { 'idempotency-key': 'lukk-pulje-0001' } });
    const refused = await close();
    expect(refused.status).toBe(409);
    expect(refused.json.type).toBe('/problems/conflict');
    expect((await api(`/cohorts/${draft.json.id}/transitions`, { method: 'POST', token: tokens.secretariat, body: { action: 'open' } })).status).toBe(200);
    const closed = await close();
    expect(closed.status).toBe(200);
    expect(closed.json.status).toBe('closed');
    expect((await close()).json).toEqual(closed.json);
  });
});
