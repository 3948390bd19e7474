/**
 * Sick-leave arithmetic, as NAV and Statistics Norway define it: lost working days ("tapte
 * dagsverk") divided by agreed working days ("avtalte dagsverk"), times 100. Aggregates are
 * always computed from summed days, never as an average of percentages. Pure, no AWS.
 */
import { refuse } from '../platform/refusal.ts';

export const SECTORS = ['care', 'kindergarten', 'school', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

/** `total` for the whole municipality, `sector:<sector>`, or `unit:<id>` (a breakdown, never summed into the total). */
export type Scope = 'total' | `sector:${Sector}` | `unit:${string}`;

/** Whose file: a municipality's own (no municipalityNumber column: it is the path's) or the secretariat's bulk file. */
export type UploadScope = { readonly scope: 'municipality'; readonly municipalityNumber: string } | { readonly scope: 'bulk' };

export interface Days {
  readonly lostDays: number;
  readonly agreedDays: number;
}

export interface AbsenceFigure extends Days {
  /** `YYYYQn` for a quarter, `YYYY-MM` for a month. */
  readonly period: string;
  readonly scope: Scope;
  readonly selfCertifiedLostDays?: number;
  readonly doctorCertifiedLostDays?: number;
  /** How many persons the figure covers (required for units and months; docs/disclosure-control.md). */
  readonly headcount?: number;
}

/**
 * A municipality's quarter as the status, the series and the statistics use it. `headcount` is
 * what the disclosure rule judges: the persons of a total or of its summed sectors (each person
 * in one sector), and for a sum of months the largest month (NAV's rule for sums of periods: the
 * same persons recur month after month). The self- and doctor-certified parts where every part
 * gave them.
 */
export interface QuarterTotal extends Days {
  readonly headcount?: number;
  readonly selfCertifiedLostDays?: number;
  readonly doctorCertifiedLostDays?: number;
}

const QUARTER = /^(\d{4})Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(value: string): boolean {
  return QUARTER.test(value) || MONTH.test(value);
}

/** The quarter a period falls in. */
export function quarterOf(period: string): string {
  const q = QUARTER.exec(period);
  if (q) return period;
  const m = MONTH.exec(period);
  if (!m) throw new Error(`Not a period: ${period}`);
  return `${m[1]}Q${Math.ceil(Number(m[2]) / 3)}`;
}

export function isMonth(period: string): boolean {
  return MONTH.test(period);
}

/** The months (YYYY-MM) of a quarter. */
export function monthsOf(quarter: string): string[] {
  const [, year, q] = QUARTER.exec(quarter)!;
  const first = (Number(q) - 1) * 3 + 1;
  return [first, first + 1, first + 2].map((m) => `${year}-${String(m).padStart(2, '0')}`);
}

/** The quarter `n` quarters before (negative: after). */
export function shiftQuarter(quarter: string, n: number): string {
  const [, year, q] = QUARTER.exec(quarter)!;
  const index = Number(year) * 4 + Number(q) - 1 - n;
  return `${Math.floor(index / 4)}Q${(index % 4) + 1}`;
}

/** Last day of a quarter, yyyy-mm-dd. */
export function quarterEnd(quarter: string): string {
  const [, year, q] = QUARTER.exec(quarter)!;
  return new Date(Date.UTC(Number(year), Number(q) * 3, 0)).toISOString().slice(0, 10);
}

/** The first and last day (yyyy-mm-dd) of a period: a quarter or a month. */
export function periodDays(period: string): { readonly first: string; readonly last: string } {
  const month = MONTH.exec(period);
  if (month) {
    const [, year, m] = month;
    return { first: `${year}-${m}-01`, last: new Date(Date.UTC(Number(year), Number(m), 0)).toISOString().slice(0, 10) };
  }
  const [, year, q] = QUARTER.exec(period) ?? [];
  if (!year) throw new Error(`Not a period: ${period}`);
  return { first: `${year}-${String((Number(q) - 1) * 3 + 1).padStart(2, '0')}-01`, last: quarterEnd(period) };
}

export function yearOf(quarter: string): number {
  return Number(quarter.slice(0, 4));
}

/** lost / agreed × 100; undefined when nothing was agreed. */
export function percentage(days: Days): number | undefined {
  return days.agreedDays > 0 ? (days.lostDays / days.agreedDays) * 100 : undefined;
}

/** Sums days: the only correct way to aggregate sick-leave figures. */
export function sumDays(figures: readonly Days[]): Days {
  return figures.reduce((acc, f) => ({ lostDays: acc.lostDays + f.lostDays, agreedDays: acc.agreedDays + f.agreedDays }), { lostDays: 0, agreedDays: 0 });
}

/** Rounds for presentation and for comparisons free of floating-point noise. */
export function round(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * A municipality's total per quarter, from whatever it uploaded: a quarterly total; else the sum
 * of its quarterly sectors; else the sum of three complete months (each a total, or the sum of
 * its sectors). Units are breakdowns and never added to the total.
 */
export function quarterlyTotals(figures: readonly AbsenceFigure[]): Map<string, QuarterTotal> {
  const quarterly = figures.filter((f) => !isMonth(f.period));
  const monthly = figures.filter((f) => isMonth(f.period));
  const totals = new Map<string, QuarterTotal>();
  const quarters = new Set(figures.map((f) => quarterOf(f.period)));
  for (const quarter of [...quarters].sort()) {
    const direct = totalOf(quarterly.filter((f) => f.period === quarter));
    if (direct) {
      totals.set(quarter, direct);
      continue;
    }
    const months = monthsOf(quarter).map((month) => totalOf(monthly.filter((f) => f.period === month)));
    if (months.every((m) => m !== undefined)) totals.set(quarter, combine(months as QuarterTotal[], 'largest'));
  }
  return totals;
}

function totalOf(figures: readonly AbsenceFigure[]): QuarterTotal | undefined {
  const total = figures.find((f) => f.scope === 'total');
  if (total) return combine([total], 'sum');
  const sectors = figures.filter((f) => f.scope.startsWith('sector:'));
  return sectors.length > 0 ? combine(sectors, 'sum') : undefined;
}

/** Summed days; headcounts summed (distinct persons: sectors) or the largest (the same persons: months); parts only where all have them. */
function combine(parts: readonly QuarterTotal[], persons: 'sum' | 'largest'): QuarterTotal {
  const days = sumDays(parts);
  const all = <K extends 'headcount' | 'selfCertifiedLostDays' | 'doctorCertifiedLostDays'>(key: K) =>
    parts.every((p) => p[key] !== undefined) ? parts.map((p) => p[key] as number) : undefined;
  const headcounts = all('headcount');
  const self = all('selfCertifiedLostDays');
  const doctor = all('doctorCertifiedLostDays');
  return {
    ...days,
    ...(headcounts ? { headcount: persons === 'sum' ? headcounts.reduce((a, b) => a + b, 0) : Math.max(...headcounts) } : {}),
    ...(self ? { selfCertifiedLostDays: self.reduce((a, b) => a + b, 0) } : {}),
    ...(doctor ? { doctorCertifiedLostDays: doctor.reduce((a, b) => a + b, 0) } : {}),
  };
}

/** The four quarters ending with `quarter`, summed; undefined unless all four are there. */
export function rollingFourQuarters(totals: ReadonlyMap<string, Days>, quarter: string): Days | undefined {
  const four = [0, 1, 2, 3].map((n) => totals.get(shiftQuarter(quarter, n)));
  return four.every((d) => d !== undefined) ? sumDays(four as Days[]) : undefined;
}

/**
 * The life of an asynchronous upload (a file too large to accept within a request): received
 * (the resource exists, the file is awaited or stored), validating (the file is being read and
 * checked), then committed (its figures count, a receipt) or rejected (the row/column errors,
 * nothing stored). Nothing else: a final status never moves again.
 */
export const ABSENCE_UPLOAD_STATUSES = ['received', 'validating', 'committed', 'rejected'] as const;
export type AbsenceUploadStatus = (typeof ABSENCE_UPLOAD_STATUSES)[number];

const NEXT: { readonly [S in AbsenceUploadStatus]: readonly AbsenceUploadStatus[] } = {
  received: ['validating'],
  validating: ['committed', 'rejected'],
  committed: [],
  rejected: [],
};

export function canMoveUpload(from: AbsenceUploadStatus, to: AbsenceUploadStatus): boolean {
  return NEXT[from].includes(to);
}

/** The status an upload moves to; a conflict for any move the life above does not have. */
export function moveUpload(from: AbsenceUploadStatus, to: AbsenceUploadStatus): AbsenceUploadStatus {
  if (!canMoveUpload(from, to)) throw refuse.conflict(`An upload that is ${from} cannot become ${to}`);
  return to;
}

/** Committed or rejected: the upload's outcome is known and never changes. */
export function isFinalUploadStatus(status: AbsenceUploadStatus): boolean {
  return NEXT[status].length === 0;
}
