/**
 * Sign-up and attendance through the local stack's HTTP API: 40 sign-ups at once from four
 * municipalities for a gathering of 8 seats (2 per municipality) seat exactly 8; a cancellation
 * moves the first waitlisted registration up asynchronously, with its letter to the attendee and
 * the project leader; the reminder schedule mails registered attendees once; the secretariat
 * records attendance from the first day; the overview names who missed it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiClient, createOpenCohort, type ApiResponse } from '../support/api-client.ts';
import { completeApplication } from '../support/fixtures.ts';
import { storeGathering } from '../support/gatherings.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
let secretariat: string;
let cohortId: string;
const MUNICIPALITIES = ['1702', '1703', '1711', '1714'];
const tokens: Record<string, string> = {};

function expectStatus(response: ApiResponse, status: number, what: string) {
  expect(response.status, `${what}: ${JSON.stringify(response.json)}`).toBe(status);
  return response;
}

beforeAll(async () => {
  stack = testStack();
  secretariat = await stack.issuer.issue({ role: 'secretariat' });
  cohortId = await createOpenCohort(api, secretariat, 'Pulje for påmelding');
  for (const number of MUNICIPALITIES) {
    tokens[number] = await personToken(stack, { municipality: number });
    const application = expectStatus(
      await api('/applications', { method: 'POST', token: tokens[number], body: { ...completeApplication({ projectLeader: { name: `Leder ${number}`, email: `leder-${number}@kommune.no` } }), cohortId } }),
      201,
      'applying',
    );
    expectStatus(await api(`/applications/${application.json.id}/decision`, { method: 'POST', token: secretariat, body: { outcome: 'admitted', reason: 'Ok', decidedOn: '2007-03-30' } }), 200, 'admitting');
  }
  await stack.settled();
}, 180_000);

/** The notifications of a template to an address, whatever their status (a typed address's mail waits for its confirmation). */
async function lettersTo(address: string, template: string): Promise<{ subject: string }[]> {
  const all = await Promise.all(
    ['queued', 'sent', 'awaiting-confirmation'].map(async (status) => ((await api(`/notifications?status=${status}`, { token: secretariat })).json.notifications ?? []) as { template: string; subject: string; recipient: { address: string } }[]),
  );
  return all.flat().filter((n) => n.template === template && n.recipient.address.toLowerCase() === address.toLowerCase());
}

const signUp = (gatheringId: string, number: string, i: number) =>
  api(`/gatherings/${gatheringId}/registrations`, { method: 'POST', token: tokens[number], body: { attendees: [{ name: `Deltaker ${number}-${i}`, email: `deltaker-${i}@k${number}.kommune.no` }] } });

describe('signing up through the API', () => {
  it('seats exactly the capacity when 40 sign up at once, moves the waiting list up on a cancellation, with its letter', async () => {
    const gathering = await storeGathering(stack.tableName, { hosts: { cohortIds: [cohortId] }, capacity: { total: 8, perMunicipality: 2 } });
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signUp(gathering.id, MUNICIPALITIES[i % 4]!, i)));
    expect(answers.filter((a) => a.status !== 201).map((a) => `${a.status} ${a.json.detail}`)).toEqual([]);

    const listed = (await api(`/gatherings/${gathering.id}/registrations`, { token: secretariat })).json;
    const seated = listed.registrations.filter((r: { status: string }) => r.status === 'registered');
    const waiting = listed.registrations.filter((r: { status: string }) => r.status === 'waitlisted');
    expect(seated).toHaveLength(8);
    expect(listed.seats.taken).toBe(8);
    for (const m of MUNICIPALITIES) expect(seated.filter((r: { municipalityNumber: string }) => r.municipalityNumber === m)).toHaveLength(2);
    expect(new Set(waiting.map((r: { position: number }) => r.position)).size).toBe(32);

    // A municipality sees only its own registrations.
    const own = (await api(`/gatherings/${gathering.id}/registrations`, { token: tokens['1702'] })).json.registrations as { municipalityNumber: string }[];
    expect(own.every((r) => r.municipalityNumber === '1702')).toBe(true);

    // 1702 cancels one of its seats: its first waitlisted attendee moves up (the others are at their limit).
    const cancelled = seated.find((r: { municipalityNumber: string }) => r.municipalityNumber === '1702');
    expectStatus(await api(`/gatherings/${gathering.id}/registrations/${cancelled.id}/cancellation`, { method: 'POST', token: tokens['1702'] }), 200, 'cancelling');
    const first = waiting.filter((r: { municipalityNumber: string }) => r.municipalityNumber === '1702').sort((a: { position: number }, b: { position: number }) => a.position - b.position)[0];
    await stack.settled();
    const after = (await api(`/gatherings/${gathering.id}/registrations`, { token: secretariat })).json;
    expect(after.seats.taken).toBe(8);
    expect(after.registrations.find((r: { id: string }) => r.id === first.id).status).toBe('registered');
    // The letters to the attendee and the project leader (addresses the municipality typed: held until confirmed).
    const movedUp = await lettersTo(first.attendee.email, 'gathering-moved-up');
    expect(movedUp.map((n) => n.subject)).toEqual([`Du har fått plass: ${gathering.title}`]);
    expect(await lettersTo('leder-1702@kommune.no', 'gathering-moved-up')).toHaveLength(1);
  }, 180_000);

  it('refuses a sign-up after the deadline (409 naming the rule) and a session left out (422 naming sessionId)', async () => {
    const closed = await storeGathering(stack.tableName, { hosts: { cohortIds: [cohortId] }, when: { from: '2007-09-01', to: '2007-09-01' } });
    const late = await signUp(closed.id, '1702', 1);
    expect(late.status).toBe(409);
    expect(late.json.detail).toContain('rule: registration-deadline');
    const sessions = await storeGathering(stack.tableName, { hosts: { cohortIds: [cohortId] }, sessions: [{ id: '00000000-0000-4000-8000-000000000001', from: '2099-09-01', to: '2099-09-01' }] });
    const noSession = await signUp(sessions.id, '1702', 1);
    expect(noSession.status).toBe(422);
    expect(JSON.stringify(noSession.json)).toContain('/sessionId');
  });

  it('reminds registered attendees once, records attendance from the first day, and the overview names who missed it', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const soon = await storeGathering(stack.tableName, { title: 'Nettverkssamling i morgen', hosts: { cohortIds: [cohortId] }, when: { from: tomorrow, to: tomorrow } });
    const made = expectStatus(await signUp(soon.id, '1703', 900), 201, 'signing up').json.registrations[0];
    stack.clock.fire('gathering-reminders', new Date(`${today}T05:30:00Z`));
    await stack.settled();
    stack.clock.fire('gathering-reminders', new Date(`${today}T05:30:00Z`));
    await stack.settled();
    const reminders = (await lettersTo(made.attendee.email, 'gathering-reminder')).filter((n) => n.subject.includes('Nettverkssamling i morgen'));
    expect(reminders.map((n) => n.subject)).toEqual(['Påminnelse: Nettverkssamling i morgen i morgen']);

    // Held yesterday (stored so): 1703's attendee came, nobody of the others.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const held = await storeGathering(stack.tableName, { title: 'Læringsseminar i går', hosts: { cohortIds: [cohortId] }, when: { from: yesterday, to: yesterday } });
    const notYet = await storeGathering(stack.tableName, { hosts: { cohortIds: [cohortId] } });
    const early = await api(`/gatherings/${notYet.id}/attendance`, { method: 'PUT', token: secretariat, body: { records: [] } });
    expect(early.status).toBe(409);
    expect(early.json.detail).toContain('rule: not-started');
    const recorded = expectStatus(
      await api(`/gatherings/${held.id}/attendance`, { method: 'PUT', token: secretariat, body: { walkIns: [{ municipalityNumber: '1703', name: 'Walk In' }] } }),
      200,
      'recording attendance',
    );
    expect(recorded.json.attendedBy).toEqual(['1703']);

    const missed = (await api('/overview/missed-gatherings', { token: secretariat })).json.participants as { municipalityNumber: string; missed: { gatheringId: string }[] }[];
    const of = (m: string) => missed.find((p) => p.municipalityNumber === m)!.missed.map((g) => g.gatheringId);
    expect(of('1703')).not.toContain(held.id);
    for (const m of ['1702', '1711', '1714']) expect(of(m)).toContain(held.id);
    const self = (await api('/overview/missed-gatherings', { token: tokens['1702'] })).json.participants as { municipalityNumber: string }[];
    expect(self.map((p) => p.municipalityNumber)).toEqual(['1702']);
  }, 120_000);
});
