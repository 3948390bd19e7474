/**
 * Plausibility warnings as stored: written pending with an upload's rows, listed only once the
 * upload has committed and its event's consumer promoted them (never for an upload that did not
 * commit), answered again by a repeat, paged by county partitions, checked once.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { AbsenceRepository, keys } from '../../shared/absence/repository.ts';
import { AbsenceWarningsRepository } from '../../shared/absence/warnings-repository.ts';
import { acceptUpload } from '../../shared/absence/uploads.ts';
import { checkUpload, receiveUpload, type UploadRow } from '../../shared/absence/commands.ts';
import { parseWarningId } from '../../shared/absence/plausibility.ts';
import { documentClient } from '../../shared/platform/dynamodb/client.ts';
import { Table } from '../../shared/platform/dynamodb/table.ts';
import { createTestTable } from '../support/table.ts';

let table: Table;
let figures: AbsenceRepository;
let warnings: AbsenceWarningsRepository;
const context = { uploadedBy: 'test', correlationId: 'c' };
const row = (municipalityNumber: string, period: string, lostDays: number, agreedDays = 1000): UploadRow => ({ municipalityNumber, period, lostDays, agreedDays });

beforeAll(async () => {
  const { tableName } = await createTestTable();
  table = new Table(tableName);
  figures = new AbsenceRepository(table);
  warnings = new AbsenceWarningsRepository(table);
});

async function allListed(status: 'open' | 'checked', municipalityNumber?: string, limit = 100) {
  const found: { id: string }[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await warnings.list(status, { ...(municipalityNumber ? { municipalityNumber } : {}), limit, ...(after ? { after } : {}) });
    found.push(...page.warnings);
    if (!page.lastKey) return found;
    after = page.lastKey;
  }
  throw new Error('More than 100 pages');
}

describe('plausibility warnings', () => {
  it('are in the receipt, listed once promoted, and a repeat answers the same ones', async () => {
    const rows = [row('1721', '2005Q1', 300), row('1721', '2005Q3', 50)];
    const receipt = await acceptUpload(figures, rows, context);
    expect(receipt.warningCount).toBe(2);
    expect(receipt.warnings.map((w) => [w.rule, w.row, w.column])).toEqual([
      ['percentage-over-limit', 1, 'lostDays'],
      ['quarter-gap', 2, 'period'],
    ]);
    // Committed but not yet promoted: not listed, not checkable.
    expect(await allListed('open', '1721')).toEqual([]);
    expect(await warnings.check(receipt.warnings[0]!.id, 'secretariat', undefined, new Date())).toBeUndefined();

    expect(await warnings.promote(receipt.uploadId, ['1721'])).toBe(2);
    const listed = await allListed('open', '1721');
    expect(listed).toEqual(receipt.warnings.map((w) => ({ ...w, receivedAt: receipt.receivedAt })));

    const again = await acceptUpload(figures, rows, context);
    expect(again).toEqual({ ...receipt, duplicate: true });
    // The repeat stored nothing: still the same two.
    expect(await allListed('open', '1721')).toHaveLength(2);
  });

  it('never appear for an upload that did not commit (its pending ones are never listed, and cannot be promoted)', async () => {
    const checked = checkUpload([row('1719', '2005Q1', 400)]);
    const { state, events } = receiveUpload(checked, { ...context, now: new Date() });
    expect(state.warnings).toHaveLength(1);
    await expect(figures.storeUpload(state, events[0], { beforeCommit: () => Promise.reject(new Error('killed before the commit')) })).rejects.toThrow('killed');
    // Written pending, with the rows' TTL, and without index keys.
    const parts = parseWarningId(state.warnings![0]!.id)!;
    const { Item } = await documentClient.send(new GetCommand({ TableName: table.name, Key: keys.absenceWarning(parts.uploadId, parts.municipalityNumber, parts.row, parts.rule), ConsistentRead: true }));
    expect(Item).toMatchObject({ pending: true, expiration: expect.any(Number) });
    expect(Item!.gsi1pk).toBeUndefined();
    await expect(warnings.promote(state.uploadId, ['1719'])).rejects.toThrow(/has not committed/);
    expect(await allListed('open', '1719')).toEqual([]);
    expect(await warnings.get(state.warnings![0]!.id)).toBeUndefined();
  });

  it('are checked once: who, when and the note of the first check stand; a redelivered promotion does not reopen them', async () => {
    const receipt = await acceptUpload(figures, [row('1721', '2004Q1', 260), row('1721', '2004Q2', 270)], context);
    await warnings.promote(receipt.uploadId, ['1721']);
    const id = receipt.warnings.find((w) => w.rule === 'percentage-over-limit')!.id;
    const checked = await warnings.check(id, 'staff:anne', 'Asked Verdal: a reorganisation', new Date('2007-04-04T09:00:00Z'));
    expect(checked).toMatchObject({ id, status: 'checked', checkedBy: 'staff:anne', checkedAt: '2007-04-04T09:00:00.000Z', note: 'Asked Verdal: a reorganisation' });
    const twice = await warnings.check(id, 'staff:per', 'Another note', new Date('2007-04-05T09:00:00Z'));
    expect(twice).toEqual(checked);
    expect(await warnings.get(id)).toEqual(checked);

    expect(await warnings.promote(receipt.uploadId, ['1721'])).toBe(0);
    expect((await warnings.get(id))!.status).toBe('checked');
    expect((await allListed('open', '1721')).map((w) => w.id)).not.toContain(id);
    expect((await allListed('checked', '1721')).map((w) => w.id)).toEqual([id]);
  });

  it('two checks at once: one wins, both answer it', async () => {
    const receipt = await acceptUpload(figures, [row('1721', '2003Q1', 290)], context);
    await warnings.promote(receipt.uploadId, ['1721']);
    const id = receipt.warnings[0]!.id;
    const [a, b] = await Promise.all([warnings.check(id, 'staff:a', 'A', new Date()), warnings.check(id, 'staff:b', 'B', new Date())]);
    expect(a).toEqual(b);
    expect(await warnings.get(id)).toEqual(a);
  });

  it('an unknown warning is none', async () => {
    expect(await warnings.check('20070101T000000000Z-000000000000-1721-1-quarter-gap', 'staff:a', undefined, new Date())).toBeUndefined();
  });

  it('page through every county’s partition in one order, each exactly once; one municipality’s alone', async () => {
    // A bulk file: 3 implausible rows in each of 6 municipalities of 5 counties.
    const numbers = ['0101', '0301', '1201', '1401', '2011', '2012'];
    const rows = numbers.flatMap((n) => ['2001Q1', '2001Q2', '2001Q3'].map((q) => row(n, q, 300)));
    const receipt = await acceptUpload(figures, rows, context);
    expect(receipt.warningCount).toBe(18);
    expect(await warnings.promote(receipt.uploadId, numbers)).toBe(18);
    const whole = await allListed('open');
    const paged = await allListed('open', undefined, 4);
    expect(paged.map((w) => w.id)).toEqual(whole.map((w) => w.id));
    expect(new Set(paged.map((w) => w.id)).size).toBe(paged.length);
    for (const w of receipt.warnings) expect(paged.map((p) => p.id)).toContain(w.id);
    // Ordered by municipality number.
    const order = paged.map((w) => (w as unknown as { municipalityNumber: string }).municipalityNumber);
    expect(order).toEqual([...order].sort());
    // 2011 and 2012 share county 20's partition: the filter keeps to one.
    const only = await allListed('open', '2011', 2);
    expect(only.map((w) => w.id)).toEqual(receipt.warnings.filter((w) => w.municipalityNumber === '2011').map((w) => w.id));
  });
});
