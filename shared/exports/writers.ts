/**
 * Writing an export's rows as a file, streamed: rows come one at a time from the sources and go
 * out through the sink (the S3 upload) as they are written, so neither all rows nor the whole
 * file are held in memory. Both formats neutralise formula triggers (model.ts, cellValue):
 * - CSV (csv-stringify): RFC 4180 (CRLF between records, a field with the separator, a quote,
 *   CR or LF quoted, quotes doubled), UTF-8 with a byte order mark. `;` by default, as
 *   Norwegian Excel reads it, and then decimal commas too (Norwegian Excel reads `9.8` as a
 *   date, 9 August); `,` on request, with decimal points, for machines.
 * - XLSX (exceljs' streaming writer): a text is always a string cell (never a formula), a number
 *   a number cell; the header row bold and frozen. Loaded on the first XLSX export only.
 */
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { cellValue, type Column, type CsvSeparator, type ExportFormat, type Row } from './model.ts';

export interface WriteOptions {
  readonly format: ExportFormat;
  /** CSV only. */
  readonly separator: CsvSeparator;
  /** `labels`: the Norwegian headers; `keys`: the machine keys (docs/exports.md lists both). */
  readonly headers: 'labels' | 'keys';
  /** The worksheet's name (XLSX). */
  readonly sheetName: string;
}

/** Writes the header and every row to `sink` and ends it; resolves with the number of rows written. */
export async function writeExport(columns: readonly Column[], rows: AsyncIterable<Row>, sink: Writable, options: WriteOptions): Promise<number> {
  return options.format === 'csv' ? writeCsv(columns, rows, sink, options) : writeXlsx(columns, rows, sink, options);
}

/** The CSV settings of a separator: what csv-stringify is given. */
export function csvOptions(separator: CsvSeparator) {
  const decimalComma = separator === 'semicolon';
  return {
    bom: true,
    delimiter: decimalComma ? ';' : ',',
    record_delimiter: '\r\n',
    // A lone LF or CR in a text (a multi-line approach) is inside quotes, whatever the record delimiter.
    quoted_match: /[\r\n]/,
    cast: { number: (value: number) => (decimalComma ? String(value).replace('.', ',') : String(value)) },
  } as const;
}

async function writeCsv(columns: readonly Column[], rows: AsyncIterable<Row>, sink: Writable, options: WriteOptions): Promise<number> {
  let count = 0;
  async function* records() {
    yield columns.map((column) => (options.headers === 'keys' ? column.key : column.header));
    for await (const row of rows) {
      count++;
      yield columns.map((column) => cellValue(row[column.key]) ?? '');
    }
  }
  await pipeline(Readable.from(records()), stringify(csvOptions(options.separator)), sink);
  return count;
}

async function writeXlsx(columns: readonly Column[], rows: AsyncIterable<Row>, sink: Writable, options: WriteOptions): Promise<number> {
  // Loaded when first asked for: exceljs takes most of the function's init, and most exports are CSV.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(options.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ key: column.key, width: column.type === 'text' ? 24 : 14 }));
  const header = sheet.addRow(columns.map((column) => (options.headers === 'keys' ? column.key : column.header)));
  header.font = { bold: true };
  header.commit();
  let count = 0;
  for await (const row of rows) {
    count++;
    // Plain values only: exceljs makes a formula of an object `{ formula }`, never of a string.
    sheet.addRow(columns.map((column) => cellValue(row[column.key]))).commit();
  }
  sheet.commit();
  await workbook.commit();
  return count;
}
