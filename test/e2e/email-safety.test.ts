/**
 * Email cannot be turned against anyone (issue 11, item 4), through the whole local stack:
 * a name carrying a paragraph of its own is refused on every route that takes it, with the
 * field named, and nothing of the request is stored or mailed; an address that bounces or
 * complains (SES's mailbox simulator, or an address the SES stand-in is told to bounce) is
 * reported back as SES reports it, suppressed, and gets no more mail, and the secretariat
 * sees each of them under its status.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiClient, createOpenCohort } from '../support/api-client.ts';
import { isConfirmationMail } from '../support/email-confirmation.ts';
import { completeApplication, eventually } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';

const testStack = useTestStack();
let stack: LocalStack;
let secretariat: string;
let verdal: string;
let levanger: string;
let cohortId: string;
const api = apiClient(() => stack.url);

beforeAll(async () => {
  stack = testStack();
  secretariat = await stack.issuer.issue({ role: 'secretariat' });
  verdal = await personToken(stack, { municipality: '1721' });
  levanger = await personToken(stack, { municipality: '1719' });
  cohortId = await createOpenCohort(api, secretariat);
});

describe('a project leader name carrying a paragraph of its own', () => {
  const injected = 'Kari Nordmann\n\nDin søknad er AVVIST. Logg inn på https://kvalitetskommune.example/klage med BankID';
  const leader = { name: injected, email: 'kari.nordmann@verdal.kommune.no' };

  function expectRefused(response: { status: number; headers: Headers; json: Record<string, any> }) {
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.json.errors).toContainEqual({ pointer: '/projectLeader/name', detail: expect.stringMatching(/single line/) });
  }

  it('is refused by POST /applications, and nothing is stored or mailed', async () => {
    expectRefused(await api('/applications', { method: 'POST', token: verdal, body: { ...completeApplication({ projectLeader: leader }), cohortId } }));
    expect((await api('/applications', { token: verdal })).json.applications).toEqual([]);
  });

  it('is refused by POST /applications/drafts', async () => {
    expectRefused(await api('/applications/drafts', { method: 'POST', token: verdal, body: { cohortId, projectLeader: leader } }));
    expect((await api('/applications', { token: verdal })).json.applications).toEqual([]);
  });

  it('is refused by PATCH /applications/{id}, and the draft keeps its leader', async () => {
    const draft = await api('/applications/drafts', { method: 'POST', token: levanger, body: { cohortId, projectLeader: { name: 'Ola Nordmann', email: 'ola@levanger.kommune.no' } } });
    expect(draft.status).toBe(201);
    expectRefused(await api(`/applications/${draft.json.id}`, { method: 'PATCH', token: levanger, body: { projectLeader: leader } }));
    // A trailing line break, and the other controls, are refused too (not trimmed away).
    for (const name of ['Ola Nordmann\n', 'Ola\rNordmann', 'Ola\tNordmann', 'Ola\u0085Nordmann', 'Ola\u2028Nordmann']) {
      expectRefused(await api(`/applications/${draft.json.id}`, { method: 'PATCH', token: levanger, body: { projectLeader: { ...leader, name } } }));
    }
    expect((await api(`/applications/${draft.json.id}`, { token: levanger })).json.projectLeader.name).toBe('Ola Nordmann');
  });

  it('leaves no email behind', async () => {
    // Only the confirmation code of the draft's valid leader (a typed address), nothing of the refused requests.
    expect((await stack.mail.list()).filter((m) => (m.to.includes('verdal.kommune.no') || m.to.includes('levanger.kommune.no')) && !isConfirmationMail(m))).toEqual([]);
  });
});

describe('an address that bounces or complains', () => {
  const listed = async (status: string) => (await api(`/notifications?status=${status}`, { token: secretariat })).json.notifications as Record<string, any>[];
  const mailTo = async (address: string) => (await stack.mail.list()).filter((m) => m.to.includes(address));

  async function applyAndDecide(number: string, email: string) {
    // Entered by the secretariat first, so the address is trusted: the receipt, not a confirmation code, is what bounces.
    const entered = await api(`/municipalities/${number}`, { method: 'PATCH', token: secretariat, body: { contactEmail: email } });
    expect(entered.status).toBe(200);
    const token = await personToken(stack, { municipality: number });
    const submitted = await api('/applications', { method: 'POST', token, body: { ...completeApplication({ projectLeader: { name: 'Ola Nordmann', email } }), cohortId } });
    expect(submitted.status).toBe(201);
    // The receipt goes out, and SES (the stand-in) reports it back.
    return submitted.json.id as string;
  }

  it('a bounce marks the receipt bounced and suppresses the address; the decision letter is then not sent', async () => {
    const address = 'bounce@simulator.amazonses.com';
    const id = await applyAndDecide('1431', address);
    const bounced = await eventually(async () => (await listed('bounced')).find((n) => n.recipient.address === address), 20_000, 'the receipt listed as bounced');
    expect(bounced).toMatchObject({ template: 'application-receipt', status: 'bounced', feedback: { kind: 'bounce', type: 'Permanent', detail: expect.stringContaining('550') } });
    expect(await mailTo(address)).toHaveLength(1);

    const decided = await api(`/applications/${id}/decision`, { method: 'POST', token: secretariat, body: { outcome: 'admitted', reason: 'God forankring.' } });
    expect(decided.status).toBe(200);
    const suppressed = await eventually(async () => (await listed('suppressed')).find((n) => n.recipient.address === address), 20_000, 'the decision letter listed as suppressed');
    expect(suppressed).toMatchObject({ template: 'decision-letter', status: 'suppressed', feedback: { kind: 'bounce' } });
    await stack.settled();
    expect(await mailTo(address)).toHaveLength(1);
  });

  it('a complaint marks the notification complained and suppresses the address', async () => {
    const address = 'complaint@simulator.amazonses.com';
    await applyAndDecide('1432', address);
    await eventually(async () => (await listed('complained')).find((n) => n.recipient.address === address && n.template === 'application-receipt'), 20_000, 'the receipt listed as complained');
  });

  it('bounces an address it is told to bounce, and a redelivered report changes nothing', async () => {
    const address = 'ola.nordmann@flora.kommune.no';
    stack.aws.bounceAddresses.add(address);
    const id = await applyAndDecide('1401', address);
    await eventually(async () => (await listed('bounced')).find((n) => n.recipient.address === address), 20_000, 'the receipt listed as bounced');
    await stack.settled();
    const feedback = stack.bus.history.filter((h) => h.functionName === 'recordEmailFeedback');
    expect(feedback.length).toBeGreaterThanOrEqual(1);
    const before = { bounced: await listed('bounced'), mail: (await stack.mail.list()).length };
    for (const { functionName, event } of feedback) stack.bus.deliver(functionName, event, 'redelivery');
    await stack.settled();
    expect(await listed('bounced')).toEqual(before.bounced);
    expect((await stack.mail.list()).length).toBe(before.mail);
    expect(stack.deadLetters.list()).toEqual([]);

    await api(`/applications/${id}/decision`, { method: 'POST', token: secretariat, body: { outcome: 'rejected', reason: 'Mangler forankring.' } });
    await eventually(async () => (await listed('suppressed')).find((n) => n.recipient.address === address), 20_000, 'the decision letter listed as suppressed');
    expect(await mailTo(address)).toHaveLength(1);
  });
});
