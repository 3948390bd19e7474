/** The open statistics as CSV (RFC 4180 by csv-stringify, UTF-8, `,` and decimal points: for machines). */
import { stringify } from 'csv-stringify/sync';
import type { StatisticsRow } from './model.ts';

export const STATISTICS_COLUMNS = ['quarter', 'group', 'label', 'municipalities', 'percentage', 'selfCertifiedPercentage', 'doctorCertifiedPercentage', 'status', 'source'] as const;

export function toCsv(rows: readonly StatisticsRow[]): string {
  return stringify(
    rows.map((r) => STATISTICS_COLUMNS.map((c) => (r[c] === null ? '' : String(r[c])))),
    { header: true, columns: [...STATISTICS_COLUMNS], record_delimiter: 'windows' },
  );
}
