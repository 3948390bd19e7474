/**
 * Uploads too large for a request, end to end through the local stack and its real S3 server:
 * the presigned PUT of a 50,000-row bulk file, 202 and a status to poll until committed, the
 * figures readable; a municipality's file with bad rows rejected with the row/column errors the
 * synchronous route gives, nothing stored, the municipality told in its written standard; the
 * upload resource hidden from other municipalities; a synchronous body over ASYNC_UPLOAD_ROWS
 * answered 202 and accepted the same way; the S3 server refusing a forged URL; a redelivered
 * object event changing nothing.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { documentClient } from '../../shared/platform/dynamodb/client.ts';
import { MunicipalitiesRepository } from '../../shared/municipalities/index.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { DEFAULT_ASYNC_UPLOAD_ROWS } from '../../shared/platform/config.ts';
import { MAX_UPLOAD_ROWS } from '../../shared/absence/contract.ts';
import { existsOn } from '../../shared/municipalities/model.ts';
import { SECTORS } from '../../shared/absence/model.ts';
import { apiClient, type ApiResponse } from '../support/api-client.ts';
import { eventually } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
const tokens = { secretariat: '', '1721': '', '1719': '' };
const VERDAL_POST = 'postmottak@verdal.kommune.no';
const SECRETARIAT = 'sekretariatet@kvalitetskommune.local';
const QUARTERS = ['2007', '2008', '2009'].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}Q${q}`));
const SCOPES = [{}, ...SECTORS.map((sector) => ({ sector })), ...[1, 2, 3, 4, 5].map((n) => ({ unit: `Enhet ${n}` }))] as { sector?: string; unit?: string }[];

const csvOf = (rows: { municipalityNumber?: string; period: string; sector?: string; unit?: string; lostDays?: number; agreedDays?: number }[], withNumber: boolean) =>
  [
    `${withNumber ? 'municipalityNumber,' : ''}period,sector,unit,lostDays,agreedDays,headcount`,
    ...rows.map((r) => `${withNumber ? `${r.municipalityNumber},` : ''}${r.period},${r.sector ?? ''},${r.unit ?? ''},${r.lostDays ?? ''},${r.agreedDays ?? ''},${r.unit ? 20 : ''}`),
  ].join('\n');

/** Polls the upload's Location every half second until it reaches a final status, within a deadline. */
async function finished(location: string, token: string, timeoutMs: number): Promise<ApiResponse> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await api(location, { token });
    expect(response.status).toBe(200);
    if (['committed', 'rejected'].includes(response.json.status)) return response;
    if (Date.now() > deadline) throw new Error(`${location} still ${response.json.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Every stored figure (all revisions), page by page: a scan counts one page of 1 MB at a time. */
async function figureCount(): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(
      new ScanCommand({
        TableName: stack.tableName,
        Select: 'COUNT',
        FilterExpression: 'begins_with(pk, :a) AND begins_with(sk, :f)',
        ExpressionAttributeValues: { ':a': 'ABSENCE#', ':f': 'FIGURE#' },
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}

const mailTo = async (address: string) => (await stack.mail.list()).filter((m) => m.to.includes(address));

beforeAll(async () => {
  stack = testStack();
  tokens.secretariat = await stack.issuer.issue({ role: 'secretariat' });
  for (const n of ['1721', '1719'] as const) tokens[n] = await personToken(stack, { municipality: n });
  const patched = await api('/municipalities/1721', { method: 'PATCH', token: tokens.secretariat, body: { writtenStandard: 'nynorsk', contactEmail: VERDAL_POST } });
  expect(patched.status).toBe(200);
});

describe('a 50,000-row bulk file through the presigned PUT', () => {
  let location: string;
  let upload: ApiResponse;

  it('is received (202 with a Location), put straight to S3, and committed asynchronously; its figures are readable', async () => {
    const municipalities = (await new MunicipalitiesRepository(new Table(stack.tableName)).list()).filter((m) => existsOn(m, '2007-01-01') && existsOn(m, '2009-12-31'));
    const rows = municipalities
      .flatMap((m, i) => QUARTERS.flatMap((period) => SCOPES.map((scope, s) => ({ municipalityNumber: m.number, period, ...scope, lostDays: 40 + ((i + s) % 30), agreedDays: 1000 }))))
      .slice(0, MAX_UPLOAD_ROWS);
    expect(rows).toHaveLength(50_000);
    const csv = csvOf(rows, true);

    const created = await api('/absence-uploads', { method: 'POST', token: tokens.secretariat, body: { contentType: 'text/csv' } });
    expect(created.status, JSON.stringify(created.json)).toBe(202);
    location = created.headers.get('location')!;
    expect(location).toBe(`/absence-uploads/${created.json.upload.uploadId}`);
    expect(created.json.upload).toMatchObject({ status: 'received', scope: 'bulk', contentType: 'text/csv', source: 'presigned-put' });
    expect(created.json.put).toMatchObject({ method: 'PUT', headers: { 'content-type': 'text/csv' }, maxBytes: expect.any(Number), expiresAt: expect.any(String) });
    expect(Buffer.byteLength(csv)).toBeGreaterThan(1024 * 1024);
    expect(Buffer.byteLength(csv)).toBeLessThan(created.json.put.maxBytes);
    expect(created.json.put.url).toContain('X-Amz-Signature=');
    // Not through the API: the file goes to the S3 server.
    expect(created.json.put.url.startsWith(stack.s3.endpoint)).toBe(true);

    const put = await fetch(created.json.put.url, { method: 'PUT', headers: created.json.put.headers, body: csv });
    expect(put.status, await put.text()).toBe(200);

    // The deadline is for a slow, shared machine (2 cores, other suites running): ~60 s when idle.
    upload = await finished(location, tokens.secretariat, 600_000);
    expect(upload.json.status, JSON.stringify(upload.json.problem)).toBe('committed');
    expect(upload.json.history.map((h: { status: string }) => h.status)).toEqual(['received', 'validating', 'committed']);
    expect(upload.json.receipt).toMatchObject({ rows: 50_000, duplicate: false, quarters: QUARTERS });
    expect(await figureCount()).toBe(50_000);

    const first = rows[0]!.municipalityNumber;
    const series = await api(`/municipalities/${first}/absence-figures`, { token: tokens.secretariat });
    expect(series.status).toBe(200);
    expect(series.json.figures).toHaveLength(QUARTERS.length * SCOPES.length);
    expect(series.json.figures[0]).toMatchObject({ uploadId: upload.json.receipt.uploadId, revisions: 1 });
  }, 660_000);

  it('tells the secretariat at its configured address, in bokmål', async () => {
    const mail = await eventually(async () => (await mailTo(SECRETARIAT)).find((m) => m.subject === 'Sykefraværstallene er mottatt'), 20_000, 'the secretariat’s email');
    const { text } = await stack.mail.read(mail.file);
    expect(text).toContain(`(opplasting ${upload.json.uploadId}) er kontrollert og lagret: 50000 rader`);
  });

  it('is not shown to a municipality (404): a bulk upload is the secretariat’s', async () => {
    const response = await api(location, { token: tokens['1721'] });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('changes nothing when S3’s event is delivered twice more', async () => {
    // First the commit's own aftermath: the 50,000 rows are promoted (recomputeTargetStatus), which
    // takes minutes on a loaded 2-core machine; settled() waits while the stream makes progress.
    await stack.settled();
    const before = { figures: await figureCount(), mail: (await stack.mail.list()).length, upload: (await api(location, { token: tokens.secretariat })).json };
    const deliveries = stack.bus.history.filter((h) => h.event['detail-type'] === 'Object Created' && (h.event as { detail?: { object?: { key?: string } } }).detail?.object?.key?.endsWith(upload.json.uploadId));
    expect(deliveries).toHaveLength(1);
    for (let round = 0; round < 2; round++) stack.bus.deliver(deliveries[0]!.functionName, deliveries[0]!.event, 'redelivered Object Created');
    await stack.settled();
    expect(await figureCount()).toBe(before.figures);
    expect((await stack.mail.list()).length).toBe(before.mail);
    expect((await api(location, { token: tokens.secretariat })).json).toEqual(before.upload);
    expect(stack.deadLetters.list()).toEqual([]);
  }, 900_000);
});

describe('a municipality’s file with bad rows', () => {
  const bad = [
    { period: '2008Q1', lostDays: 90, agreedDays: 1000 },
    { period: '2008Q2', lostDays: 90 },
    { period: '2008Q5', lostDays: 90, agreedDays: 1000 },
  ];
  let location: string;

  it('is rejected with the row/column errors the synchronous route gives, and nothing is stored', async () => {
    const before = await figureCount();
    const synchronous = await api('/municipalities/1721/absence-figures', { method: 'POST', token: tokens['1721'], body: csvOf(bad, false), headers: { 'content-type': 'text/csv' } });
    expect(synchronous.status).toBe(422);

    const created = await api('/municipalities/1721/absence-uploads', { method: 'POST', token: tokens['1721'], body: { contentType: 'text/csv' } });
    expect(created.status, JSON.stringify(created.json)).toBe(202);
    location = created.headers.get('location')!;
    expect(created.json.upload).toMatchObject({ status: 'received', scope: 'municipality', municipalityNumber: '1721' });
    const put = await fetch(created.json.put.url, { method: 'PUT', headers: created.json.put.headers, body: csvOf(bad, false) });
    expect(put.status).toBe(200);

    const upload = await finished(location, tokens['1721'], 30_000);
    expect(upload.json.status).toBe('rejected');
    expect(upload.json.history.map((h: { status: string }) => h.status)).toEqual(['received', 'validating', 'rejected']);
    expect(upload.json.problem).toMatchObject({ status: 422, type: '/problems/validation-failed' });
    expect(upload.json.problem.errors).toEqual(synchronous.json.errors);
    expect(upload.json.problem.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ pointer: '/rows/1/agreedDays', row: 2, column: 'agreedDays' }), expect.objectContaining({ pointer: '/rows/2/period', row: 3, column: 'period' })]),
    );
    expect(upload.json.receipt).toBeUndefined();
    expect(await figureCount()).toBe(before);
  }, 120_000);

  it('tells the municipality at its registered contact address, in nynorsk, with the errors', async () => {
    const mail = await eventually(async () => (await mailTo(VERDAL_POST)).find((m) => m.subject === 'Sjukefråværstala vart ikkje tekne imot'), 20_000, 'the municipality’s email');
    expect(mail.language).toBe('nn');
    const { text } = await stack.mail.read(mail.file);
    expect(text).toContain('rad 2, kolonne agreedDays: Required');
    expect(text).toContain('Rett fila og last ho opp på nytt.');
  });

  it('is readable by the secretariat, and by no other municipality (404)', async () => {
    expect((await api(location, { token: tokens.secretariat })).status).toBe(200);
    const other = await api(location, { token: tokens['1719'] });
    expect(other.status).toBe(404);
    expect(JSON.stringify(other.json)).not.toContain('agreedDays');
  });
});

describe('a synchronous upload too large to finish within the request', () => {
  it(`(more than ASYNC_UPLOAD_ROWS = ${DEFAULT_ASYNC_UPLOAD_ROWS} rows) is answered 202 with a Location, and committed through S3 the same way`, async () => {
    const rows = ['1721', '1719'].flatMap((municipalityNumber) =>
      QUARTERS.flatMap((period) => Array.from({ length: 250 }, (_, u) => ({ municipalityNumber, period, unit: `Avdeling ${u}`, lostDays: 30 + (u % 20), agreedDays: 600, headcount: 10 }))),
    );
    expect(rows.length).toBeGreaterThan(DEFAULT_ASYNC_UPLOAD_ROWS);
    const response = await api('/absence-figures', { method: 'POST', token: tokens.secretariat, body: csvOf(rows, true), headers: { 'content-type': 'text/csv', 'idempotency-key': 'large-sync-body' } });
    expect(response.status, JSON.stringify(response.json)).toBe(202);
    const location = response.headers.get('location')!;
    expect(location).toBe(`/absence-uploads/${response.json.uploadId}`);
    expect(response.json).toMatchObject({ status: 'received', scope: 'bulk', source: 'request', contentType: 'text/csv' });

    const upload = await finished(location, tokens.secretariat, 120_000);
    expect(upload.json.status, JSON.stringify(upload.json.problem)).toBe('committed');
    expect(upload.json.receipt).toMatchObject({ rows: rows.length, municipalities: 2, duplicate: false });

    // The same request again with its key: the same 202 and Location, nothing new.
    const repeat = await api('/absence-figures', { method: 'POST', token: tokens.secretariat, body: csvOf(rows, true), headers: { 'content-type': 'text/csv', 'idempotency-key': 'large-sync-body' } });
    expect(repeat.status).toBe(202);
    expect(repeat.headers.get('location')).toBe(location);
  }, 180_000);

  it('a body under the threshold is still accepted within the request (201)', async () => {
    const response = await api('/municipalities/1719/absence-figures', { method: 'POST', token: tokens['1719'], body: { rows: [{ period: '2007Q1', lostDays: 70, agreedDays: 1000 }] } });
    expect(response.status).toBe(201);
  });
});

describe('the local S3 server', () => {
  it('refuses a presigned URL whose signature, key or content type was altered, as S3 does (403)', async () => {
    const created = await api('/municipalities/1719/absence-uploads', { method: 'POST', token: tokens['1719'], body: { contentType: 'application/json' } });
    expect(created.status).toBe(202);
    const { url, headers } = created.json.put as { url: string; headers: Record<string, string> };
    const forged = url.replace(/X-Amz-Signature=([0-9a-f])/, (_m, c: string) => `X-Amz-Signature=${c === '0' ? '1' : '0'}`);
    expect((await fetch(forged, { method: 'PUT', headers, body: '{"rows":[]}' })).status).toBe(403);
    const otherKey = url.replace(created.json.upload.uploadId, '00000000-0000-4000-8000-000000000000');
    expect((await fetch(otherKey, { method: 'PUT', headers, body: '{"rows":[]}' })).status).toBe(403);
    expect((await fetch(url, { method: 'PUT', headers: { 'content-type': 'text/csv' }, body: 'period' })).status).toBe(403);
    // Nothing arrived: the upload still waits for its file.
    await stack.settled();
    expect((await api(created.headers.get('location')!, { token: tokens['1719'] })).json.status).toBe('received');
  });
});
