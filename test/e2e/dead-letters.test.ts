/**
 * Poison events: after the last retry an event waits in its function's dead-letter queue; the
 * secretariat inspects it and, once the cause is fixed, sends it back (a redrive), which then
 * has its effects once. Locally the queues are the dead-letter store behind the SQS stand-in.
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
const tokens: Record<string, string> = {};
const leader = { name: 'Kari', email: 'kari@verdal.kommune.no' };

beforeAll(async () => {
  stack = testStack();
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  tokens.verdal = await personToken(stack, { municipality: '1721' });
  const cohortId = await createOpenCohort(api, tokens.secretariat);
  stack.aws.failNextEmails = 1_000;
  expect((await api('/applications', { method: 'POST', token: tokens.verdal, body: { ...completeApplication({ projectLeader: leader }), cohortId } })).status).toBe(201);
  await eventually(() => (stack.deadLetters.list().filter((l) => l.target === 'deliverNotification').length >= 3 ? true : undefined), 30_000, 'dead letters');
});

describe('dead letters', () => {
  it('are shown to the secretariat, with the event and the error', async () => {
    const response = await api('/dead-letters', { token: tokens.secretariat });
    expect(response.status).toBe(200);
    const letters = response.json.deadLetters as { function: string; eventType: string; errorMessage: string }[];
    // The invitation summary, the project leader's confirmation code and the secretariat's notice could not be sent
    // (the receipt waits, not failed, for the typed address to be confirmed).
    expect(letters.filter((l) => l.function === 'deliverNotification')).toHaveLength(3);
    expect(letters.every((l) => l.eventType === 'NotificationQueued' && /Injected failure/.test(l.errorMessage))).toBe(true);
    expect((await api('/dead-letters', { token: tokens.verdal })).status).toBe(403);
  });

  it('are sent back once the cause is fixed, and then have their effects once', async () => {
    stack.aws.failNextEmails = 0;
    const redrive = await api('/dead-letters/deliverNotification/redrive', { method: 'POST', token: tokens.secretariat });
    expect(redrive.status).toBe(202);
    expect(redrive.json).toEqual({ function: 'deliverNotification', redriven: 3 });
    await eventually(async () => ((await stack.mail.list()).length === 3 ? true : undefined), 20_000, 'three emails');
    await stack.settled();
    expect((await stack.mail.list()).map((m) => m.subject).sort()).toEqual([
      'Bekreft e-postadressen din for Kvalitetskommuneprogrammet',
      'Invitasjoner til Pulje I: 0 sendt, 431 uten kontaktadresse',
      'Ny søknad: Verdal kommune (1721)',
    ]);
    // The redriven confirmation code works: the held receipt follows, once.
    await confirmEmail(stack, api, leader.email);
    expect((await stack.mail.list()).map((m) => m.subject).sort()).toEqual([
      'Bekreft e-postadressen din for Kvalitetskommuneprogrammet',
      'Bekreftelse: søknad fra Verdal kommune er mottatt',
      'Invitasjoner til Pulje I: 0 sendt, 431 uten kontaktadresse',
      'Ny søknad: Verdal kommune (1721)',
    ]);
    expect((await api('/dead-letters', { token: tokens.secretariat })).json.deadLetters).toEqual([]);
    expect((await api('/notifications?status=failed', { token: tokens.secretariat })).json.notifications).toEqual([]);
  });

  it('refuses a function without a dead-letter queue', async () => {
    expect((await api('/dead-letters/getCohort/redrive', { method: 'POST', token: tokens.secretariat })).status).toBe(404);
  });
});
