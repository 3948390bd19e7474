/**
 * Exports end to end through the local stack: GET /exports/{kind} answers 303 with a presigned
 * URL of the local S3 server, the file is downloaded without a token and parsed back (CSV with
 * csv-parse, XLSX with exceljs). What is proved here:
 * - formula injection: application texts beginning with `=`, `+`, `-` and `@` (tab and CR cannot
 *   pass the API's text rules; the unit tests take them) and a unit named `=cmd|' /C calc'!A0`
 *   uploaded as figures come out neutralised in both formats, never as formulas;
 * - suppression: the small unit and a complementary one are suppressed for the secretariat, and
 *   the total minus the visible units does not give the small unit;
 * - the figure export is in the audit log of each municipality it carries;
 * - who may take what (each kind × each staff role, from EXPORT_READERS), 403 for a municipal
 *   role, 404 for an unknown kind, 422 for a bad query;
 * - gathering attendance: the participants expected, an empty attended column.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { LOCAL_SETTINGS } from '../../local/environment.ts';
import { EXPORT_KINDS, EXPORT_READERS, type Row } from '../../shared/exports/model.ts';
import { STAFF_ROLES } from '../../shared/platform/auth/principal.ts';
import { apiClient, createOpenCohort, type ApiResponse } from '../support/api-client.ts';
import { confirmEmail } from '../support/email-confirmation.ts';
import { completeApplication } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken, staffToken } from '../support/people.ts';
import { signAll } from '../support/signatures.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const tokens: Record<string, string> = {};
const CALC = "=cmd|' /C calc'!A0";
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Texts of Verdal's application, each beginning with one of the triggers the API lets through. */
const hostile = {
  projectLeaderName: '=HYPERLINK("http://evil.example","Kari")',
  approach: '+SUM(1+1) heltidskultur og nærværsarbeid i pleie og omsorg',
  goals: '-2+3 færre tapte dagsverk i omsorgen',
  decisionReason: '@SUM(1+1) tydelige mål',
};

beforeAll(async () => {
  stack = testStack();
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  for (const role of STAFF_ROLES.filter((r) => r !== 'secretariat')) tokens[role] = (await staffToken(stack, { role, name: `Eva ${role}` })).token;
  tokens['1721'] = await personToken(stack, { municipality: '1721' });
  tokens['1431'] = await personToken(stack, { municipality: '1431' });
  const cohortId = await createOpenCohort(api, tokens.secretariat);
  const leader = { name: hostile.projectLeaderName, email: 'prosjekt@verdal.kommune.no' };
  const applied = await api('/applications', {
    method: 'POST',
    token: tokens['1721'],
    body: { ...completeApplication({ projectLeader: leader, approach: hostile.approach, goals: [hostile.goals] }), cohortId },
  });
  expect(applied.status, JSON.stringify(applied.json)).toBe(201);
  await confirmEmail(stack, api, leader.email);
  const decided = await api(`/applications/${applied.json.id}/decision`, { method: 'POST', token: tokens.secretariat, body: { outcome: 'admitted', reason: hostile.decisionReason, decidedOn: '2007-03-30' } });
  expect(decided.status).toBe(200);
  expect((await api('/applications/drafts', { method: 'POST', token: tokens['1431'], body: { cohortId, focusAreas: ['care'] } })).status).toBe(201);
  expect((await api('/gatherings', { method: 'POST', token: tokens.secretariat, body: { kind: 'kickoff', title: 'Oppstartsamling', hosts: { cohortIds: [cohortId] }, when: { from: '2007-04-18', to: '2007-04-18' }, venue: { name: 'Trondheim' } } })).status).toBe(201);
  // Verdal's figures: the total, and three units, one of 3 persons named as an Excel command.
  const upload = await api('/municipalities/1721/absence-figures', {
    method: 'POST',
    token: tokens['1721'],
    body: {
      rows: [
        { period: '2007Q1', lostDays: 300, agreedDays: 5000 },
        { period: '2007Q1', unit: CALC, lostDays: 17, agreedDays: 180, headcount: 3 },
        { period: '2007Q1', unit: 'Sjukeheimen', lostDays: 40, agreedDays: 900, headcount: 15 },
        { period: '2007Q1', unit: 'Skulen', lostDays: 60, agreedDays: 1400, headcount: 22 },
      ],
    },
  });
  expect(upload.status, JSON.stringify(upload.json)).toBe(201);
  await stack.settled();
}, 60_000);

/** The export's answer, and its file fetched from the presigned URL (no token). */
async function exported(path: string, token = tokens.secretariat!, headers: Record<string, string> = {}): Promise<{ answer: ApiResponse; file: Buffer; contentType: string }> {
  const answer = await api(path, { token, headers });
  expect(answer.status, JSON.stringify(answer.json)).toBe(303);
  const location = answer.headers.get('location')!;
  expect(location).toBe(answer.json.url);
  expect(location.startsWith(stack.s3.endpoint)).toBe(true);
  expect(answer.headers.get('cache-control')).toBe('no-store');
  const download = await fetch(location);
  expect(download.status).toBe(200);
  const file = Buffer.from(await download.arrayBuffer());
  expect(file.length).toBe(answer.json.bytes);
  return { answer, file, contentType: download.headers.get('content-type') ?? '' };
}

const csvRecords = (file: Buffer, delimiter = ';') => parse(file, { bom: true, delimiter, record_delimiter: '\r\n', columns: true }) as Record<string, string>[];

async function xlsxRecords(file: Buffer): Promise<{ sheet: ExcelJS.Worksheet; records: Record<string, ExcelJS.Cell>[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as string[]).slice(1);
  const records: Record<string, ExcelJS.Cell>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) records.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1)])));
  });
  return { sheet, records };
}

describe('formula injection', () => {
  it('CSV: every application text beginning with = + - @ is prefixed with a quote; the file is UTF-8 with a BOM, ; and CRLF', async () => {
    const { file, contentType, answer } = await exported('/exports/applications');
    expect(contentType).toBe('text/csv; charset=utf-8');
    expect(answer.json).toMatchObject({ kind: 'applications', format: 'csv', rows: 2, fileName: expect.stringMatching(/^soknader-\d{8}-\d{4}\.csv$/) });
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.subarray(3).toString('utf8').split('\r\n')[0]).toMatch(/^Søknads-ID;Pulje;Kommunenummer;Kommune;/);
    const verdal = csvRecords(file).find((r) => r.Kommunenummer === '1721')!;
    expect(verdal.Prosjektleder).toBe(`'${hostile.projectLeaderName}`);
    expect(verdal['Arbeidsmåte']).toBe(`'${hostile.approach}`);
    expect(verdal['Egne mål']).toBe(`'${hostile.goals}`);
    expect(verdal.Begrunnelse).toBe(`'${hostile.decisionReason}`);
    expect(verdal['Sykefravær basisår (%)']).toMatch(/^\d+(,\d+)?$/);
  });

  it('XLSX: the same texts are string cells with the quote, no cell is a formula, numbers are number cells', async () => {
    const { file, contentType } = await exported('/exports/applications?format=xlsx');
    expect(contentType).toBe(XLSX_TYPE);
    const { sheet, records } = await xlsxRecords(file);
    const verdal = records.find((r) => r.Kommunenummer!.value === '1721')!;
    for (const [header, text] of [['Prosjektleder', hostile.projectLeaderName], ['Arbeidsmåte', hostile.approach], ['Egne mål', hostile.goals], ['Begrunnelse', hostile.decisionReason]] as const) {
      expect(verdal[header]!.type, header).toBe(ExcelJS.ValueType.String);
      expect(verdal[header]!.value, header).toBe(`'${text}`);
    }
    expect(verdal['Sykefravær basisår (%)']!.type).toBe(ExcelJS.ValueType.Number);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('the unit named =cmd|… comes out neutralised, in CSV and in XLSX (asked for by Accept)', async () => {
    const csv = csvRecords((await exported('/exports/absence-figures')).file);
    expect(csv.some((r) => r['Sektor eller enhet'] === `'${CALC}`)).toBe(true);
    expect(csv.some((r) => Object.values(r).some((v) => v.startsWith('=')))).toBe(false);
    const { answer, file } = await exported('/exports/absence-figures', tokens.secretariat, { accept: XLSX_TYPE });
    expect(answer.json.format).toBe('xlsx');
    const { records } = await xlsxRecords(file);
    const unit = records.find((r) => r['Sektor eller enhet']!.value === `'${CALC}`)!;
    expect(unit['Sektor eller enhet']!.type).toBe(ExcelJS.ValueType.String);
  });
});

describe('suppression in the figure export (the secretariat is not Verdal’s own)', () => {
  it('the small unit and a complementary one are suppressed; the total minus the visible units is not the small unit', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const { file } = await exported(`/exports/absence-figures?format=${format}&separator=comma&headers=keys&from=2007Q1&to=2007Q1`);
      const rows: Record<string, string | number | null>[] =
        format === 'csv'
          ? csvRecords(file, ',').map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === '' ? null : /^-?\d+(\.\d+)?$/.test(v) && !['municipalityNumber', 'countyNumber'].includes(k) ? Number(v) : v])))
          : (await xlsxRecords(file)).records.map((r) => Object.fromEntries(Object.entries(r).map(([k, cell]) => [k, cell.value as string | number | null])));
      const verdal = rows.filter((r) => r.municipalityNumber === '1721');
      const small = verdal.find((r) => r.scopeName === `'${CALC}`)!;
      expect(small, format).toMatchObject({ suppressed: 'ja', lostDays: null, agreedDays: null, headcount: null, percentage: null });
      const units = verdal.filter((r) => r.scopeType === 'unit');
      const hidden = units.filter((r) => r.suppressed === 'ja');
      expect(hidden.length, format).toBeGreaterThanOrEqual(2);
      const total = verdal.find((r) => r.scopeType === 'total')!;
      if (total.suppressed === 'nei') {
        const visible = units.filter((r) => r.suppressed === 'nei').reduce((sum, r) => sum + (r.lostDays as number), 0);
        expect((total.lostDays as number) - visible, format).not.toBe(17);
      }
      expect(verdal.some((r) => r.lostDays === 17 || r.agreedDays === 180), format).toBe(false);
    }
  });

  it('is a read of Verdal’s figures in the audit log, findable under Verdal', async () => {
    await exported('/exports/absence-figures?from=2007Q1&to=2007Q1');
    const entries = (await api('/audit-entries?resource=municipality:1721', { token: tokens.secretariat })).json.entries as { what: string[]; action: string; resources: string[] }[];
    const read = entries.filter((e) => e.action === 'GET /exports/{kind}');
    expect(read.length).toBeGreaterThanOrEqual(1);
    expect(read.at(-1)).toMatchObject({ what: ['read:absence-figures'], resources: expect.arrayContaining(['export:absence-figures', 'municipality:1721']) });
    const byExport = (await api('/audit-entries?resource=export:absence-figures', { token: tokens.secretariat })).json.entries;
    expect(byExport.length).toBeGreaterThanOrEqual(1);
  });
});

describe('the other kinds', () => {
  it('participants, gathering attendance (expected participants, attended empty), target statuses and reports', async () => {
    const participants = csvRecords((await exported('/exports/participants')).file);
    expect(participants).toEqual([expect.objectContaining({ Kommunenummer: '1721', Kommune: 'Verdal', Fylke: expect.any(String), 'Tatt opp': '2007-03-30' })]);
    const attendance = csvRecords((await exported('/exports/gathering-attendance')).file);
    expect(attendance).toEqual([expect.objectContaining({ Samling: 'Oppstartsamling', Dato: '2007-04-18', Kommunenummer: '1721', 'Møtt': '' })]);
    const statuses = csvRecords((await exported('/exports/target-statuses')).file);
    expect(statuses.map((s) => s.Kommunenummer)).toEqual(['1721']);
    const plan = ((await api('/reports?municipalityNumber=1721', { token: tokens.secretariat })).json.reports as { id: string; type: string }[]).find((r) => r.type === 'project-plan')!;
    const submitted = await api(`/reports/${plan.id}/submission`, { method: 'POST', token: tokens['1721'], body: { summary: '=HYPERLINK("http://evil.example") delprosjekter og organisering' } });
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(200);
    await signAll(stack, api, plan.id, '1721');
    const reports = csvRecords((await exported('/exports/reports')).file);
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.every((r) => r.Kommunenummer === '1721')).toBe(true);
    expect(reports.find((r) => r['Rapport-ID'] === plan.id)).toMatchObject({ Status: 'submitted', Sammendrag: `'=HYPERLINK("http://evil.example") delprosjekter og organisering` });
  });

  it('a client that follows the 303 with its token gets the file (the token is not sent on to S3)', async () => {
    const response = await fetch(`${stack.url}/exports/participants`, { headers: { authorization: `Bearer ${tokens.secretariat}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="deltakere-\d{8}-\d{4}\.csv"$/);
    expect((await response.text()).includes('Verdal')).toBe(true);
  });
});

describe('who may export what', () => {
  for (const kind of EXPORT_KINDS) {
    for (const role of STAFF_ROLES) {
      const may = EXPORT_READERS[kind].includes(role);
      it(`${kind}: the ${role} ${may ? 'may' : 'may not (403)'}`, async () => {
        const answer = await api(`/exports/${kind}`, { token: tokens[role] });
        if (may) {
          expect(answer.status, JSON.stringify(answer.json)).toBe(303);
        } else {
          expect(answer.status).toBe(403);
          expect(answer.headers.get('content-type')).toBe('application/problem+json');
          expect(answer.json.detail).toContain(`may not ${role === 'advisor' ? 'call' : 'export'}`);
        }
      });
    }
  }

  it('a municipality’s own people may not export at all (403 problem+json)', async () => {
    const answer = await api('/exports/absence-figures', { token: tokens['1721'] });
    expect(answer.status).toBe(403);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
  });

  it('an unknown kind is 404 problem+json; a bad query is 422', async () => {
    const unknown = await api('/exports/municipalities', { token: tokens.secretariat });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    const bad = await api('/exports/participants?format=pdf', { token: tokens.secretariat });
    expect(bad.status).toBe(422);
    expect(bad.json.errors[0].pointer).toBe('/query/format');
  });
});

describe('a large export', () => {
  const columns = [
    { key: 'n', header: 'Nr', type: 'number' },
    { key: 'text', header: 'Tekst', type: 'text' },
  ] as const;
  async function* many(count: number, failAt?: number): AsyncIterable<Row> {
    for (let n = 1; n <= count; n++) {
      if (n === failAt) throw new Error('the source failed midway');
      yield { n, text: `${n % 7 === 0 ? '=' : ''}rad ${n} ${'x'.repeat(80)}` };
    }
  }

  it('goes to S3 in parts (12 MiB, past one 5 MiB part) and downloads whole through the presigned URL', async () => {
    // Loaded after the stack started: its S3 client is pointed at the stack's S3 server.
    const { storeExport, presignExportGet, exportObjectKey } = await import('../../shared/exports/objects.ts');
    const { writeExport } = await import('../../shared/exports/writers.ts');
    const count = 130_000;
    let rows = 0;
    const stored = await storeExport(LOCAL_SETTINGS.uploadBucket, exportObjectKey('stor.csv'), 'text/csv; charset=utf-8', 'stor.csv', async (sink) => {
      rows = await writeExport(columns, many(count), sink, { format: 'csv', separator: 'semicolon', headers: 'labels', sheetName: 'x' });
    });
    expect(rows).toBe(count);
    expect(stored.bytes).toBeGreaterThan(12 * 1024 * 1024);
    const file = Buffer.from(await (await fetch(await presignExportGet(LOCAL_SETTINGS.uploadBucket, stored.key, 60))).arrayBuffer());
    expect(file.length).toBe(stored.bytes);
    const lines = file.subarray(3).toString('utf8').split('\r\n');
    expect(lines.length).toBe(count + 2);
    expect(lines[7]).toBe(`7;'=rad 7 ${'x'.repeat(80)}`);
    expect(lines[count]).toBe(`${count};rad ${count} ${'x'.repeat(80)}`);
  }, 120_000);

  it('a source that fails midway leaves no file (the upload is aborted)', async () => {
    const { storeExport, presignExportGet, exportObjectKey } = await import('../../shared/exports/objects.ts');
    const { writeExport } = await import('../../shared/exports/writers.ts');
    const key = exportObjectKey('halv.csv');
    await expect(
      storeExport(LOCAL_SETTINGS.uploadBucket, key, 'text/csv; charset=utf-8', 'halv.csv', async (sink) => {
        await writeExport(columns, many(100_000, 90_000), sink, { format: 'csv', separator: 'semicolon', headers: 'labels', sheetName: 'x' });
      }),
    ).rejects.toThrow('the source failed midway');
    expect((await fetch(await presignExportGet(LOCAL_SETTINGS.uploadBucket, key, 60))).status).toBe(404);
  }, 120_000);
});
