/**
 * A cohort with drafts gets its nudges and closes by itself, through the local stack. Levanger
 * (bokmål, a contact address) is invited and never applies; Jølster (nynorsk) has a draft;
 * Verdal submits. The clock fires the daily nudges on the first step's day (twice), on a day
 * between the steps, and a day late for the second step; then the nightly close on the window's
 * last day (nothing) and the day after (twice): Jølster's project leader gets one nynorsk nudge
 * per step about the draft, Levanger's contact address one bokmål nudge per step, Verdal none;
 * the cohort is closed, the secretariat's close is then a 409, and a draft can no longer be submitted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiClient, expectStatus as expectOk } from '../support/api-client.ts';
import { confirmEmail } from '../support/email-confirmation.ts';
import { completeApplication } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const tokens: Record<string, string> = {};
const seen = new Set<string>();
const log: { day: string; to: string; language: string; subject: string; text: string }[] = [];
let cohortId: string;
let draftId: string;

async function collect(day: string): Promise<void> {
  await stack.settled();
  for (const mail of await stack.mail.unread(seen)) {
    if (/søknadsfristen/i.test(mail.subject)) log.push({ day, to: mail.to.replace(/^.*<|>$/g, ''), language: mail.language, subject: mail.subject, text: mail.text });
  }
}

beforeAll(async () => {
  stack = testStack();
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  for (const n of ['1721', '1431', '1719']) tokens[n] = await personToken(stack, { municipality: n });
  expectOk(await api('/municipalities/1431', { method: 'PATCH', token: tokens['1431'], body: { writtenStandard: 'nynorsk' } }));
  expectOk(await api('/municipalities/1719', { method: 'PATCH', token: tokens['1719'], body: { contactEmail: 'postmottak@levanger.kommune.no' } }));
  await confirmEmail(stack, api, 'postmottak@levanger.kommune.no');
  const cohort = expectOk(
    await api('/cohorts', { method: 'POST', token: tokens.secretariat, body: { name: 'Pulje IV', applicationWindow: { opensOn: '2009-01-15', closesOn: '2009-03-15' }, startDate: '2009-09-01', durationYears: 2 } }),
    201,
  );
  cohortId = cohort.id;
  expectOk(await api(`/cohorts/${cohortId}/transitions`, { method: 'POST', token: tokens.secretariat, body: { action: 'open' } }));
  const leader = { name: 'Ola Jølster', email: 'prosjekt@jolster.kommune.no' };
  draftId = expectOk(await api('/applications/drafts', { method: 'POST', token: tokens['1431'], body: { cohortId, projectLeader: leader, focusAreas: ['childhood-education'] } }), 201).id;
  await confirmEmail(stack, api, leader.email);
  const verdal = { name: 'Kari Verdal', email: 'prosjekt@verdal.kommune.no' };
  expectOk(await api('/applications', { method: 'POST', token: tokens['1721'], body: { ...completeApplication({ projectLeader: verdal }), cohortId } }), 201);
  await confirmEmail(stack, api, verdal.email);
  await collect('2009-01-15');
  log.length = 0;
}, 60_000);

describe('an open cohort', () => {
  it('a cohort with drafts gets its nudges and closes by itself', { timeout: 120_000 }, async () => {
    stack.clock.fire('application-nudges', new Date('2009-02-28T05:30:00Z')); // the day before the first step: nothing
    await collect('2009-02-28');
    stack.clock.fire('application-nudges', new Date('2009-03-01T05:30:00Z'));
    stack.clock.fire('application-nudges', new Date('2009-03-01T06:30:00Z')); // run twice
    await collect('2009-03-01');
    stack.clock.fire('application-nudges', new Date('2009-03-07T05:30:00Z')); // between the steps: nothing
    await collect('2009-03-07');
    stack.clock.fire('application-nudges', new Date('2009-03-13T05:30:00Z')); // the second step, a day late
    await collect('2009-03-13');

    expect(log.map((m) => `${m.day} ${m.to} ${m.language} ${m.subject}`).sort()).toEqual([
      '2009-03-01 postmottak@levanger.kommune.no nb Påminnelse: søknadsfristen for Pulje IV er 15. mars 2009',
      '2009-03-01 prosjekt@jolster.kommune.no nn Påminning: søknadsfristen for Pulje IV er 15. mars 2009',
      '2009-03-13 postmottak@levanger.kommune.no nb Påminnelse: søknadsfristen for Pulje IV er 15. mars 2009',
      '2009-03-13 prosjekt@jolster.kommune.no nn Påminning: søknadsfristen for Pulje IV er 15. mars 2009',
    ]);
    const jolster = log.filter((m) => m.to === 'prosjekt@jolster.kommune.no');
    expect(jolster[0]!.text).toContain('Jølster kommune har eit utkast til søknad');
    expect(jolster[0]!.text).toContain('(om 14 dagar)');
    expect(jolster[1]!.text).toContain('(om 2 dagar)');
    expect(jolster[1]!.text).toContain(`POST /applications/${draftId}/submission`);
    expect(log.find((m) => m.to.includes('levanger'))!.text).toContain('Vi har ennå ikke mottatt noen søknad fra Levanger kommune');
    expect(log.some((m) => m.to.includes('verdal'))).toBe(false);

    // The window's last day still accepts applications; the night after, the cohort closes by itself.
    stack.clock.fire('application-windows', new Date('2009-03-15T00:15:00Z'));
    await stack.settled();
    expect(expectOk(await api(`/cohorts/${cohortId}`, { token: tokens.secretariat })).status).toBe('open');
    stack.clock.fire('application-windows', new Date('2009-03-16T00:15:00Z'));
    stack.clock.fire('application-windows', new Date('2009-03-16T01:15:00Z')); // run twice
    await stack.settled();
    const closed = expectOk(await api(`/cohorts/${cohortId}`, { token: tokens.secretariat }));
    expect(closed.status).toBe('closed');
    expect((await api(`/cohorts/${cohortId}/transitions`, { method: 'POST', token: tokens.secretariat, body: { action: 'close' } })).status).toBe(409);
    expect((await api(`/applications/${draftId}/submission`, { method: 'POST', token: tokens['1431'] })).status).toBe(409);

    // Closed: a later nudge run sends nothing.
    stack.clock.fire('application-nudges', new Date('2009-03-16T05:30:00Z'));
    await collect('2009-03-16');
    expect(log).toHaveLength(4);
  });
});
