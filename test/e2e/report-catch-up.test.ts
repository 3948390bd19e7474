/**
 * Reports that fell due before they existed, and a submitted report's reviewers, through the
 * local stack. The sweep has run for 1 August 2009 when the secretariat records admissions the
 * steering group decided in December 2008: the project plan (due 1 March) and the first
 * status report (due 1 July) are already past due. No sweep may remind about them (the flood
 * of the issue: every step at once, with escalations); the secretariat's catch-up sends one
 * truthful letter per report, to the project leader, and answers with what it touched. A
 * submitted report then tells the network's advisor and the secretariat, once each.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiClient, type ApiResponse } from '../support/api-client.ts';
import { confirmEmail } from '../support/email-confirmation.ts';
import { completeApplication } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { signAll } from '../support/signatures.ts';
import { personToken, staffToken } from '../support/people.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const tokens: Record<string, string> = {};
const verdal = { name: 'Kari Verdal', email: 'prosjekt@verdal.kommune.no' };
const jolster = { name: 'Ola Jølster', email: 'prosjekt@jolster.kommune.no' };
const advisor = { name: 'Vera Veileder', email: 'vera.veileder@ks.no' };
const sec = 'sekretariatet@kvalitetskommune.local';
let cohortId: string;

const seen = new Set<string>();
/** The emails that appeared since the last call, with their raw headers. */
async function newMail(): Promise<{ to: string; language: string; subject: string; text: string; raw: string }[]> {
  await stack.settled();
  return (await stack.mail.unread(seen)).map((mail) => ({
    to: mail.to.replace(/^.*<|>$/g, ''),
    language: mail.language,
    subject: mail.subject,
    text: mail.text,
    raw: stack.mail.raw(mail.file).toString('utf8'),
  }));
}

const expectOk = (response: ApiResponse, status = 200) => {
  if (response.status !== status) throw new Error(`${response.status}: ${JSON.stringify(response.json)}`);
  return response.json;
};
const sweep = async (day: string) => {
  stack.clock.fire('report-due-sweep', new Date(`${day}T05:00:00Z`));
  await stack.settled();
};
const reportsOf = async (number: string) =>
  (await api(`/reports?cohortId=${cohortId}&municipalityNumber=${number}`, { token: tokens.secretariat })).json.reports as { id: string; dueDate: string; status: string; remindersHeld: boolean; remindersSent: string[]; remindersSkipped: string[] }[];
const catchUp = (body: unknown, key: string) =>
  api(`/cohorts/${cohortId}/report-reminders/catch-up`, { method: 'POST', token: tokens.secretariat, body, headers: { 'idempotency-key': key } });

beforeAll(async () => {
  stack = testStack();
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  for (const n of ['1721', '1431']) tokens[n] = await personToken(stack, { municipality: n });
  expectOk(await api('/municipalities/1431', { method: 'PATCH', token: tokens['1431'], body: { writtenStandard: 'nynorsk' } }));
  cohortId = expectOk(
    await api('/cohorts', {
      method: 'POST',
      token: tokens.secretariat,
      body: { name: 'Pulje 2009', applicationWindow: { opensOn: '2008-10-01', closesOn: '2008-11-30' }, startDate: '2009-01-01', durationYears: 2 },
    }),
    201,
  ).id;
  expectOk(await api(`/cohorts/${cohortId}/transitions`, { method: 'POST', token: tokens.secretariat, body: { action: 'open' } }));
  // The programme's mornings have reached 1 August 2009.
  await sweep('2009-08-01');
  for (const [number, leader] of [['1721', verdal], ['1431', jolster]] as const) {
    const application = expectOk(await api('/applications', { method: 'POST', token: tokens[number], body: { ...completeApplication({ projectLeader: leader }), cohortId } }), 201);
    await confirmEmail(stack, api, leader.email);
    // Recorded now, decided in December.
    expectOk(await api(`/applications/${application.id}/decision`, { method: 'POST', token: tokens.secretariat, body: { outcome: 'admitted', reason: 'Ok', decidedOn: '2008-12-15' } }));
  }
  expectOk(await api(`/cohorts/${cohortId}/networks`, { method: 'POST', token: tokens.secretariat, body: { name: 'Nettverk Vest', advisorId: (await staffToken(stack, { role: 'advisor', ...advisor })).personId, members: ['1721', '1431'] } }), 201);
  await newMail();
}, 120_000);

const reminderSubject = /^(Påminnelse|Påminning|I dag|Eskalert)|forsinket|forseinka/;

describe('a report created past due', () => {
  it('is held: scheduled overdue, and the next sweeps send no reminder and no escalation', async () => {
    for (const number of ['1721', '1431']) {
      expect((await reportsOf(number)).map((r) => `${r.dueDate} ${r.status} ${r.remindersHeld ? 'held' : 'reminded'}`)).toEqual([
        '2009-03-01 overdue held',
        '2009-07-01 overdue held',
        '2010-01-01 upcoming reminded',
        '2010-07-01 upcoming reminded',
        '2011-01-01 upcoming reminded',
      ]);
    }
    await sweep('2009-08-02');
    await sweep('2009-08-03');
    expect((await newMail()).filter((m) => reminderSubject.test(m.subject))).toEqual([]);
    expect((await reportsOf('1431')).filter((r) => r.remindersHeld).map((r) => [r.remindersSent, r.remindersSkipped])).toEqual([[[], []], [[], []]]);
  });

  it('is caught up only when the secretariat says so: a dry run counts and changes nothing', async () => {
    const dry = expectOk(await catchUp({ dryRun: true }, 'catch-up-dry-0001'));
    expect(dry).toMatchObject({ cohortId, catchUpOn: '2009-08-03', dryRun: true, held: 4, caughtUp: 4, letters: 4, remaining: 0 });
    expect(dry.reports.map((r: { municipalityNumber: string; dueDate: string; daysPastDue: number; stepId: string }) => `${r.municipalityNumber} ${r.dueDate} ${r.daysPastDue} ${r.stepId}`)).toEqual([
      '1431 2009-03-01 155 escalation-21',
      '1721 2009-03-01 155 escalation-21',
      '1431 2009-07-01 33 escalation-21',
      '1721 2009-07-01 33 escalation-21',
    ]);
    expect((await newMail()).filter((m) => reminderSubject.test(m.subject))).toEqual([]);
    expect((await reportsOf('1721')).filter((r) => r.remindersHeld)).toHaveLength(2);
  });

  it('sends one truthful letter per report, to its project leader, within the cap, and says what it touched', async () => {
    const first = expectOk(await catchUp({ limit: 3 }, 'catch-up-0001'));
    expect(first).toMatchObject({ dryRun: false, held: 4, caughtUp: 3, letters: 3, remaining: 1 });
    const second = expectOk(await catchUp({}, 'catch-up-0002'));
    expect(second).toMatchObject({ held: 1, caughtUp: 1, letters: 1, remaining: 0 });
    expect(second.reports.map((r: { municipalityNumber: string; dueDate: string }) => `${r.municipalityNumber} ${r.dueDate}`)).toEqual(['1721 2009-07-01']);

    const letters = (await newMail()).filter((m) => reminderSubject.test(m.subject)).map((m) => `${m.to} ${m.language} ${m.subject}`).sort();
    // No advisor or secretariat copy: the secretariat has the summary, and no escalation comes out of a catch-up.
    expect(letters).toEqual([
      `${jolster.email} nn Prosjektplan frå Jølster kommune er 155 dagar forseinka`,
      `${jolster.email} nn Statusrapport 1 frå Jølster kommune er 33 dagar forseinka`,
      `${verdal.email} nb Prosjektplan fra Verdal kommune er 155 dager forsinket`,
      `${verdal.email} nb Statusrapport 1 fra Verdal kommune er 33 dager forsinket`,
    ].sort());

    const plan = (await reportsOf('1431')).find((r) => r.dueDate === '2009-03-01')!;
    const report = expectOk(await api(`/reports/${plan.id}`, { token: tokens.secretariat }));
    expect(report).toMatchObject({ remindersHeld: false, remindersSent: ['escalation-21'], remindersSkipped: ['before-14', 'before-3', 'due-day', 'after-7'], remindersFrom: '2009-08-03' });
    expect(report.history.at(-1)).toMatchObject({ by: expect.any(String), comment: 'Reminders caught up by the secretariat', reminderSent: 'escalation-21' });
  });

  it('touches nothing twice: a repeat finds nothing held, and later sweeps send nothing more for these reports', async () => {
    expect(expectOk(await catchUp({}, 'catch-up-0003'))).toMatchObject({ held: 0, caughtUp: 0, letters: 0, remaining: 0, reports: [] });
    // The same key again replays the first answer.
    expect(expectOk(await catchUp({ limit: 3 }, 'catch-up-0001'))).toMatchObject({ caughtUp: 3, remaining: 1 });
    await sweep('2009-08-04');
    await sweep('2009-08-25');
    expect((await newMail()).filter((m) => reminderSubject.test(m.subject))).toEqual([]);
  });

  it('is refused to anyone but the secretariat, and for a cohort that does not exist', async () => {
    const refused = await api(`/cohorts/${cohortId}/report-reminders/catch-up`, { method: 'POST', token: tokens['1721'], body: {}, headers: { 'idempotency-key': 'catch-up-muni-01' } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const missing = await api('/cohorts/00000000-0000-4000-8000-000000000000/report-reminders/catch-up', { method: 'POST', token: tokens.secretariat, body: {}, headers: { 'idempotency-key': 'catch-up-none-01' } });
    expect(missing.status).toBe(404);
    const invalid = await catchUp({ limit: 0 }, 'catch-up-bad-0001');
    expect(invalid.status).toBe(422);
    expect(invalid.json.errors).toEqual([expect.objectContaining({ pointer: '/limit' })]);
  });
});

describe('a submitted report', () => {
  it('tells the network’s advisor and the secretariat once each, with its id and the request’s correlation id, for a bokmål and a nynorsk municipality', async () => {
    const notices: string[] = [];
    for (const [number, name] of [['1721', 'Verdal'], ['1431', 'Jølster']] as const) {
      const plan = (await reportsOf(number)).find((r) => r.dueDate === '2009-03-01')!;
      const submitted = await api(`/reports/${plan.id}/submission`, {
        method: 'POST',
        token: tokens[number],
        body: { summary: 'Delprosjekter, organisering og milepæler for arbeidet.' },
        headers: { 'idempotency-key': `submit-plan-${number}`, 'x-correlation-id': `levert-${number}` },
      });
      expectOk(submitted);
      // A project plan counts as submitted (and its reviewers are told) on the third signature.
      await signAll(stack, api, plan.id, number, { 'x-correlation-id': `levert-${number}` });
      const mails = (await newMail()).filter((m) => m.subject.startsWith('Levert'));
      for (const mail of mails) {
        expect(mail.raw, mail.subject).toMatch(new RegExp(`X-Correlation-Id: levert-${number}`, 'i'));
        expect(mail.text).toContain(`Rapport: GET /reports/${plan.id}`);
        expect(mail.text).toContain(`${name} kommune (${number}) i Pulje 2009 har levert Prosjektplan (prosjektplan)`);
        expect(mail.text).toContain('Fristen var 1. mars 2009: rapporten kom');
      }
      notices.push(...mails.map((m) => `${m.to} ${m.language} ${m.subject}`));
    }
    // The programme's own staff read bokmål, whatever the municipality's written standard (as escalations and the secretariat's other notices).
    expect(notices.sort()).toEqual([
      `${advisor.email} nb Levert: Prosjektplan fra Jølster kommune`,
      `${advisor.email} nb Levert: Prosjektplan fra Verdal kommune`,
      `${sec} nb Levert: Prosjektplan fra Jølster kommune`,
      `${sec} nb Levert: Prosjektplan fra Verdal kommune`,
    ].sort());
  });
});
