/**
 * Sick-leave figures end to end: uploads (JSON, CSV, bulk), refusals that write nothing,
 * corrections with history, repeats, tenant isolation, and the asynchronous path from upload
 * to target status to the email file, with the comparison of participants and others.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { documentClient } from '../../shared/platform/dynamodb/client.ts';
import { addDays, norwegianDay } from '../../shared/platform/dates.ts';
import { apiClient, createOpenCohort } from '../support/api-client.ts';
import { confirmEmail } from '../support/email-confirmation.ts';
import { completeApplication, eventually } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken, staffToken } from '../support/people.ts';
import { publishedNationalSeries, validateJsonStat } from '../support/json-stat.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const tokens: Record<string, string> = {};
const verdalLeader = { name: 'Kari Verdal', email: 'prosjekt@verdal.kommune.no' };
const jolsterLeader = { name: 'Ola Jølster', email: 'prosjekt@jolster.kommune.no' };
const advisor = { name: 'Vera Veileder', email: 'vera.veileder@ks.no' };

async function absenceItemCount(): Promise<number> {
  const { Count } = await documentClient.send(
    new ScanCommand({ TableName: stack.tableName, Select: 'COUNT', FilterExpression: 'begins_with(pk, :a)', ExpressionAttributeValues: { ':a': 'ABSENCE' } }),
  );
  return Count ?? 0;
}

const mailTo = async (address: string) => (await stack.mail.list()).filter((m) => m.to.includes(address));
const quarter = (period: string, pct: number) => ({ period, lostDays: pct * 10, agreedDays: 1000 });

/** The network's advisor, a person of the secretariat; its token is tokens.advisor. */
async function advisorPerson(): Promise<string> {
  const { token, personId } = await staffToken(stack, { role: 'advisor', ...advisor });
  tokens.advisor = token;
  return personId;
}

beforeAll(async () => {
  stack = testStack();
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  for (const n of ['1721', '1431']) tokens[n] = await personToken(stack, { municipality: n });
  expect((await api('/municipalities/1431', { method: 'PATCH', token: tokens['1431'], body: { writtenStandard: 'nynorsk' } })).status).toBe(200);

  // Two participants: Verdal (10 % in 2006 → 8 % by end of 2008, in a network) and Jølster (9 % → 7 % by end of 2009).
  const cohortId = await createOpenCohort(api, tokens.secretariat);
  const apply = async (number: string, leader: typeof verdalLeader, target: object) => {
    const response = await api('/applications', { method: 'POST', token: tokens[number], body: { ...completeApplication({ projectLeader: leader, sickLeaveTarget: target as never }), cohortId } });
    expect(response.status).toBe(201);
    // The project leader's address is typed by the municipality: its owner confirms it (test/e2e/email-confirmation.test.ts).
    await confirmEmail(stack, api, leader.email);
    const decided = await api(`/applications/${response.json.id}/decision`, { method: 'POST', token: tokens.secretariat, body: { outcome: 'admitted', reason: 'Ok', decidedOn: '2007-03-30' } });
    expect(decided.status).toBe(200);
  };
  await apply('1721', verdalLeader, { baselineYear: 2006, baselinePercentage: 10, targetPercentage: 8, targetDate: '2008-12-31' });
  await apply('1431', jolsterLeader, { baselineYear: 2006, baselinePercentage: 9, targetPercentage: 7, targetDate: '2009-12-31' });
  expect((await api(`/cohorts/${cohortId}/networks`, { method: 'POST', token: tokens.secretariat, body: { name: 'Nettverk Midt', advisorId: await advisorPerson(), members: ['1721'] } })).status).toBe(201);
  await stack.settled();
});

describe('a participant uploads and is told its target status', () => {
  it('on track: four quarters at 9 % meet the 9 % the trajectory expects at the end of 2007', async () => {
    const upload = await api('/municipalities/1721/absence-figures', {
      method: 'POST',
      token: tokens['1721'],
      body: { rows: [quarter('2007Q1', 9), quarter('2007Q2', 9), quarter('2007Q3', 9), quarter('2007Q4', 9)] },
    });
    expect(upload.status).toBe(201);
    expect(upload.json).toMatchObject({ rows: 4, municipalities: 1, quarters: ['2007Q1', '2007Q2', '2007Q3', '2007Q4'], duplicate: false });
    const mail = await eventually(async () => ((await mailTo(verdalLeader.email)).find((m) => m.subject.startsWith('Sykefraværsmålet'))), 20_000, 'status email');
    expect(mail.subject).toBe('Sykefraværsmålet til Verdal kommune: i rute');
    const series = await api('/municipalities/1721/absence-figures', { token: tokens['1721'] });
    expect(series.json.targetStatus).toMatchObject({ status: 'on-track', expectedPercentage: 9, latest: { quarter: '2007Q4', percentage: 9, basis: 'rolling-four-quarters' } });
  });

  it('a correction replaces the figure, keeps its history, and turns the status off track: leader and advisor are told (the next morning: one notice a day)', async () => {
    const correction = await api('/municipalities/1721/absence-figures', { method: 'POST', token: tokens['1721'], body: { rows: [quarter('2007Q4', 13)] } });
    expect(correction.status).toBe(201);
    // Verdal had its status notice of the day: this change is coalesced, and follows the next morning.
    const coalesced = async () => ((await api('/notifications?status=coalesced', { token: tokens.secretariat })).json.notifications as { recipient: { address: string } }[]).map((n) => n.recipient.address);
    await eventually(async () => ((await coalesced()).includes(advisor.email) ? true : undefined), 20_000, 'the change coalesced');
    expect((await coalesced()).sort()).toEqual([advisor.email, verdalLeader.email].sort());
    stack.clock.fire('target-status-follow-ups', new Date(`${addDays(norwegianDay(new Date()), 1)}T05:00:00Z`));
    await eventually(async () => ((await mailTo(advisor.email)).some((m) => m.subject.endsWith('ikke i rute')) ? true : undefined), 20_000, 'advisor email');
    const series = await api('/municipalities/1721/absence-figures', { token: tokens.secretariat });
    const corrected = series.json.figures.find((f: { period: string }) => f.period === '2007Q4');
    expect(corrected).toMatchObject({ lostDays: 130, percentage: 13, revisions: 2 });
    expect(corrected.history).toEqual([expect.objectContaining({ lostDays: 90, agreedDays: 1000 })]);
    // (90 + 90 + 90 + 130) / 4000 = 10 %: more than 0.5 points above the expected 9 %.
    expect(series.json.targetStatus).toMatchObject({ status: 'off-track', latest: { percentage: 10 } });
    const statusMail = (await mailTo(verdalLeader.email)).filter((m) => m.subject.startsWith('Sykefraværsmålet'));
    expect(statusMail.map((m) => m.subject)).toEqual(['Sykefraværsmålet til Verdal kommune: i rute', 'Sykefraværsmålet til Verdal kommune: ikke i rute']);
    const advisorText = (await stack.mail.read((await mailTo(advisor.email)).at(-1)!.file)).text;
    expect(advisorText).toContain('Siste sammenlignbare tall: 10 % (4. kvartal 2007, de siste fire kvartalene).');
    expect(advisorText).toContain('Etter planen skulle fraværet nå vært 9 %.');
  });

  it('the same upload again is recognised: nothing is stored, nobody is emailed', async () => {
    const before = { items: await absenceItemCount(), mail: (await stack.mail.list()).length };
    const repeat = await api('/municipalities/1721/absence-figures', { method: 'POST', token: tokens['1721'], body: { rows: [quarter('2007Q4', 13)] } });
    expect(repeat.status).toBe(200);
    expect(repeat.json.duplicate).toBe(true);
    await stack.settled();
    expect(await absenceItemCount()).toBe(before.items);
    expect((await stack.mail.list()).length).toBe(before.mail);
  });

  it('a nynorsk participant with sector figures is compared with the same quarters of its baseline year, in CSV, and told in nynorsk', async () => {
    const csv = ['period,sector,lostDays,agreedDays', '2006Q1,care,60,500', '2006Q1,school,20,300', '2007Q1,care,50,500', '2007Q1,school,22,300'].join('\n');
    const upload = await api('/municipalities/1431/absence-figures', { method: 'POST', token: tokens['1431'], body: csv, headers: { 'content-type': 'text/csv' } });
    expect(upload.status).toBe(201);
    const mail = await eventually(async () => (await mailTo(jolsterLeader.email)).find((m) => m.subject.startsWith('Sjukefråværsmålet')), 20_000, 'nynorsk status email');
    expect(mail).toMatchObject({ language: 'nn', subject: 'Sjukefråværsmålet til Jølster kommune: i rute' });
    // 2006Q1: 80 / 800 = 10 %; 2007Q1: 72 / 800 = 9 %; 9 % × 0.9 = 8.1 %.
    const series = await api('/municipalities/1431/absence-figures', { token: tokens['1431'] });
    expect(series.json.targetStatus.latest).toMatchObject({ quarter: '2007Q1', percentage: 8.1, basis: 'same-quarters-of-baseline-year', quarters: ['2007Q1'] });
    // Each quarter beside the same quarter a year earlier, in points (NAV's trend).
    expect(series.json.quarterly).toEqual([
      { quarter: '2006Q1', suppressed: false, lostDays: 80, agreedDays: 800, percentage: 10 },
      { quarter: '2007Q1', suppressed: false, lostDays: 72, agreedDays: 800, percentage: 9, sameQuarterLastYear: 10, yearOverYearChange: -1 },
    ]);
  });
});

describe('refusals write nothing', () => {
  it('names the row and column of every invalid cell in a CSV file', async () => {
    const before = await absenceItemCount();
    const csv = ['period,sector,lostDays,agreedDays', '2007Q1,care,50,500', '2007Q5,care,50,500', '2007Q2,cars,x,500', '2007Q3,,600,500'].join('\n');
    const response = await api('/municipalities/1721/absence-figures', { method: 'POST', token: tokens['1721'], body: csv, headers: { 'content-type': 'text/csv' } });
    expect(response.status).toBe(422);
    expect(response.json.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`)).toEqual(['2:period', '3:sector', '3:lostDays', '4:lostDays']);
    expect(await absenceItemCount()).toBe(before);
  });

  it('refuses a file that gives the same figure twice', async () => {
    const before = await absenceItemCount();
    const response = await api('/municipalities/1721/absence-figures', { method: 'POST', token: tokens['1721'], body: { rows: [quarter('2008Q1', 9), quarter('2008Q1', 8)] } });
    expect(response.status).toBe(422);
    expect(response.json.errors).toEqual([{ pointer: '/rows/1', detail: 'The same municipality, period and scope as row 1', row: 2, column: 'period' }]);
    expect(await absenceItemCount()).toBe(before);
  });

  it('refuses a bulk file naming an unknown municipality', async () => {
    const before = await absenceItemCount();
    const response = await api('/absence-figures', {
      method: 'POST',
      token: tokens.secretariat,
      body: { rows: [{ municipalityNumber: '0101', ...quarter('2007Q1', 6) }, { municipalityNumber: '9999', ...quarter('2007Q1', 6) }] },
    });
    expect(response.status).toBe(422);
    expect(response.json.errors).toEqual([expect.objectContaining({ pointer: '/rows/1/municipalityNumber', row: 2, column: 'municipalityNumber' })]);
    expect(await absenceItemCount()).toBe(before);
  });

  it('refuses figures for a period the municipality did not exist in, naming the row and the validity', async () => {
    // Kristiansund (1503) and Frei (1556) merged into the new Kristiansund (1505) on 2008-01-01.
    const before = await absenceItemCount();
    const own = await api('/municipalities/1503/absence-figures', {
      method: 'POST',
      token: await personToken(stack, { municipality: '1503' }),
      body: { rows: [quarter('2007Q4', 7), quarter('2009Q1', 7)] },
    });
    expect(own.status).toBe(422);
    expect(own.json).toMatchObject({ type: '/problems/unknown-municipality' });
    expect(own.json.errors).toEqual([{ pointer: '/rows/1/period', detail: '1503 Kristiansund existed until 2007-12-31: no figures for 2009Q1', row: 2, column: 'period' }]);

    const csv = ['municipalityNumber,period,lostDays,agreedDays,headcount', '1503,2007Q4,60,1000,', '1556,2008-01,60,1000,20', '1505,2007Q4,60,1000,', '1505,2008Q1,60,1000,', '9999,2008Q1,1,10,'].join('\n');
    const bulk = await api('/absence-figures', { method: 'POST', token: tokens.secretariat, body: csv, headers: { 'content-type': 'text/csv' } });
    expect(bulk.status).toBe(422);
    expect(bulk.json.type).toBe('/problems/unknown-municipality');
    expect(bulk.json.errors).toEqual([
      { pointer: '/rows/1/period', detail: '1556 Frei existed until 2007-12-31: no figures for 2008-01', row: 2, column: 'period' },
      { pointer: '/rows/2/period', detail: '1505 Kristiansund exists from 2008-01-01: no figures for 2007Q4', row: 3, column: 'period' },
      { pointer: '/rows/4/municipalityNumber', detail: 'No municipality 9999 in the register', row: 5, column: 'municipalityNumber' },
    ]);
    expect(await absenceItemCount()).toBe(before);
  });

  it('keeps municipalities apart', async () => {
    expect((await api('/municipalities/1721/absence-figures', { token: tokens['1431'] })).status).toBe(404);
    expect((await api('/municipalities/1721/absence-figures', { method: 'POST', token: tokens['1431'], body: { rows: [quarter('2007Q1', 1)] } })).status).toBe(404);
    expect((await api('/absence-figures', { method: 'POST', token: tokens['1431'], body: { rows: [] } })).status).toBe(403);
  });

  it('answers 404 for a number the register does not know, not an empty series', async () => {
    const response = await api('/municipalities/9998/absence-figures', { token: tokens.secretariat });
    expect(response.status).toBe(404);
    expect(response.json).toMatchObject({ type: '/problems/not-found', detail: 'No municipality 9998' });
  });
});

describe('the secretariat’s view', () => {
  it('bulk-uploads non-participants as a comparison group and compares from summed days', async () => {
    const csv = ['municipalityNumber,period,lostDays,agreedDays', '0101,2007Q1,60,1000', '1719,2007Q1,300,2000'].join('\n');
    const upload = await api('/absence-figures', { method: 'POST', token: tokens.secretariat, body: csv, headers: { 'content-type': 'text/csv' } });
    expect(upload.status).toBe(201);
    expect(upload.json).toMatchObject({ rows: 2, municipalities: 2 });
    await stack.settled();
    const comparison = await api('/overview/absence-comparison?from=2007Q1&to=2007Q2', { token: tokens.secretariat });
    expect(comparison.status).toBe(200);
    // Participants: Verdal 90/1000 + Jølster 72/800 = 162/1800 = 9 %. Others: (60 + 300) / 3000 = 12 %
    // (the mean of their percentages, 6 % and 15 %, would be 10.5 %).
    expect(comparison.json.quarters[0]).toMatchObject({
      quarter: '2007Q1',
      participants: { municipalities: 2, lostDays: 162, agreedDays: 1800, percentage: 9 },
      nonParticipants: { municipalities: 2, lostDays: 360, agreedDays: 3000, percentage: 12 },
      difference: -3,
      byCohort: [expect.objectContaining({ name: 'Pulje I', municipalities: 2, lostDays: 162, agreedDays: 1800, percentage: 9 })],
      // Only Verdal is in the network.
      byNetwork: [expect.objectContaining({ name: 'Nettverk Midt', municipalities: 1, lostDays: 90, agreedDays: 1000, percentage: 9 })],
    });
    expect(comparison.json.quarters[1]).toMatchObject({ quarter: '2007Q2', participants: { municipalities: 1, percentage: 9 }, nonParticipants: { municipalities: 0, percentage: null } });
    // Beside them, Statistics Norway's published figure, to its published decimal, quarter by quarter.
    const published = publishedNationalSeries();
    for (const row of comparison.json.quarters as { quarter: string; national: { percentage: number; selfCertifiedPercentage: number; doctorCertifiedPercentage: number; source: string } }[]) {
      const p = published.get(row.quarter)!;
      expect([row.national.percentage.toFixed(1), row.national.selfCertifiedPercentage.toFixed(1), row.national.doctorCertifiedPercentage.toFixed(1)], row.quarter).toEqual([p.total, p.self, p.doctor]);
      expect(row.national.source).toContain('Kilde: Statistisk sentralbyrå');
    }
  });

  it('publishes the open statistics without a token: JSON-stat 2.0 valid against the published schema, the national series as published, cacheable', async () => {
    const response = await fetch(`${stack.url}/statistics/sick-leave?from=2007Q1&to=2007Q4`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const dataset = (await response.json()) as { dimension: Record<string, { category: { index: string[] } }>; value: (number | null)[]; source: string } & Record<string, unknown>;
    expect(validateJsonStat(dataset), JSON.stringify(validateJsonStat.errors)).toBe(true);
    const groups: string[] = dataset.dimension.group!.category.index;
    const quarters: string[] = dataset.dimension.quarter!.category.index;
    expect(quarters).toEqual(['2007Q1', '2007Q2', '2007Q3', '2007Q4']);
    expect(groups.slice(0, 3)).toEqual(['national', 'participants', 'non-participants']);
    const at = (quarter: string, group: string, content: number) => dataset.value[(quarters.indexOf(quarter) * groups.length + groups.indexOf(group)) * 4 + content];
    const published = publishedNationalSeries();
    for (const q of quarters) expect(at(q, "national", 0)!.toFixed(1), q).toBe(published.get(q)!.total);
    // Participants 162/1800 = 9 %, others 360/3000 = 12 % (as the comparison).
    expect(at('2007Q1', 'participants', 0)).toBe(9);
    expect(at('2007Q1', 'non-participants', 0)).toBe(12);
    expect(dataset.source).toContain('Kilde: Statistisk sentralbyrå');
    expect(JSON.stringify(dataset)).not.toMatch(/Verdal|Jølster|prosjekt@/);

    const again = await fetch(`${stack.url}/statistics/sick-leave?from=2007Q1&to=2007Q4`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('gives the same as CSV, and a period outside the data as an empty dataset', async () => {
    const csv = await fetch(`${stack.url}/statistics/sick-leave?from=2007Q1&to=2007Q1`, { headers: { accept: 'text/csv' } });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).split('\r\n');
    expect(lines[0]).toBe('quarter,group,label,municipalities,percentage,selfCertifiedPercentage,doctorCertifiedPercentage,status,source');
    expect(lines).toContain('2007Q1,participants,Deltakere,2,9,,,ok,programme');
    const empty = await fetch(`${stack.url}/statistics/sick-leave?from=1990Q1&to=1991Q4`);
    expect(empty.status).toBe(200);
    const dataset = (await empty.json()) as { size: number[]; value: unknown[] };
    expect(validateJsonStat(dataset)).toBe(true);
    expect(dataset.size[0]).toBe(0);
    expect(dataset.value).toEqual([]);
    const bad = await fetch(`${stack.url}/statistics/sick-leave?from=2009Q1&to=2007Q1`);
    expect(bad.status).toBe(422);
  });

  it('lists every participant’s status, worst first', async () => {
    const overview = await api('/overview/target-statuses', { token: tokens.secretariat });
    expect(overview.json.counts).toEqual({ 'off-track': 1, 'on-track': 1 });
    expect(overview.json.statuses.map((s: { municipalityNumber: string; status: string }) => `${s.municipalityNumber}:${s.status}`)).toEqual(['1721:off-track', '1431:on-track']);
  });

  it('shows an advisor the statuses of its network’s members only', async () => {
    const overview = await api('/overview/target-statuses', { token: tokens.advisor });
    expect(overview.json).toMatchObject({ counts: { 'off-track': 1 }, statuses: [expect.objectContaining({ municipalityNumber: '1721', status: 'off-track' })] });
    expect(overview.json.statuses).toHaveLength(1);
  });
});

describe('disclosure control: figures about fewer than five persons', () => {
  const units = {
    rows: [
      { period: '2008Q1', lostDays: 300, agreedDays: 3000, selfCertifiedLostDays: 60, doctorCertifiedLostDays: 240 },
      { period: '2008Q1', unit: 'Vinne sykehjem', lostDays: 40, agreedDays: 240, headcount: 4 },
      { period: '2008Q1', unit: 'Ørmelen skole', lostDays: 60, agreedDays: 700, headcount: 11 },
      { period: '2008Q1', unit: 'Verdalsøra barnehage', lostDays: 200, agreedDays: 2060, headcount: 30 },
    ],
  };
  type Figure = { period: string; scope: string; suppressed: boolean; lostDays?: number; suppressedForOthers?: string; headcount?: number };
  const unitsOf = (figures: Figure[]) => figures.filter((f) => f.period === '2008Q1');

  it('refuses a headcount of 0, more persons than agreed days, and a unit or a month without one, naming the cell', async () => {
    const before = await absenceItemCount();
    const csv = ['period,unit,lostDays,agreedDays,headcount', '2008Q2,Vinne sykehjem,4,40,0', '2008Q2,Ørmelen skole,4,40,41', '2008Q2,Stiklestad skole,4,40,', '2008-04,,4,40,'].join('\n');
    const response = await api('/municipalities/1721/absence-figures', { method: 'POST', token: tokens['1721'], body: csv, headers: { 'content-type': 'text/csv' } });
    expect(response.status).toBe(422);
    expect(response.json.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`)).toEqual(['1:headcount', '2:headcount', '3:headcount', '4:headcount']);
    expect(await absenceItemCount()).toBe(before);
  });

  it('the municipality sees its own small unit, and which of its figures others see suppressed', async () => {
    expect((await api('/municipalities/1721/absence-figures', { method: 'POST', token: tokens['1721'], body: units })).status).toBe(201);
    const own = await api('/municipalities/1721/absence-figures', { token: tokens['1721'] });
    const figures = unitsOf(own.json.figures);
    expect(figures.find((f: Figure) => f.scope === 'unit:Vinne sykehjem')).toMatchObject({ suppressed: false, lostDays: 40, headcount: 4, suppressedForOthers: 'small' });
    expect(figures.find((f: Figure) => f.scope === 'unit:Ørmelen skole')).toMatchObject({ suppressed: false, lostDays: 60, suppressedForOthers: 'complementary' });
    // Self- and doctor-certified parts beside the quarter where known.
    expect(own.json.quarterly.find((q: { quarter: string }) => q.quarter === '2008Q1')).toMatchObject({ suppressed: false, percentage: 10, selfCertifiedPercentage: 2, doctorCertifiedPercentage: 8 });
  });

  it.each(['secretariat', 'advisor'])('the %s sees the small unit suppressed, and cannot get it back by subtracting the other units from the total', async (reader) => {
    const series = await api('/municipalities/1721/absence-figures', { token: tokens[reader] });
    expect(series.status).toBe(200);
    const figures: Figure[] = unitsOf(series.json.figures);
    expect(figures.find((f) => f.scope === 'unit:Vinne sykehjem')).toEqual({ period: '2008Q1', scope: 'unit:Vinne sykehjem', suppressed: true });
    expect(JSON.stringify(series.json)).not.toContain('"suppressedForOthers"');
    const total = figures.find((f) => f.scope === 'total')!;
    const visibleUnits = figures.filter((f) => f.scope.startsWith('unit:') && !f.suppressed);
    const remainder = total.lostDays! - visibleUnits.reduce((sum, f) => sum + f.lostDays!, 0);
    // The attempt: what is left of the total once the visible units are taken away.
    expect(remainder).not.toBe(40);
    expect(figures.filter((f) => f.scope.startsWith('unit:') && f.suppressed)).toHaveLength(2);
  });

  it('a person of another role in the same municipality sees it; another municipality sees nothing', async () => {
    const observer = await personToken(stack, { municipality: '1721', roles: ['observer'] });
    const series = await api('/municipalities/1721/absence-figures', { token: observer });
    expect(unitsOf(series.json.figures).find((f: Figure) => f.scope === 'unit:Vinne sykehjem')).toMatchObject({ suppressed: false, lostDays: 40 });
    expect((await api('/municipalities/1721/absence-figures', { token: tokens['1431'] })).status).toBe(404);
  });
});
