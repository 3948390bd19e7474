/**
 * An upload of sick-leave figures, checked as a whole before anything is written: every row
 * valid, no figure twice in one file. Rows become figures with a scope; the content hash makes
 * a repeated upload recognisable. Pure (hashing is arithmetic), no AWS.
 */
import { createHash } from 'node:crypto';
import type { AbsenceFigure, Scope } from './model.ts';
import { periodDays, quarterOf } from './model.ts';
import { outsideValidity, type RegisterEntry } from '../municipalities/model.ts';
import { refuse, type RefusalField } from '../platform/refusal.ts';

export interface UploadRow {
  readonly municipalityNumber: string;
  readonly period: string;
  readonly sector?: string;
  readonly unit?: string;
  readonly lostDays?: number;
  readonly agreedDays: number;
  readonly selfCertifiedLostDays?: number;
  readonly doctorCertifiedLostDays?: number;
}

export interface MunicipalityFigure extends AbsenceFigure {
  readonly municipalityNumber: string;
}

export interface CheckedUpload {
  readonly figures: readonly MunicipalityFigure[];
  readonly municipalities: readonly string[];
  readonly quarters: readonly string[];
  readonly contentHash: string;
}

/** Turns valid rows into figures; refuses the whole upload when one figure appears twice. */
export function checkUpload(rows: readonly UploadRow[]): CheckedUpload {
  const seen = new Map<string, number>();
  const duplicates: RefusalField[] = [];
  const figures = rows.map((row, i) => {
    const figure = toFigure(row);
    const key = `${figure.municipalityNumber}|${figure.period}|${figure.scope}`;
    const first = seen.get(key);
    if (first !== undefined) {
      duplicates.push({ pointer: `/rows/${i}`, detail: `The same municipality, period and scope as row ${first + 1}`, row: i + 1, column: 'period' });
    } else {
      seen.set(key, i);
    }
    return figure;
  });
  if (duplicates.length > 0) throw refuse.invalid(`${duplicates.length} row(s) repeat a figure of the same upload; nothing was stored`, duplicates);
  const canonical = [...figures].map((f) => JSON.stringify(f)).sort().join('\n');
  return {
    figures,
    municipalities: [...new Set(figures.map((f) => f.municipalityNumber))].sort(),
    quarters: [...new Set(figures.map((f) => quarterOf(f.period)))].sort(),
    contentHash: createHash('sha256').update(canonical).digest('hex'),
  };
}

/**
 * Rows the register does not allow: a number it does not know, or a municipality that did not
 * exist on every day of the row's period (a quarter's or month's first and last day; the 2008
 * mergers fall on a new year, so no quarter is split). One field per row, with row and column.
 */
export function rowsOutsideRegister(
  rows: readonly Pick<UploadRow, 'municipalityNumber' | 'period'>[],
  register: ReadonlyMap<string, RegisterEntry>,
): RefusalField[] {
  return rows.flatMap((row, i) => {
    const municipality = register.get(row.municipalityNumber);
    if (!municipality) return [{ pointer: `/rows/${i}/municipalityNumber`, detail: `No municipality ${row.municipalityNumber} in the register`, row: i + 1, column: 'municipalityNumber' }];
    const { first, last } = periodDays(row.period);
    const outside = outsideValidity(municipality, first, last);
    return outside ? [{ pointer: `/rows/${i}/period`, detail: `${outside}: no figures for ${row.period}`, row: i + 1, column: 'period' }] : [];
  });
}

function toFigure(row: UploadRow): MunicipalityFigure {
  const scope: Scope = row.sector ? (`sector:${row.sector}` as Scope) : row.unit ? `unit:${row.unit}` : 'total';
  const lostDays = row.lostDays ?? (row.selfCertifiedLostDays ?? 0) + (row.doctorCertifiedLostDays ?? 0);
  return {
    municipalityNumber: row.municipalityNumber,
    period: row.period,
    scope,
    lostDays,
    agreedDays: row.agreedDays,
    ...(row.selfCertifiedLostDays !== undefined ? { selfCertifiedLostDays: row.selfCertifiedLostDays } : {}),
    ...(row.doctorCertifiedLostDays !== undefined ? { doctorCertifiedLostDays: row.doctorCertifiedLostDays } : {}),
  };
}
