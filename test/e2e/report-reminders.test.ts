/**
 * Reports across a whole programme year: the clock is driven day by day through 2009 (the
 * daily sweep fired for each morning), two participants (bokmål and nynorsk) owe reports from
 * the default plan, one submits and one does not. The exact set of reminder, submission and
 * review emails is checked — recipient, language, subject and the day — including a day the
 * sweep runs twice, a missed week of sweeps (one letter after it, the current step), a send
 * that fails twice before it succeeds, and due dates moved (no untrue "14 days left").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiClient, type ApiResponse } from '../support/api-client.ts';
import { confirmEmail } from '../support/email-confirmation.ts';
import { completeApplication } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken, staffToken } from '../support/people.ts';
import { signAll } from '../support/signatures.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const tokens: Record<string, string> = {};
const verdal = { name: 'Kari Verdal', email: 'prosjekt@verdal.kommune.no' };
const jolster = { name: 'Ola Jølster', email: 'prosjekt@jolster.kommune.no' };
const advisor = { name: 'Vera Veileder', email: 'vera.veileder@ks.no' };
let cohortId: string;

/** Every email file seen so far, with the programme day it appeared on. */
const seen = new Set<string>();
const log: { day: string; to: string; language: string; subject: string }[] = [];
/** The text of each logged email, by day, recipient and subject. */
const texts = new Map<string, string>();

async function collect(day: string): Promise<void> {
  await stack.settled();
  for (const mail of await stack.mail.unread(seen)) {
    if (/^(Påminnelse|Påminning|I dag|Eskalert|Prosjektplan|Statusrapport|Godkjent|Godkjend|Sendt tilbake|Levert)/.test(mail.subject) || /forsinket|forseinka/.test(mail.subject)) {
      const to = mail.to.replace(/^.*<|>$/g, '');
      log.push({ day, to, language: mail.language, subject: mail.subject });
      texts.set(`${day} ${to} ${mail.subject}`, mail.text);
    }
  }
}

const expectOk = (response: ApiResponse, status = 200) => {
  if (response.status !== status) throw new Error(`${response.status}: ${JSON.stringify(response.json)}`);
  return response.json;
};

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
}

beforeAll(async () => {
  stack = testStack();
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  for (const n of ['1721', '1431']) tokens[n] = await personToken(stack, { municipality: n });
  expectOk(await api('/municipalities/1431', { method: 'PATCH', token: tokens['1431'], body: { writtenStandard: 'nynorsk' } }));
  const cohort = expectOk(
    await api('/cohorts', {
      method: 'POST',
      token: tokens.secretariat,
      body: { name: 'Pulje 2009', applicationWindow: { opensOn: '2008-10-01', closesOn: '2008-11-30' }, startDate: '2009-01-01', durationYears: 2 },
    }),
    201,
  );
  cohortId = cohort.id;
  expectOk(await api(`/cohorts/${cohortId}/transitions`, { method: 'POST', token: tokens.secretariat, body: { action: 'open' } }));
  for (const [number, leader] of [['1721', verdal], ['1431', jolster]] as const) {
    const application = expectOk(await api('/applications', { method: 'POST', token: tokens[number], body: { ...completeApplication({ projectLeader: leader }), cohortId } }), 201);
    // The project leader's address is typed by the municipality: its owner confirms it (test/e2e/email-confirmation.test.ts).
    await confirmEmail(stack, api, leader.email);
    expectOk(await api(`/applications/${application.id}/decision`, { method: 'POST', token: tokens.secretariat, body: { outcome: 'admitted', reason: 'Ok', decidedOn: '2008-12-15' } }));
  }
  expectOk(await api(`/cohorts/${cohortId}/networks`, { method: 'POST', token: tokens.secretariat, body: { name: 'Nettverk Vest', advisorId: (await staffToken(stack, { role: 'advisor', ...advisor })).personId, members: ['1431'] } }), 201);
  await collect('2008-12-15');
  log.length = 0;
}, 60_000);

const reportsOf = async (number: string) => (await api(`/reports?cohortId=${cohortId}&municipalityNumber=${number}`, { token: tokens.secretariat })).json.reports as { id: string; type: string; title: string; dueDate: string; status: string }[];

describe('the report schedule', () => {
  it('gives each participant the default plan: a project plan, status reports every six months, a final evaluation', async () => {
    for (const number of ['1721', '1431']) {
      expect((await reportsOf(number)).map((r) => `${r.dueDate} ${r.type} ${r.status}`)).toEqual([
        '2009-03-01 project-plan upcoming',
        '2009-07-01 status-report upcoming',
        '2010-01-01 status-report upcoming',
        '2010-07-01 status-report upcoming',
        '2011-01-01 final-evaluation upcoming',
      ]);
    }
    const own = await api('/reports', { token: tokens['1431'] });
    expect(own.json.reports.every((r: { municipalityNumber: string }) => r.municipalityNumber === '1431')).toBe(true);
  });
});

describe('a programme year of mornings', () => {
  it('sends each reminder once, on its day, in the right language, and escalates', { timeout: 600_000 }, async () => {
    for (const day of days('2008-12-16', '2009-12-31')) {
      if (day === '2009-02-20') {
        const plan = (await reportsOf('1721')).find((r) => r.type === 'project-plan')!;
        expect((await api(`/reports/${plan.id}/submission`, { method: 'POST', token: tokens['1721'], body: { goalProgress: [] } })).status).toBe(422);
        expectOk(await api(`/reports/${plan.id}/submission`, { method: 'POST', token: tokens['1721'], body: { summary: 'Delprosjekter: heltid, nærvær og kvalitetssystem i pleie og omsorg.' } }));
        await signAll(stack, api, plan.id, '1721');
      }
      if (day === '2009-02-25') {
        const plan = (await reportsOf('1721')).find((r) => r.type === 'project-plan')!;
        expectOk(await api(`/reports/${plan.id}/review`, { method: 'POST', token: tokens.secretariat, body: { outcome: 'accepted', comment: 'God plan.' } }));
      }
      if (day === '2009-06-30') {
        const status = (await reportsOf('1721')).find((r) => r.dueDate === '2009-07-01')!;
        expectOk(
          await api(`/reports/${status.id}/submission`, {
            method: 'POST',
            token: tokens['1721'],
            body: { goalProgress: [{ goal: 'Redusere sykefraværet', progress: 'Ned fra 9,8 til 9,1 %' }], sickLeaveCommentary: 'Nedgang i pleie og omsorg.' },
          }),
        );
      }
      if (day >= '2009-06-24' && day <= '2009-06-30') {
        await collect(day); // a week without sweeps (the day's submission notices still go out)
        continue;
      }
      if (day === '2009-07-08') stack.aws.failNextEmails = 2; // the only email that day fails twice
      stack.clock.fire('report-due-sweep', new Date(`${day}T05:00:00Z`));
      if (day === '2009-03-08') stack.clock.fire('report-due-sweep', new Date(`${day}T05:30:00Z`)); // run twice
      await collect(day);
    }

    const row = (day: string, to: string, language: string, subject: string) => ({ day, to, language, subject });
    const kv = verdal.email;
    const jo = jolster.email;
    const sec = 'sekretariatet@kvalitetskommune.local';
    const byDayAndRecipient = (a: (typeof log)[number], b: (typeof log)[number]) => a.day.localeCompare(b.day) || a.to.localeCompare(b.to) || a.subject.localeCompare(b.subject);
    expect([...log].sort(byDayAndRecipient)).toEqual([
      row('2009-02-15', jo, 'nn', 'Påminning: Prosjektplan frå Jølster kommune skal leverast 1. mars 2009'),
      row('2009-02-15', kv, 'nb', 'Påminnelse: Prosjektplan fra Verdal kommune skal leveres 1. mars 2009'),
      // Verdal is in no network: the secretariat is its only reviewer.
      row('2009-02-20', sec, 'nb', 'Levert: Prosjektplan fra Verdal kommune'),
      row('2009-02-25', kv, 'nb', 'Godkjent: Prosjektplan fra Verdal kommune'),
      row('2009-02-26', jo, 'nn', 'Påminning: Prosjektplan frå Jølster kommune skal leverast 1. mars 2009'),
      row('2009-03-01', jo, 'nn', 'I dag: Prosjektplan frå Jølster kommune skal leverast'),
      row('2009-03-08', jo, 'nn', 'Prosjektplan frå Jølster kommune er 7 dagar forseinka'),
      row('2009-03-22', jo, 'nn', 'Eskalert: Prosjektplan frå Jølster kommune er 21 dagar forseinka'),
      row('2009-03-22', advisor.email, 'nb', 'Eskalert: Prosjektplan fra Jølster kommune er 21 dager forsinket'),
      row('2009-03-22', sec, 'nb', 'Eskalert: Prosjektplan fra Jølster kommune er 21 dager forsinket'),
      row('2009-06-17', jo, 'nn', 'Påminning: Statusrapport 1 frå Jølster kommune skal leverast 1. juli 2009'),
      row('2009-06-17', kv, 'nb', 'Påminnelse: Statusrapport 1 fra Verdal kommune skal leveres 1. juli 2009'),
      row('2009-06-30', sec, 'nb', 'Levert: Statusrapport 1 fra Verdal kommune'),
      // No sweep from 24 to 30 June: the next morning sends one letter, the step due now (3 days before is skipped).
      row('2009-07-01', jo, 'nn', 'I dag: Statusrapport 1 frå Jølster kommune skal leverast'),
      row('2009-07-08', jo, 'nn', 'Statusrapport 1 frå Jølster kommune er 7 dagar forseinka'),
      row('2009-07-22', jo, 'nn', 'Eskalert: Statusrapport 1 frå Jølster kommune er 21 dagar forseinka'),
      row('2009-07-22', advisor.email, 'nb', 'Eskalert: Statusrapport 1 fra Jølster kommune er 21 dager forsinket'),
      row('2009-07-22', sec, 'nb', 'Eskalert: Statusrapport 1 fra Jølster kommune er 21 dager forsinket'),
      row('2009-12-18', jo, 'nn', 'Påminning: Statusrapport 2 frå Jølster kommune skal leverast 1. januar 2010'),
      row('2009-12-18', kv, 'nb', 'Påminnelse: Statusrapport 2 fra Verdal kommune skal leveres 1. januar 2010'),
      row('2009-12-29', jo, 'nn', 'Påminning: Statusrapport 2 frå Jølster kommune skal leverast 1. januar 2010'),
      row('2009-12-29', kv, 'nb', 'Påminnelse: Statusrapport 2 fra Verdal kommune skal leveres 1. januar 2010'),
    ].sort(byDayAndRecipient));
  });

  it('recorded the step the missed week passed over as skipped, on the report and in its history', async () => {
    const status1 = (await reportsOf('1431')).find((r) => r.dueDate === '2009-07-01')!;
    const report = expectOk(await api(`/reports/${status1.id}`, { token: tokens.secretariat }));
    expect(report).toMatchObject({ remindersSent: ['before-14', 'due-day', 'after-7', 'escalation-21'], remindersSkipped: ['before-3'], remindersHeld: false, remindersFrom: '2009-06-17' });
    expect(report.history.find((h: { reminderSent?: string }) => h.reminderSent === 'due-day')).toMatchObject({ status: 'due', remindersSkipped: ['before-3'] });
    expect(texts.get(`2009-06-17 ${jolster.email} Påminning: Statusrapport 1 frå Jølster kommune skal leverast 1. juli 2009`)).toContain('Det er 14 dagar att.');
  });

  it('recorded the failing send’s three attempts', async () => {
    const sent = (await api('/notifications?status=sent', { token: tokens.secretariat })).json.notifications as { subject: string; attempts: number }[];
    expect(sent.find((n) => n.subject === 'Statusrapport 1 frå Jølster kommune er 7 dagar forseinka')?.attempts).toBe(3);
    expect((await api('/notifications?status=failed', { token: tokens.secretariat })).json.notifications).toEqual([]);
  });

  it('shows the secretariat each report’s status and the overdue list', async () => {
    const all = await api(`/reports?cohortId=${cohortId}`, { token: tokens.secretariat });
    expect(all.json.countsByStatus).toEqual({ accepted: 1, submitted: 1, overdue: 2, upcoming: 6 });
    const overdue = await api(`/reports?cohortId=${cohortId}&status=overdue`, { token: tokens.secretariat });
    expect(overdue.json.reports.map((r: { municipalityNumber: string; title: string }) => `${r.municipalityNumber} ${r.title}`)).toEqual(['1431 Prosjektplan', '1431 Statusrapport 1']);
    const network = await api(`/reports?cohortId=${cohortId}&status=overdue&networkId=${(await api(`/cohorts/${cohortId}/networks`, { token: tokens.secretariat })).json.networks[0].id}`, { token: tokens.secretariat });
    expect(network.json.reports).toHaveLength(2);
  });
});

describe('moving a due date and returning a report', () => {
  it('weighs the reminders again against the new date, and tells the leader why a report came back', async () => {
    const status1 = (await reportsOf('1721')).find((r) => r.dueDate === '2009-07-01')!;
    expectOk(await api(`/reports/${status1.id}/review`, { method: 'POST', token: tokens.secretariat, body: { outcome: 'returned', comment: 'Mangler tall for barnehagene.' } }));
    await collect('2010-01-02');
    expect(log.at(-1)).toEqual({ day: '2010-01-02', to: verdal.email, language: 'nb', subject: 'Sendt tilbake: Statusrapport 1 fra Verdal kommune' });
    const returned = expectOk(await api(`/reports/${status1.id}`, { token: tokens['1721'] }));
    // The letter sent is in the history too.
    expect(returned.history.map((h: { status: string; reminderSent?: string }) => `${h.status}${h.reminderSent ? ` ${h.reminderSent}` : ''}`)).toEqual(['upcoming', 'upcoming before-14', 'submitted', 'returned']);

    const final = (await reportsOf('1431')).find((r) => r.type === 'final-evaluation')!;
    const moved = expectOk(await api(`/reports/${final.id}`, { method: 'PATCH', token: tokens.secretariat, body: { dueDate: '2010-01-20', comment: 'Tidligere frist' } }));
    // The last sweep ran for 31 December: the new date's ladder starts with the next one.
    expect(moved).toMatchObject({ dueDate: '2010-01-20', status: 'upcoming', remindersSent: [], remindersSkipped: [], remindersFrom: '2010-01-01', remindersHeld: false });
    stack.clock.fire('report-due-sweep', new Date('2010-01-06T05:00:00Z'));
    await collect('2010-01-06');
    const that = log.filter((row) => row.day === '2010-01-06').map((row) => `${row.to} ${row.subject}`);
    // Fourteen days before the new date: true, so sent.
    expect(that).toContain(`${jolster.email} Påminning: Sluttevaluering frå Jølster kommune skal leverast 20. januar 2010`);
    expect(that.filter((line) => line.includes('Sluttevaluering'))).toHaveLength(1);
    // Statusrapport 2 fell due on 1 January, the sweeps of 1-5 January were missed: one letter, worded as it is on the 6th.
    expect(that).toContain(`${jolster.email} Statusrapport 2 frå Jølster kommune er 5 dagar forseinka`);
    expect(that).toContain(`${verdal.email} Statusrapport 2 fra Verdal kommune er 5 dager forsinket`);
    expect(that.filter((line) => line.startsWith('I dag'))).toEqual([]);
    expect(that).toHaveLength(3);
  });

  it('moved to next week: no untrue “14 days left”, then “3 days left” on its day', async () => {
    const status3 = (await reportsOf('1721')).find((r) => r.dueDate === '2010-07-01')!;
    // After the sweep of 6 January, the secretariat moves Statusrapport 3 to 13 January.
    const moved = expectOk(await api(`/reports/${status3.id}`, { method: 'PATCH', token: tokens.secretariat, body: { dueDate: '2010-01-13' } }));
    expect(moved).toMatchObject({ dueDate: '2010-01-13', remindersFrom: '2010-01-07' });
    for (const day of days('2010-01-07', '2010-01-13')) {
      stack.clock.fire('report-due-sweep', new Date(`${day}T05:00:00Z`));
      await collect(day);
    }
    const letters = log.filter((row) => row.day >= '2010-01-07' && row.subject.includes('Statusrapport 3'));
    expect(letters).toEqual([
      { day: '2010-01-10', to: verdal.email, language: 'nb', subject: 'Påminnelse: Statusrapport 3 fra Verdal kommune skal leveres 13. januar 2010' },
      { day: '2010-01-13', to: verdal.email, language: 'nb', subject: 'I dag: Statusrapport 3 fra Verdal kommune skal leveres' },
    ]);
    expect(texts.get(`2010-01-10 ${verdal.email} ${letters[0]!.subject}`)).toContain('Det er 3 dager igjen.');
    const report = expectOk(await api(`/reports/${status3.id}`, { token: tokens.secretariat }));
    expect(report).toMatchObject({ remindersSent: ['before-3', 'due-day'], remindersSkipped: ['before-14'] });
  });
});
