/**
 * Tripartite sign-off over HTTP on DynamoDB Local: a project plan (and a final evaluation)
 * counts as submitted only when the municipality's management, union representative and elected
 * official have signed it. Refused signatures (a person without the role: 403 naming it; the
 * role again: 409; nothing awaiting: 409), the three signatures (submitted, ReportSubmitted
 * once), three signing at once, a change voiding the signatures, and the daily reminder to the
 * missing signatories in bokmål and nynorsk, once per report, person and day, redelivery included.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { apiClient, type ApiResponse } from '../support/api-client.ts';
import { confirmEmail } from '../support/email-confirmation.ts';
import { completeApplication, eventually } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { recordPublished } from '../support/published.ts';
import { personToken } from '../support/people.ts';
import { signAll, signatoryToken } from '../support/signatures.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const tokens: Record<string, string> = {};
let cohortId: string;

/** Every event put on the bus during the file. */
const published: { type: string; data: Record<string, unknown> }[] = [];
const eventsOf = (type: string, reportId: string) => published.filter((e) => e.type === type && e.data.reportId === reportId);

const expectOk = (response: ApiResponse, status = 200) => {
  if (response.status !== status) throw new Error(`${response.status}: ${JSON.stringify(response.json)}`);
  return response.json;
};

const PLAN = { summary: 'Delprosjekter: uønsket deltid, sykefravær, medarbeiderskap og kvalitetssystem.' };
const FINAL = { goalProgress: [{ goal: 'Redusere sykefraværet', progress: 'Ned fra 9,8 til 8,1 %' }], sickLeaveCommentary: 'Nedgang i pleie og omsorg.', lessonsLearnt: 'Trepartssamarbeidet bar prosjektet.' };

const reportsOf = async (number: string) => (await api(`/reports?cohortId=${cohortId}&municipalityNumber=${number}`, { token: tokens.secretariat })).json.reports as { id: string; type: string; status: string }[];
const reportOf = async (number: string, type: string) => (await reportsOf(number)).find((r) => r.type === type)!;
const sign = async (reportId: string, token: string, role: string) => api(`/reports/${reportId}/signatures`, { method: 'POST', token, body: { role } });

/** The municipality's steering group as people (whom reminders go to). */
const steering = {
  '1721': [
    { name: 'Rune Rådmann', email: 'radmann@verdal.kommune.no', roles: ['management'] },
    { name: 'Tove Tillitsvalgt', email: 'htv@verdal.kommune.no', roles: ['union-representative'] },
    { name: 'Ola Ordfører', email: 'ordforer@verdal.kommune.no', roles: ['elected-official'] },
  ],
  '1431': [
    { name: 'Randi Rådmann', email: 'radmann@jolster.kommune.no', roles: ['management'] },
    { name: 'Tor Tillitsvald', email: 'htv@jolster.kommune.no', roles: ['union-representative'] },
    { name: 'Oda Ordførar', email: 'ordforar@jolster.kommune.no', roles: ['elected-official'] },
  ],
} as const;

beforeAll(async () => {
  stack = testStack();
  recordPublished(stack, published);
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  for (const n of ['1721', '1431']) tokens[n] = await personToken(stack, { municipality: n });
  expectOk(await api('/municipalities/1431', { method: 'PATCH', token: tokens['1431'], body: { writtenStandard: 'nynorsk' } }));
  const cohort = expectOk(
    await api('/cohorts', { method: 'POST', token: tokens.secretariat, body: { name: 'Pulje 2009', applicationWindow: { opensOn: '2008-10-01', closesOn: '2008-11-30' }, startDate: '2009-01-01', durationYears: 2 } }),
    201,
  );
  cohortId = cohort.id;
  expectOk(await api(`/cohorts/${cohortId}/transitions`, { method: 'POST', token: tokens.secretariat, body: { action: 'open' } }));
  for (const number of ['1721', '1431'] as const) {
    const leader = { name: `Leder ${number}`, email: `prosjekt-${number}@kommune.no` };
    const application = expectOk(await api('/applications', { method: 'POST', token: tokens[number], body: { ...completeApplication({ projectLeader: leader }), cohortId } }), 201);
    await confirmEmail(stack, api, leader.email);
    expectOk(await api(`/applications/${application.id}/decision`, { method: 'POST', token: tokens.secretariat, body: { outcome: 'admitted', reason: 'Ok', decidedOn: '2008-12-15' } }));
    for (const person of steering[number]) expectOk(await api(`/municipalities/${number}/people`, { method: 'POST', token: tokens[number], body: person }), 201);
  }
  await stack.settled();
  // Each invited address is confirmed with the code in its invitation (mail to it is held until then).
  for (const person of [...steering['1721'], ...steering['1431']]) {
    const invitation = (await stack.mail.list()).filter((m) => m.to.includes(person.email)).at(-1)!;
    const code = (await stack.mail.read(invitation.file)).text.match(/\/email-confirmations\/([A-Za-z0-9_-]{43})\b/)![1];
    expectOk(await api(`/email-confirmations/${code}`, { method: 'POST' }));
  }
  await stack.settled();
}, 120_000);

describe('submitting a project plan', () => {
  it('puts it in awaiting-signatures with all three roles missing, with ReportAwaitingSignatures and no ReportSubmitted', async () => {
    const plan = await reportOf('1721', 'project-plan');
    const submitted = expectOk(await api(`/reports/${plan.id}/submission`, { method: 'POST', token: tokens['1721'], body: PLAN }));
    expect(submitted).toMatchObject({ status: 'awaiting-signatures', signatures: [], missingRoles: ['management', 'union-representative', 'elected-official'] });
    await stack.settled();
    expect(eventsOf('ReportAwaitingSignatures', plan.id)).toHaveLength(1);
    expect(eventsOf('ReportSubmitted', plan.id)).toHaveLength(0);
    // Not yet reviewable: it is not submitted.
    expect((await api(`/reports/${plan.id}/review`, { method: 'POST', token: tokens.secretariat, body: { outcome: 'accepted', comment: 'For tidlig' } })).status).toBe(409);
  });

  it('leaves a status report as it was: submitted at once', async () => {
    const status = (await reportsOf('1721')).find((r) => r.type === 'status-report')!;
    const submitted = expectOk(await api(`/reports/${status.id}/submission`, { method: 'POST', token: tokens['1721'], body: FINAL }));
    expect(submitted.status).toBe('submitted');
    expect(submitted.signatures).toBeUndefined();
    expect((await sign(status.id, await signatoryToken(stack, '1721', 'management'), 'management')).status).toBe(409);
  });
});

describe('a signature', () => {
  it('is refused (403, naming the role) to a person without the role, and to a person of another municipality (404)', async () => {
    const plan = await reportOf('1721', 'project-plan');
    const wrongRole = await sign(plan.id, await signatoryToken(stack, '1721', 'union-representative'), 'management');
    expect(wrongRole.status).toBe(403);
    expect(wrongRole.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(wrongRole.json.detail).toContain('management');
    expect(wrongRole.json.errors).toEqual([expect.objectContaining({ pointer: '/role' })]);
    // The project leader holds none of the three roles: refused by the route's access list, naming it.
    const leader = await sign(plan.id, tokens['1721']!, 'management');
    expect(leader.status).toBe(403);
    expect(leader.json.detail).toMatch(/project-leader/);
    const foreign = await sign(plan.id, await signatoryToken(stack, '1431', 'management'), 'management');
    expect(foreign.status).toBe(404);
    expect((await sign(plan.id, await signatoryToken(stack, '1721', 'management'), 'treasurer')).status).toBe(422);
  });

  it('records person and time; the same role again is a 409; GET shows signatures and missingRoles', async () => {
    const plan = await reportOf('1721', 'project-plan');
    const signed = expectOk(await sign(plan.id, await signatoryToken(stack, '1721', 'management', 'Rune Rådmann'), 'management'));
    expect(signed).toMatchObject({ status: 'awaiting-signatures', signatures: [{ role: 'management', personId: expect.any(String), name: 'Rune Rådmann', signedAt: expect.any(String) }], missingRoles: ['union-representative', 'elected-official'] });
    const again = await sign(plan.id, await signatoryToken(stack, '1721', 'management', 'Anne Assisterende'), 'management');
    expect(again.status).toBe(409);
    expect(again.json.detail).toContain('management has already signed');
    const read = expectOk(await api(`/reports/${plan.id}`, { token: tokens['1721'] }));
    expect(read.signatures).toHaveLength(1);
    expect(read.missingRoles).toEqual(['union-representative', 'elected-official']);
  });

  it('by the third makes it submitted with ReportSubmitted once, in the same change; then no more signatures (409)', async () => {
    const plan = await reportOf('1721', 'project-plan');
    expectOk(await sign(plan.id, await signatoryToken(stack, '1721', 'union-representative'), 'union-representative'));
    const third = expectOk(await sign(plan.id, await signatoryToken(stack, '1721', 'elected-official'), 'elected-official'));
    expect(third).toMatchObject({ status: 'submitted', missingRoles: [] });
    expect(third.signatures.map((s: { role: string }) => s.role)).toEqual(['management', 'union-representative', 'elected-official']);
    await stack.settled();
    expect(eventsOf('ReportSigned', plan.id)).toHaveLength(3);
    expect(eventsOf('ReportSubmitted', plan.id)).toHaveLength(1);
    expect((await sign(plan.id, await signatoryToken(stack, '1721', 'elected-official'), 'elected-official')).status).toBe(409);
    expectOk(await api(`/reports/${plan.id}/review`, { method: 'POST', token: tokens.secretariat, body: { outcome: 'accepted', comment: 'God plan.' } }));
  });

  it('by all three at once: every signature lands, submitted once', async () => {
    const plan = await reportOf('1431', 'project-plan');
    expectOk(await api(`/reports/${plan.id}/submission`, { method: 'POST', token: tokens['1431'], body: PLAN }));
    const roles = ['management', 'union-representative', 'elected-official'] as const;
    const signers = await Promise.all(roles.map((role) => signatoryToken(stack, '1431', role)));
    const answers = await Promise.all(roles.map((role, i) => sign(plan.id, signers[i]!, role)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const read = expectOk(await api(`/reports/${plan.id}`, { token: tokens.secretariat }));
    expect(read.status).toBe('submitted');
    expect(read.signatures.map((s: { role: string }) => s.role).sort()).toEqual([...roles].sort());
    await stack.settled();
    expect(eventsOf('ReportSubmitted', plan.id)).toHaveLength(1);
    expect(eventsOf('ReportSigned', plan.id)).toHaveLength(3);
  });
});

describe('a change after a signature', () => {
  it('voids the signatures, says so, and the report awaits all three again', async () => {
    const final = await reportOf('1721', 'final-evaluation');
    expect(expectOk(await api(`/reports/${final.id}/submission`, { method: 'POST', token: tokens['1721'], body: FINAL })).status).toBe('awaiting-signatures');
    expectOk(await sign(final.id, await signatoryToken(stack, '1721', 'management', 'Rune Rådmann'), 'management'));
    const changed = expectOk(await api(`/reports/${final.id}/submission`, { method: 'POST', token: tokens['1721'], body: { ...FINAL, lessonsLearnt: 'Endret etter signering.' } }));
    expect(changed).toMatchObject({ status: 'awaiting-signatures', signatures: [], missingRoles: ['management', 'union-representative', 'elected-official'], submission: { lessonsLearnt: 'Endret etter signering.' } });
    expect(changed.history.at(-1)).toMatchObject({ status: 'awaiting-signatures', signaturesVoided: ['management'], comment: expect.stringContaining('void') });
    await stack.settled();
    const voided = eventsOf('ReportSignaturesVoided', final.id);
    expect(voided).toHaveLength(1);
    expect(voided[0]!.data).toMatchObject({ voided: [{ role: 'management', name: 'Rune Rådmann' }], reason: expect.stringContaining('changed after it was signed') });
    expect(eventsOf('ReportSubmitted', final.id)).toHaveLength(0);
    // A change before any signature voids nothing.
    expectOk(await api(`/reports/${final.id}/submission`, { method: 'POST', token: tokens['1721'], body: FINAL }));
    await stack.settled();
    expect(eventsOf('ReportSignaturesVoided', final.id)).toHaveLength(1);
  });
});

describe('the daily signature sweep', () => {
  const seen = new Set<string>();
  const signatureMail = async () => {
    await stack.settled();
    return (await stack.mail.unread(seen)).filter((m) => m.subject.startsWith('Signering'));
  };

  it('reminds the people holding a missing role, in the municipality’s written standard, once per report, person and day (twice on a day, and redelivered, still once)', { timeout: 90_000 }, async () => {
    await signatureMail(); // what came before
    // 1721: its final evaluation awaits all three; sign one, so two roles are missing.
    const final1721 = await reportOf('1721', 'final-evaluation');
    expectOk(await sign(final1721.id, await signatoryToken(stack, '1721', 'management'), 'management'));
    // 1431: its final evaluation submitted, nobody signed.
    const final1431 = await reportOf('1431', 'final-evaluation');
    expectOk(await api(`/reports/${final1431.id}/submission`, { method: 'POST', token: tokens['1431'], body: FINAL }));
    await stack.settled();
    stack.clock.fire('report-signature-sweep', new Date('2010-12-20T05:15:00Z'));
    stack.clock.fire('report-signature-sweep', new Date('2010-12-20T05:45:00Z'));
    const mails: Mail[] = [];
    await eventually(async () => {
      mails.push(...(await signatureMail()));
      return mails.length >= 5 ? true : undefined;
    }, 30_000, 'the signature reminders');
    mails.push(...(await signatureMail()));
    const rows = mails.map((m) => `${m.to.replace(/^.*<|>$/g, '')} ${m.language} ${m.subject}`).sort();
    expect(rows).toEqual([
      'htv@jolster.kommune.no nn Signering: Sluttevaluering frå Jølster kommune ventar på signaturen din',
      'htv@verdal.kommune.no nb Signering: Sluttevaluering fra Verdal kommune venter på din signatur',
      'ordforar@jolster.kommune.no nn Signering: Sluttevaluering frå Jølster kommune ventar på signaturen din',
      'ordforer@verdal.kommune.no nb Signering: Sluttevaluering fra Verdal kommune venter på din signatur',
      'radmann@jolster.kommune.no nn Signering: Sluttevaluering frå Jølster kommune ventar på signaturen din',
    ]);
    const nynorsk = mails.find((m) => m.to.includes('htv@jolster'))!;
    expect(nynorsk.text).toContain('hovudtillitsvald');
    expect(nynorsk.text).toContain(`POST /reports/${final1431.id}/signatures {"role":"union-representative"}`);
    const bokmal = mails.find((m) => m.to.includes('htv@verdal'))!;
    expect(bokmal.text).toContain('Fortsatt mangler: hovedtillitsvalgt, folkevalgt (ordfører)');
    expect(published.filter((e) => e.type === 'ReportSignaturesMissing')).toHaveLength(2);

    // Every ReportSignaturesMissing delivered twice more: no second letter.
    const deliveries = stack.bus.history.filter((h) => h.event['detail-type'] === 'ReportSignaturesMissing');
    for (const { functionName, event } of deliveries) stack.bus.deliver(functionName, event, 'redelivery of a signature reminder');
    for (const { functionName, event } of deliveries) stack.bus.deliver(functionName, event, 'redelivery of a signature reminder');
    expect(await signatureMail()).toEqual([]);

    // The next day: reminded again, only the roles still missing (1721's union representative signed meanwhile).
    expectOk(await sign(final1721.id, await signatoryToken(stack, '1721', 'union-representative'), 'union-representative'));
    stack.clock.fire('report-signature-sweep', new Date('2010-12-21T05:15:00Z'));
    const next: Mail[] = [];
    await eventually(async () => {
      next.push(...(await signatureMail()));
      return next.length >= 4 ? true : undefined;
    }, 30_000, 'the next day’s reminders');
    next.push(...(await signatureMail()));
    expect(next.map((m) => m.to.replace(/^.*<|>$/g, '')).sort()).toEqual(['htv@jolster.kommune.no', 'ordforar@jolster.kommune.no', 'ordforer@verdal.kommune.no', 'radmann@jolster.kommune.no']);
  });
});

type Mail = Awaited<ReturnType<LocalStack['mail']['unread']>>[number];
