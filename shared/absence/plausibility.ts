/**
 * Plausibility checks of an upload of sick-leave figures: figures that are valid but unlikely.
 * They are warnings, not refusals: the upload commits, its receipt lists each warning with its
 * row and column, and the secretariat works through the stored ones (GET /absence-figures/warnings).
 * The rules and their limits are the constants of PLAUSIBILITY_RULES (docs/figure-checks.md).
 *
 * Checked against the municipality's figures as they will be once the upload counts: its stored
 * figures, each replaced by the upload's figure of the same period and scope. Pure, no AWS.
 */
import { isMonth, percentage, quarterlyTotals, quarterOf, round, SECTORS, shiftQuarter, type AbsenceFigure } from './model.ts';

/** The rules' limits, in one place. A figure beyond a limit (not at it) is warned about. */
export const PLAUSIBILITY_RULES = {
  /** A sick-leave percentage above this is unlikely (Norway's municipal sector is ~7-10 %). */
  maxPercentage: 25,
  /** A quarter's total percentage changing by more than this many percentage points from the same quarter a year earlier. */
  maxYearOverYearPoints: 3,
  /** Agreed working days a full-time person can have in a quarter (~13 weeks × 5 days, less holidays); a month is a third. */
  agreedDaysPerPersonPerQuarter: { min: 40, max: 70 },
  /** Sectors summing to more (or, all four given, to other) than the period's total by more than this share, in per cent. */
  maxSectorSumDifferencePercent: 1,
} as const;

/** A receipt lists at most this many warnings (a bulk file may have thousands; the receipt is kept in items of at most 400 KB); `warningCount` tells them all. */
export const MAX_RECEIPT_WARNINGS = 200;

export const PLAUSIBILITY_RULE_NAMES = ['percentage-over-limit', 'year-over-year-change', 'agreed-days-per-person', 'sectors-differ-from-total', 'quarter-gap'] as const;
export type PlausibilityRule = (typeof PLAUSIBILITY_RULE_NAMES)[number];

export const WARNING_STATUSES = ['open', 'checked'] as const;
export type WarningStatus = (typeof WARNING_STATUSES)[number];

export interface PlausibilityWarning {
  /** Stable: the upload, the municipality, the row and the rule (warningId). */
  readonly id: string;
  readonly uploadId: string;
  readonly rule: PlausibilityRule;
  readonly municipalityNumber: string;
  readonly period: string;
  readonly scope: string;
  /** 1-based data row of the upload. */
  readonly row: number;
  readonly column: string;
  /** JSON pointer into the upload: `/rows/<row - 1>/<column>`. */
  readonly pointer: string;
  readonly detail: string;
  readonly status: WarningStatus;
}

/** A figure of an upload (commands.ts MunicipalityFigure; not imported: the contract reads this file, and the routing table the contract). */
type MunicipalityFigure = AbsenceFigure & { readonly municipalityNumber: string };

/** Limits compared free of floating-point noise: 25.000000001 is 25. */
const beyond = (value: number, limit: number) => round(value, 6) > limit;
const fmt = (value: number, decimals = 2) => String(round(value, decimals));

/**
 * A warning's id: `<upload id compacted>-<municipality>-<row>-<rule>`, e.g.
 * `20071015T101500000Z-3f2a9c1b0d4e-1721-12-percentage-over-limit`. Safe in a path; parseWarningId reverses it.
 */
export function warningId(uploadId: string, municipalityNumber: string, row: number, rule: PlausibilityRule): string {
  return `${compactUploadId(uploadId)}-${municipalityNumber}-${row}-${rule}`;
}

const WARNING_ID = /^(\d{8})T(\d{6})(\d{3})Z-([0-9a-f]{12})-(\d{4})-(\d{1,6})-([a-z-]{1,40})$/;

/** The parts of a warning id, or undefined for one this API did not make. */
export function parseWarningId(id: string): { uploadId: string; municipalityNumber: string; row: number; rule: PlausibilityRule } | undefined {
  const m = WARNING_ID.exec(id);
  if (!m || !(PLAUSIBILITY_RULE_NAMES as readonly string[]).includes(m[7]!)) return undefined;
  const [, date, time, ms, hash, number, row, rule] = m;
  const uploadId = `${date!.slice(0, 4)}-${date!.slice(4, 6)}-${date!.slice(6, 8)}T${time!.slice(0, 2)}:${time!.slice(2, 4)}:${time!.slice(4, 6)}.${ms}Z#${hash}`;
  return { uploadId, municipalityNumber: number!, row: Number(row), rule: rule as PlausibilityRule };
}

function compactUploadId(uploadId: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z#([0-9a-f]{12})$/.exec(uploadId);
  if (!m) throw new Error(`Not an upload id of figures: ${uploadId}`);
  return `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}${m[7]}Z-${m[8]}`;
}

interface Finding {
  readonly rule: PlausibilityRule;
  readonly index: number;
  readonly column: string;
  readonly detail: string;
}

/**
 * The upload's warnings, in row order (then by rule name). `stored`: each municipality's figures as
 * stored before this upload (the latest revision of each period and scope).
 */
export function plausibilityWarnings(uploadId: string, checked: { readonly figures: readonly MunicipalityFigure[] }, stored: ReadonlyMap<string, readonly AbsenceFigure[]>): PlausibilityWarning[] {
  const findings: { readonly municipalityNumber: string; readonly finding: Finding }[] = [];
  const indexed = checked.figures.map((figure, index) => ({ figure, index }));
  for (const { figure, index } of indexed) {
    for (const finding of rowFindings(figure, index)) findings.push({ municipalityNumber: figure.municipalityNumber, finding });
  }
  const byMunicipality = new Map<string, { figure: MunicipalityFigure; index: number }[]>();
  for (const entry of indexed) byMunicipality.set(entry.figure.municipalityNumber, [...(byMunicipality.get(entry.figure.municipalityNumber) ?? []), entry]);
  for (const [number, uploaded] of byMunicipality) {
    for (const finding of municipalityFindings(uploaded, stored.get(number) ?? [])) findings.push({ municipalityNumber: number, finding });
  }

  // One warning per row and rule: findings of the same row and rule (a quarter compared with the year before and after) are joined.
  const merged = new Map<string, { municipalityNumber: string; finding: Finding }>();
  for (const entry of findings) {
    const key = `${entry.finding.index}|${entry.finding.rule}`;
    const earlier = merged.get(key);
    merged.set(key, earlier ? { ...earlier, finding: { ...earlier.finding, detail: `${earlier.finding.detail} ${entry.finding.detail}` } } : entry);
  }
  return [...merged.values()]
    // Row, then rule name: the order the secretariat's list has them in (its sort key).
    .sort((a, b) => a.finding.index - b.finding.index || a.finding.rule.localeCompare(b.finding.rule))
    .map(({ municipalityNumber, finding }) => {
      const figure = checked.figures[finding.index]!;
      const row = finding.index + 1;
      return {
        id: warningId(uploadId, municipalityNumber, row, finding.rule),
        uploadId,
        rule: finding.rule,
        municipalityNumber,
        period: figure.period,
        scope: figure.scope,
        row,
        column: finding.column,
        pointer: `/rows/${finding.index}/${finding.column}`,
        detail: finding.detail,
        ...(figure.headcount !== undefined ? { headcount: figure.headcount } : {}),
        status: 'open' as const,
      };
    });
}

/** The rules about one row alone: its percentage, its agreed days per person. */
function rowFindings(figure: AbsenceFigure, index: number): Finding[] {
  const found: Finding[] = [];
  const pct = percentage(figure);
  if (pct !== undefined && beyond(pct, PLAUSIBILITY_RULES.maxPercentage)) {
    found.push({ rule: 'percentage-over-limit', index, column: 'lostDays', detail: `${fmt(pct)} % sick leave (${fmt(figure.lostDays)} of ${fmt(figure.agreedDays)} agreed days) is over ${PLAUSIBILITY_RULES.maxPercentage} %.` });
  }
  if (figure.headcount !== undefined && figure.headcount > 0) {
    const scale = isMonth(figure.period) ? 1 / 3 : 1;
    const min = PLAUSIBILITY_RULES.agreedDaysPerPersonPerQuarter.min * scale;
    const max = PLAUSIBILITY_RULES.agreedDaysPerPersonPerQuarter.max * scale;
    const perPerson = figure.agreedDays / figure.headcount;
    if (beyond(perPerson, max) || beyond(min, perPerson)) {
      found.push({
        rule: 'agreed-days-per-person',
        index,
        column: 'agreedDays',
        detail: `${fmt(figure.agreedDays)} agreed days for ${figure.headcount} persons is ${fmt(perPerson, 1)} per person; a full-time person has ${fmt(min, 1)}-${fmt(max, 1)} in a ${isMonth(figure.period) ? 'month' : 'quarter'}.`,
      });
    }
  }
  return found;
}

/** The rules about a municipality's figures together: the year-earlier quarter, sectors against the total, gaps. */
function municipalityFindings(uploaded: readonly { figure: MunicipalityFigure; index: number }[], stored: readonly AbsenceFigure[]): Finding[] {
  const replaced = new Set(uploaded.map(({ figure }) => `${figure.period}|${figure.scope}`));
  const all: AbsenceFigure[] = [...stored.filter((f) => !replaced.has(`${f.period}|${f.scope}`)), ...uploaded.map(({ figure }) => figure)];
  const uploadedQuarters = new Set(uploaded.map(({ figure }) => quarterOf(figure.period)));
  // Units are breakdowns, never in a quarter's total: an upload of units alone changes no total.
  const totalQuarters = new Set(uploaded.filter(({ figure }) => !figure.scope.startsWith('unit:')).map(({ figure }) => quarterOf(figure.period)));
  /** The upload's row a quarter's warning is about: its total, else its first row of the quarter. */
  const rowOfQuarter = (quarter: string) => {
    const rows = uploaded.filter(({ figure }) => quarterOf(figure.period) === quarter && !figure.scope.startsWith('unit:'));
    const candidates = rows.length > 0 ? rows : uploaded.filter(({ figure }) => quarterOf(figure.period) === quarter);
    return (candidates.find(({ figure }) => figure.period === quarter && figure.scope === 'total') ?? candidates[0])!.index;
  };
  const found: Finding[] = [];

  // A change of more than the limit from the same quarter a year earlier (quarterly totals, from summed days).
  const totals = quarterlyTotals(all);
  for (const [later, laterDays] of totals) {
    const earlier = shiftQuarter(later, 4);
    const earlierDays = totals.get(earlier);
    if (!earlierDays || !(totalQuarters.has(later) || totalQuarters.has(earlier))) continue;
    const [from, to] = [percentage(earlierDays), percentage(laterDays)];
    if (from === undefined || to === undefined || !beyond(Math.abs(to - from), PLAUSIBILITY_RULES.maxYearOverYearPoints)) continue;
    const quarter = totalQuarters.has(later) ? later : earlier;
    found.push({
      rule: 'year-over-year-change',
      index: rowOfQuarter(quarter),
      column: 'lostDays',
      detail: `${later} has ${fmt(to)} % against ${fmt(from)} % in ${earlier}: a change of ${fmt(to - from)} percentage points, more than ${PLAUSIBILITY_RULES.maxYearOverYearPoints}.`,
    });
  }

  // Sectors against the total of the same period.
  const periods = new Set(all.map((f) => f.period));
  for (const period of periods) {
    const total = all.find((f) => f.period === period && f.scope === 'total');
    const sectors = all.filter((f) => f.period === period && f.scope.startsWith('sector:'));
    if (!total || sectors.length === 0) continue;
    const mine = uploaded.filter(({ figure }) => figure.period === period && (figure.scope === 'total' || figure.scope.startsWith('sector:')));
    if (mine.length === 0) continue;
    const complete = SECTORS.every((s) => sectors.some((f) => f.scope === `sector:${s}`));
    const worst = (['agreedDays', 'lostDays'] as const)
      .map((column) => {
        const sum = sectors.reduce((acc, f) => acc + f[column], 0);
        const difference = total[column] === 0 ? (sum === 0 ? 0 : Infinity) : ((sum - total[column]) / total[column]) * 100;
        return { column, sum, difference };
      })
      // Some sectors only: their sum may be under the total, never over it.
      .filter(({ difference }) => beyond(complete ? Math.abs(difference) : difference, PLAUSIBILITY_RULES.maxSectorSumDifferencePercent))
      .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference))[0];
    if (!worst) continue;
    const row = (mine.find(({ figure }) => figure.scope === 'total') ?? mine[0])!;
    const what = worst.column === 'agreedDays' ? 'agreed' : 'lost';
    found.push({
      rule: 'sectors-differ-from-total',
      index: row.index,
      column: worst.column,
      detail: `The ${complete ? 'four sectors' : `sectors given (${sectors.length})`} of ${period} sum to ${fmt(worst.sum)} ${what} days against the total's ${fmt(total[worst.column])}: ${Number.isFinite(worst.difference) ? `${fmt(Math.abs(worst.difference))} %` : 'no total'} ${worst.sum > total[worst.column] ? 'over' : 'under'} it, more than ${PLAUSIBILITY_RULES.maxSectorSumDifferencePercent} %.`,
    });
  }

  // Quarters missing between two quarters with figures, next to a quarter of this upload.
  const quarters = [...new Set(all.map((f) => quarterOf(f.period)))].sort();
  for (let i = 1; i < quarters.length; i++) {
    const [before, after] = [quarters[i - 1]!, quarters[i]!];
    if (shiftQuarter(after, 1) === before || !(uploadedQuarters.has(before) || uploadedQuarters.has(after))) continue;
    const missing: string[] = [];
    for (let q = shiftQuarter(before, -1); q !== after; q = shiftQuarter(q, -1)) missing.push(q);
    const quarter = uploadedQuarters.has(after) ? after : before;
    found.push({
      rule: 'quarter-gap',
      index: rowOfQuarter(quarter),
      column: 'period',
      detail: `No figures for ${missing.length === 1 ? missing[0] : `${missing[0]}-${missing.at(-1)} (${missing.length} quarters)`}, between ${before} and ${after}.`,
    });
  }
  return found;
}
