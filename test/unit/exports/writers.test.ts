/**
 * The export writers as files: CSV per RFC 4180 with a BOM, `;` (decimal commas) or `,`, CRLF,
 * quoting by csv-stringify, and read back by csv-parse; XLSX read back by exceljs. In both, every
 * text that begins with one of OWASP's six formula triggers is neutralised (a leading single
 * quote; in XLSX a string cell, never a formula), and numbers stay numbers.
 */
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellValue, COLUMNS, EXPORT_KINDS, FORMULA_TRIGGERS, formatOf, neutralise, type Column, type Row } from '../../../shared/exports/model.ts';
import { writeExport, type WriteOptions } from '../../../shared/exports/writers.ts';

const columns: Column[] = [
  { key: 'name', header: 'Navn', type: 'text' },
  { key: 'days', header: 'Tapte dagsverk', type: 'number' },
  { key: 'note', header: 'Merknad', type: 'text' },
];

const CALC = "=cmd|' /C calc'!A0";

async function* from(rows: readonly Row[]): AsyncIterable<Row> {
  for (const row of rows) yield row;
}

async function file(rows: readonly Row[], options: Partial<WriteOptions> = {}): Promise<{ bytes: Buffer; count: number }> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const count = await writeExport(columns, from(rows), sink, { format: 'csv', separator: 'semicolon', headers: 'labels', sheetName: 'test', ...options });
  await new Promise((resolve) => (sink.readableEnded ? resolve(undefined) : sink.on('end', resolve)));
  return { bytes: Buffer.concat(chunks), count };
}

async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('neutralise (OWASP CSV injection)', () => {
  it.each(FORMULA_TRIGGERS.map((c) => [JSON.stringify(c), c]))('prefixes a text beginning with %s with a single quote', (_label, trigger) => {
    expect(neutralise(`${trigger}1+1`)).toBe(`'${trigger}1+1`);
  });

  it('covers exactly the six characters, and leaves other texts alone (a trigger later in the text too)', () => {
    expect([...FORMULA_TRIGGERS].sort()).toEqual(['\t', '\r', '+', '-', '=', '@'].sort());
    for (const safe of ['Verdal', ' =1', 'a=1', "'=1", '1-2', '', 'ÆØÅ']) expect(neutralise(safe)).toBe(safe);
  });

  it('keeps numbers numbers, negative ones too; nothing stays nothing', () => {
    expect(cellValue(-1.5)).toBe(-1.5);
    expect(cellValue(0)).toBe(0);
    expect(cellValue('-1.5')).toBe("'-1.5");
    expect(cellValue(undefined)).toBeNull();
    expect(cellValue(Number.NaN)).toBeNull();
  });
});

describe('CSV', () => {
  const rows: Row[] = [
    { name: 'Verdal', days: 95.5, note: 'Semikolon; og "sitat"' },
    { name: CALC, days: -2, note: 'linje 1\nlinje 2' },
    { name: 'Jølster', days: 0, note: undefined },
  ];

  it('starts with the UTF-8 byte order mark, ends records with CRLF, separates with ; and writes decimal commas (Norwegian Excel)', async () => {
    const { bytes, count } = await file(rows);
    expect(count).toBe(3);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('Navn;Tapte dagsverk;Merknad\r\n')).toBe(true);
    expect(text).toContain('Verdal;95,5;"Semikolon; og ""sitat"""\r\n');
    expect(text).toContain(`'=cmd|' /C calc'!A0;-2;"linje 1\nlinje 2"\r\n`);
    expect(text.endsWith('Jølster;0;\r\n')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(true);
  });

  it('writes , and decimal points on request, and the machine keys as headers on request', async () => {
    const { bytes } = await file(rows, { separator: 'comma', headers: 'keys' });
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('name,days,note\r\n')).toBe(true);
    expect(text).toContain('Verdal,95.5,"Semikolon; og ""sitat"""\r\n');
  });

  it('reads back (csv-parse, RFC 4180) to the same cells, the trigger neutralised', async () => {
    const { bytes } = await file(rows, { separator: 'comma' });
    const records = parse(bytes, { bom: true, delimiter: ',', record_delimiter: '\r\n' }) as string[][];
    expect(records).toEqual([
      ['Navn', 'Tapte dagsverk', 'Merknad'],
      ['Verdal', '95.5', 'Semikolon; og "sitat"'],
      [`'${CALC}`, '-2', 'linje 1\nlinje 2'],
      ['Jølster', '0', ''],
    ]);
  });

  it.each(FORMULA_TRIGGERS.map((c) => [JSON.stringify(c), c]))('neutralises a cell beginning with %s, in either separator', async (_label, trigger) => {
    for (const separator of ['semicolon', 'comma'] as const) {
      const { bytes } = await file([{ name: `${trigger}HYPERLINK("http://x")`, days: 1, note: 'x' }], { separator });
      const records = parse(bytes, { bom: true, delimiter: separator === 'comma' ? ',' : ';', record_delimiter: '\r\n', relax_quotes: false }) as string[][];
      expect(records[1]![0]).toBe(`'${trigger}HYPERLINK("http://x")`);
    }
  });
});

describe('XLSX', () => {
  it('writes texts as string cells, neutralised, never formulas; numbers as number cells, negative ones too', async () => {
    const rows: Row[] = [...FORMULA_TRIGGERS.map((trigger, i) => ({ name: `${trigger}SUM(1+1)`, days: -i - 0.5, note: CALC })), { name: 'Verdal', days: 12, note: undefined }];
    const { bytes, count } = await file(rows, { format: 'xlsx' });
    expect(count).toBe(rows.length);
    const sheet = await sheetOf(bytes);
    expect(sheet.getRow(1).values).toEqual([undefined, 'Navn', 'Tapte dagsverk', 'Merknad']);
    FORMULA_TRIGGERS.forEach((trigger, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
      // XML turns a raw CR into LF when read (exceljs writes it unescaped): the cell still begins with the quote.
      expect(row.getCell(1).value).toBe(`'${trigger === '\r' ? '\n' : trigger}SUM(1+1)`);
      expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
      expect(row.getCell(2).value).toBe(-i - 0.5);
      expect(row.getCell(3).value).toBe(`'${CALC}`);
    });
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    expect(sheet.getRow(rows.length + 1).getCell(3).value).toBeNull();
  });

  it('holds no formula element in the sheet XML', async () => {
    const { bytes } = await file([{ name: CALC, days: 1, note: '=1+1' }], { format: 'xlsx' });
    // The sheet is a deflated zip entry: exceljs wrote it, JSZip (exceljs' own) reads it raw.
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).not.toMatch(/<f[ >]/);
    expect(sheetXml).toContain('cmd|');
  });
});

describe('columns', () => {
  it('every kind has columns with unique keys and a Norwegian header each', () => {
    for (const kind of EXPORT_KINDS) {
      const keys = COLUMNS[kind].map((c) => c.key);
      expect(new Set(keys).size, kind).toBe(keys.length);
      for (const column of COLUMNS[kind]) expect(column.header.trim(), `${kind}.${column.key}`).not.toBe('');
    }
  });
});

describe('format negotiation', () => {
  it('takes the query first, then Accept, else CSV', () => {
    expect(formatOf('xlsx', 'text/csv')).toBe('xlsx');
    expect(formatOf(undefined, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('xlsx');
    expect(formatOf(undefined, 'application/json, text/csv;q=0.9')).toBe('csv');
    expect(formatOf(undefined, undefined)).toBe('csv');
    expect(formatOf(undefined, '*/*')).toBe('csv');
  });
});
