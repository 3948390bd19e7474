/**
 * Stimulus funds through the HTTP API, as the secretariat and two participants use them: the
 * 2007 budget as shipped, a grant of less than was asked for and its letter in bokmål, a full
 * grant and its letter in nynorsk, a payment, the account of use, a grant the line cannot
 * hold (409 with the remainder), and the overview per line and per cohort — every figure in øre.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiClient, createOpenCohort } from '../support/api-client.ts';
import { confirmEmail } from '../support/email-confirmation.ts';
import { completeApplication, eventually } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
let secretariat: string;
let cohortId: string;
const participants = {
  verdal: { number: '1721', leader: 'anne.grete.wold@verdal.kommune.no', token: '' },
  jolster: { number: '1431', leader: 'prosjektleiar@jolster.kommune.no', token: '' },
};

async function mailTo(address: string, subjectStart: string) {
  return eventually(async () => {
    const mail = (await stack.mail.list()).find((m) => m.to.includes(address) && m.subject.startsWith(subjectStart));
    return mail ? { ...mail, text: (await stack.mail.read(mail.file)).text } : undefined;
  }, 20_000, `"${subjectStart}…" to ${address}`);
}

beforeAll(async () => {
  stack = testStack();
  secretariat = await stack.issuer.issue({ role: 'secretariat' });
  cohortId = await createOpenCohort(api, secretariat);
  for (const p of Object.values(participants)) {
    p.token = await personToken(stack, { municipality: p.number });
    const applied = await api('/applications', { method: 'POST', token: p.token, body: { ...completeApplication({ projectLeader: { name: 'Prosjektleder', email: p.leader } }), cohortId } });
    expect(applied.status, JSON.stringify(applied.json)).toBe(201);
    const decided = await api(`/applications/${applied.json.id}/decision`, { method: 'POST', token: secretariat, body: { outcome: 'admitted', reason: 'Alle elementer er med', decidedOn: '2007-03-30' } });
    expect(decided.status, JSON.stringify(decided.json)).toBe(200);
    await confirmEmail(stack, api, p.leader);
  }
  expect((await api(`/municipalities/${participants.jolster.number}`, { method: 'PATCH', token: participants.jolster.token, body: { writtenStandard: 'nynorsk' } })).status).toBe(200);
}, 120_000);

describe('stimulus funds', () => {
  let verdalGrant: string;
  let jolsterGrant: string;

  it('2007 has the budget of the agreement of 23 October 2006 until the secretariat sets it', async () => {
    const budget = await api('/budget/2007', { token: secretariat });
    expect(budget.status).toBe(200);
    expect(budget.json).toMatchObject({ year: 2007, isDefault: true });
    expect(Object.fromEntries(budget.json.lines.map((l: { line: string; budget: number }) => [l.line, l.budget]))).toEqual({
      secretariat: 700_000_000,
      'competence-development': 300_000_000,
      'stimulus-funds': 1_000_000_000,
    });
  });

  it('a grant of less than asked for, and its letter in bokmål', async () => {
    const applied = await api('/grants', { method: 'POST', token: participants.verdal.token, body: { cohortId, purpose: 'Lederopplæring i nærværsarbeid.', amountRequested: 50_000_000, year: 2007 } });
    expect(applied.status, JSON.stringify(applied.json)).toBe(201);
    verdalGrant = applied.json.id;
    const decided = await api(`/grants/${verdalGrant}/decision`, { method: 'POST', token: secretariat, body: { granted: 35_000_050, comment: 'Reiseutgifter dekkes ikke.' } });
    expect(decided.status, JSON.stringify(decided.json)).toBe(200);
    expect(decided.json).toMatchObject({ status: 'granted', decision: { granted: 35_000_050 } });
    const letter = await mailTo(participants.verdal.leader, 'Stimuleringsmidler til Verdal kommune');
    expect(letter.subject).toBe('Stimuleringsmidler til Verdal kommune: 350\u00a0000,50 kr er innvilget');
    expect(letter.text).toContain('Sekretariatet har innvilget 350\u00a0000,50 kr av de 500\u00a0000,00 kr dere søkte om.');
    expect(letter.text).toContain('Reiseutgifter dekkes ikke.');
  });

  it('a full grant, and its letter in nynorsk', async () => {
    const applied = await api('/grants', { method: 'POST', token: participants.jolster.token, body: { cohortId, purpose: 'Kurs for tillitsvalde.', amountRequested: 12_000_000, year: 2007 } });
    expect(applied.status).toBe(201);
    jolsterGrant = applied.json.id;
    expect((await api(`/grants/${jolsterGrant}/decision`, { method: 'POST', token: secretariat, body: { granted: 12_000_000, comment: '' } })).status).toBe(200);
    const letter = await mailTo(participants.jolster.leader, 'Stimuleringsmidlar til Jølster kommune');
    expect(letter.language).toBe('nn');
    expect(letter.text).toContain('Sekretariatet har løyvt heile summen, 120\u00a0000,00 kr.');
  });

  it('records a payment and the account of use; a municipality reads its own grants only', async () => {
    const paid = await api(`/grants/${verdalGrant}/payment`, { method: 'POST', token: secretariat, body: { paidOn: '2007-06-01', amount: 20_000_000 } });
    expect(paid.status, JSON.stringify(paid.json)).toBe(200);
    // A part paid: still granted, until all of it is paid.
    expect(paid.json).toMatchObject({ status: 'granted', paidAmount: 20_000_000 });
    const accounted = await api(`/grants/${verdalGrant}/account`, { method: 'POST', token: participants.verdal.token, body: { spentAmount: 19_500_000, description: 'To samlinger for ledere, september og november.' } });
    expect(accounted.status, JSON.stringify(accounted.json)).toBe(200);
    expect(accounted.json.account).toMatchObject({ spentAmount: 19_500_000 });
    expect((await api(`/grants/${jolsterGrant}`, { token: participants.verdal.token })).status).toBe(404);
    const own = await api(`/grants?cohortId=${cohortId}`, { token: participants.verdal.token });
    expect(own.json.grants.map((g: { id: string }) => g.id)).toEqual([verdalGrant]);
  });

  it('refuses a grant the line cannot hold, naming what remains', async () => {
    // A year the secretariat sets small: 1,000 kr of stimulus funds, 400 granted first.
    expect((await api('/budget/2008', { method: 'PUT', token: secretariat, body: { lines: { secretariat: 0, 'competence-development': 0, 'stimulus-funds': 100_000 }, source: 'Prøvebudsjett' } })).status).toBe(200);
    const first = await api('/grants', { method: 'POST', token: participants.verdal.token, body: { cohortId, purpose: 'Del 1.', amountRequested: 40_000, year: 2008 } });
    expect((await api(`/grants/${first.json.id}/decision`, { method: 'POST', token: secretariat, body: { granted: 40_000, comment: '' } })).status).toBe(200);
    const second = await api('/grants', { method: 'POST', token: participants.jolster.token, body: { cohortId, purpose: 'Del 2.', amountRequested: 70_000, year: 2008 } });
    const refused = await api(`/grants/${second.json.id}/decision`, { method: 'POST', token: secretariat, body: { granted: 70_000, comment: '' } });
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(refused.json).toMatchObject({ type: '/problems/budget-line-exceeded', remainder: { year: 2008, line: 'stimulus-funds', ore: 60_000, requestedOre: 70_000 } });
    expect((await api(`/grants/${second.json.id}`, { token: secretariat })).json.status).toBe('applied');
  });

  it('the overview shows budget, granted, paid and remaining per line, and per cohort', async () => {
    const overview = await api('/overview/budget?year=2007', { token: secretariat });
    expect(overview.status).toBe(200);
    const stimulus = overview.json.lines.find((l: { line: string }) => l.line === 'stimulus-funds');
    expect(stimulus).toEqual({ line: 'stimulus-funds', budget: 1_000_000_000, granted: 47_000_050, paid: 20_000_000, remaining: 952_999_950 });
    expect(overview.json.cohorts).toEqual([expect.objectContaining({ cohortId, granted: 47_000_050, paid: 20_000_000, unpaid: 27_000_050 })]);
    expect(overview.json.totals).toMatchObject({ budget: 2_000_000_000, granted: 47_000_050, paid: 20_000_000 });
    expect((await api('/overview/budget?year=2007', { token: participants.verdal.token })).status).toBe(403);
  });
});
