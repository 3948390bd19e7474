/**
 * Upload reminders through the local stack: two participants (bokmål and nynorsk), one uploads
 * 2009Q1 and one does not. The clock fires the daily schedule on the first reminder day (twice),
 * skips the days up to a week after the second's day, then fires again: the nynorsk municipality
 * gets exactly one first and one second reminder, in nynorsk; the one with figures gets none;
 * the secretariat gets its list of who is missing once per step.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiClient, type ApiResponse } from '../support/api-client.ts';
import { confirmEmail } from '../support/email-confirmation.ts';
import { completeApplication } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const tokens: Record<string, string> = {};
const seen = new Set<string>();
const log: { day: string; language: string; subject: string; text: string }[] = [];

async function collect(day: string): Promise<void> {
  await stack.settled();
  for (const mail of await stack.mail.unread(seen)) {
    if (/sykefraværstall|sjukefråværstal/i.test(mail.subject)) log.push({ day, language: mail.language, subject: mail.subject, text: mail.text });
  }
}

const expectOk = (response: ApiResponse, status = 200) => {
  if (response.status !== status) throw new Error(`${response.status}: ${JSON.stringify(response.json)}`);
  return response.json;
};

beforeAll(async () => {
  stack = testStack();
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  for (const n of ['1721', '1431']) tokens[n] = await personToken(stack, { municipality: n });
  expectOk(await api('/municipalities/1431', { method: 'PATCH', token: tokens['1431'], body: { writtenStandard: 'nynorsk' } }));
  const cohort = expectOk(
    await api('/cohorts', { method: 'POST', token: tokens.secretariat, body: { name: 'Pulje 2009', applicationWindow: { opensOn: '2008-10-01', closesOn: '2008-11-30' }, startDate: '2009-01-01', durationYears: 2 } }),
    201,
  );
  expectOk(await api(`/cohorts/${cohort.id}/transitions`, { method: 'POST', token: tokens.secretariat, body: { action: 'open' } }));
  for (const [number, leader] of [['1721', { name: 'Kari Verdal', email: 'prosjekt@verdal.kommune.no' }], ['1431', { name: 'Ola Jølster', email: 'prosjekt@jolster.kommune.no' }]] as const) {
    const application = expectOk(await api('/applications', { method: 'POST', token: tokens[number], body: { ...completeApplication({ projectLeader: leader }), cohortId: cohort.id } }), 201);
    await confirmEmail(stack, api, leader.email);
    expectOk(await api(`/applications/${application.id}/decision`, { method: 'POST', token: tokens.secretariat, body: { outcome: 'admitted', reason: 'Ok', decidedOn: '2008-12-15' } }));
  }
  expectOk(await api('/municipalities/1721/absence-figures', { method: 'POST', token: tokens['1721'], body: { rows: [{ period: '2009Q1', lostDays: 90, agreedDays: 1000 }] } }), 201);
  await collect('2008-12-15');
  log.length = 0;
}, 60_000);

describe('reminders to upload a quarter', () => {
  it('reach the municipality without figures once per step, in nynorsk, and list it for the secretariat', { timeout: 120_000 }, async () => {
    stack.clock.fire('upload-reminders', new Date('2009-04-29T05:15:00Z')); // the day before: nothing
    await collect('2009-04-29');
    stack.clock.fire('upload-reminders', new Date('2009-04-30T05:15:00Z'));
    stack.clock.fire('upload-reminders', new Date('2009-04-30T06:15:00Z')); // run twice
    await collect('2009-04-30');
    stack.clock.fire('upload-reminders', new Date('2009-05-05T05:15:00Z')); // still the first window: nothing new
    await collect('2009-05-05');
    stack.clock.fire('upload-reminders', new Date('2009-05-22T05:15:00Z')); // a week late for the second
    await collect('2009-05-22');

    const municipal = log.filter((m) => !m.subject.startsWith('Mangler'));
    expect(municipal.map((m) => `${m.day} ${m.language} ${m.subject}`)).toEqual([
      '2009-04-30 nn Påminning: sjukefråværstal for 1. kvartal 2009 manglar',
      '2009-05-22 nn Ny påminning: sjukefråværstal for 1. kvartal 2009 manglar',
    ]);
    expect(municipal.every((m) => m.text.includes('Jølster kommune'))).toBe(true);
    expect(municipal.some((m) => m.text.includes('Verdal'))).toBe(false);
    const secretariat = log.filter((m) => m.subject.startsWith('Mangler'));
    expect(secretariat.map((m) => `${m.day} ${m.subject}`)).toEqual(['2009-04-30 Mangler sykefraværstall for 1. kvartal 2009: 1 kommuner', '2009-05-22 Mangler sykefraværstall for 1. kvartal 2009: 1 kommuner']);
    expect(secretariat[0]!.text).toContain('1431 Jølster');
    expect(secretariat[0]!.text).not.toContain('1721');
  });
});
