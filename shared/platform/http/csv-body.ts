/**
 * `text/csv` request bodies, for the routes that take them: a header row, then one record per
 * row, read into `{ rows }` for the route's body schema to check. Only those functions import
 * the CSV parser.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { HttpProblem } from './problems.ts';

export interface CsvBody {
  /** The body as the JSON the route's schema checks: `{ rows }`. */
  readonly read: (raw: string) => { rows: Record<string, unknown>[] };
}

/** CSV records as objects: empty cells left out, numeric columns as numbers (anything else stays text for zod to name). */
export function csvBody(options: { readonly numericColumns: readonly string[] }): CsvBody {
  const numeric = new Set(options.numericColumns);
  return {
    read(raw) {
      let records: Record<string, string>[];
      try {
        records = parseCsv(raw, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
      } catch (error) {
        throw new HttpProblem(400, 'malformed-csv', 'The request body is not valid CSV', (error as Error).message);
      }
      const rows = records.map((record) => {
        const row: Record<string, unknown> = {};
        for (const [column, value] of Object.entries(record)) {
          if (value === '') continue;
          row[column] = numeric.has(column) && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
        }
        return row;
      });
      return { rows };
    },
  };
}
