/**
 * Disclosure control: a sick-leave figure about fewer than a handful of persons is personal data
 * (one long sick leave is one colleague's illness), so everyone but the municipality's own people
 * sees it suppressed. The rules, as NAV and Statistics Norway apply them, are in
 * docs/disclosure-control.md:
 *  - primary: a figure whose headcount is under the threshold;
 *  - a sum of parts (quarters, months, units, municipalities) is suppressed when the largest
 *    headcount among its parts is under the threshold;
 *  - complementary: a total equals the sum of its parts, so no relation may hold exactly one
 *    suppressed cell (it would be the total minus the others); another part is suppressed,
 *    the smallest, until every relation holds none or at least two.
 * Pure, no AWS.
 */
import type { Principal } from '../platform/auth/principal.ts';
import { config } from '../platform/config.ts';
import { isMonth, monthsOf, quarterOf, type AbsenceFigure } from './model.ts';

export interface DisclosureRule {
  /** A figure about fewer persons than this is suppressed. */
  readonly minPersons: number;
}

/** NAV's and Statistics Norway's threshold for sick-leave statistics. */
export const DEFAULT_MIN_PERSONS = 5;

/** The rule in force: DISCLOSURE_MIN_PERSONS (CDK context `disclosureMinPersons`), else NAV's 5. */
export function disclosureRule(): DisclosureRule {
  return { minPersons: config.disclosureMinPersons() ?? DEFAULT_MIN_PERSONS };
}

export type SuppressionReason = 'small' | 'complementary';

/** A headcount under the threshold; an unknown headcount (a municipality's total) is not small. */
export function isSmall(headcount: number | undefined, rule: DisclosureRule): boolean {
  return headcount !== undefined && headcount < rule.minPersons;
}

/**
 * A sum of parts is suppressed when the largest known headcount among its parts is under the
 * threshold. Parts without a headcount count as large (municipality totals, which the rule does
 * not require a headcount for); no parts, nothing to suppress.
 */
export function aggregateIsSuppressed(parts: readonly { readonly headcount?: number }[], rule: DisclosureRule): boolean {
  if (parts.length === 0 || parts.some((p) => p.headcount === undefined)) return false;
  return Math.max(...parts.map((p) => p.headcount!)) < rule.minPersons;
}

/** A sum relation: `total` = Σ `parts` (or contains them: units need not cover their total, but may). */
export interface Relation {
  readonly total: string;
  readonly parts: readonly string[];
}

export interface Cell {
  readonly headcount?: number;
  /** Tie-breaker for which part to give up: the smallest (agreed days, or persons) loses least. */
  readonly weight: number;
}

/**
 * Complementary suppression over cells related by sums. Starting from the primarily suppressed
 * cells, while some relation holds exactly one suppressed cell, suppress its smallest visible
 * part (a total only when no part is left visible). Terminates: every step suppresses a cell.
 * Returns every suppressed key (the primary ones included).
 */
export function protectTable(primary: ReadonlySet<string>, cells: ReadonlyMap<string, Cell>, relations: readonly Relation[]): ReadonlySet<string> {
  const suppressed = new Set(primary);
  const size = (key: string) => {
    const cell = cells.get(key);
    return [cell?.headcount ?? Number.POSITIVE_INFINITY, cell?.weight ?? Number.POSITIVE_INFINITY] as const;
  };
  const smallest = (keys: readonly string[]) =>
    [...keys].sort((a, b) => {
      const [ha, wa] = size(a);
      const [hb, wb] = size(b);
      return ha - hb || wa - wb || a.localeCompare(b);
    })[0];
  for (let changed = true; changed; ) {
    changed = false;
    for (const relation of relations) {
      const members = [relation.total, ...relation.parts];
      if (members.filter((k) => suppressed.has(k)).length !== 1) continue;
      const visibleParts = relation.parts.filter((k) => !suppressed.has(k));
      const next = visibleParts.length > 0 ? smallest(visibleParts) : relation.total;
      if (next !== undefined && !suppressed.has(next)) {
        suppressed.add(next);
        changed = true;
      }
    }
  }
  return suppressed;
}

/** The key of a municipality's figure, and of the cells the series derives (`<period>|total`). */
export function figureKey(figure: Pick<AbsenceFigure, 'period' | 'scope'>): string {
  return `${figure.period}|${figure.scope}`;
}

/**
 * One municipality's figures: which are suppressed and why, including the totals its series
 * derives (a period's sectors summed, a quarter's months summed) under `<period>|total`.
 * Relations: a period's total and its sectors; a period's total and its units; a quarter's
 * figure of a scope and the same scope's months. A part of a small total is small itself (it
 * covers some of the same persons).
 */
export function suppressedFigures(figures: readonly AbsenceFigure[], rule: DisclosureRule): ReadonlyMap<string, SuppressionReason> {
  const cells = new Map<string, Cell & { readonly derivedFrom?: readonly string[] }>();
  for (const f of figures) cells.set(figureKey(f), { ...(f.headcount !== undefined ? { headcount: f.headcount } : {}), weight: f.agreedDays });

  const periods = [...new Set(figures.map((f) => f.period))].sort();
  const relations: Relation[] = [];
  const partsOf = (period: string, prefix: string) => figures.filter((f) => f.period === period && f.scope.startsWith(prefix)).map(figureKey);
  for (const period of periods) {
    const total = `${period}|total`;
    const sectors = partsOf(period, 'sector:');
    const units = partsOf(period, 'unit:');
    if (!cells.has(total) && sectors.length > 0) cells.set(total, derived(sectors, cells, 'sum'));
    if (!cells.has(total)) continue;
    if (sectors.length > 0) relations.push({ total, parts: sectors });
    if (units.length > 0) relations.push({ total, parts: units });
  }
  // A quarter's figures of each scope and its months' of the same scope; a quarter given only as months gets a derived total.
  for (const quarter of new Set(periods.filter(isMonth).map(quarterOf))) {
    const scopes = new Set(figures.filter((f) => isMonth(f.period) && quarterOf(f.period) === quarter).map((f) => f.scope));
    scopes.add('total');
    for (const scope of scopes) {
      const months = monthsOf(quarter).map((m) => `${m}|${scope}`).filter((k) => cells.has(k));
      const total = `${quarter}|${scope}`;
      if (months.length === 0) continue;
      if (!cells.has(total) && scope === 'total' && months.length === 3) cells.set(total, derived(months, cells, 'largest'));
      if (cells.has(total)) relations.push({ total, parts: months });
    }
  }

  const reasons = new Map<string, SuppressionReason>();
  for (const [key, cell] of cells) {
    const small = cell.derivedFrom ? aggregateIsSuppressed(cell.derivedFrom.map((k) => cells.get(k)!), rule) : isSmall(cell.headcount, rule);
    if (small) reasons.set(key, 'small');
  }
  // Parts of a small total are small: fewer (or the same) persons. Repeat down the relations.
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of relations) {
      if (reasons.get(r.total) !== 'small') continue;
      for (const part of r.parts) {
        if (reasons.get(part) !== 'small') {
          reasons.set(part, 'small');
          changed = true;
        }
      }
    }
  }
  const protectedKeys = protectTable(new Set(reasons.keys()), cells, relations);
  for (const key of protectedKeys) if (!reasons.has(key)) reasons.set(key, 'complementary');
  return reasons;
}

function derived(parts: readonly string[], cells: ReadonlyMap<string, Cell>, persons: 'sum' | 'largest'): Cell & { readonly derivedFrom: readonly string[] } {
  const known = parts.map((k) => cells.get(k)!);
  const headcounts = known.every((c) => c.headcount !== undefined) ? known.map((c) => c.headcount!) : undefined;
  return {
    ...(headcounts ? { headcount: persons === 'sum' ? headcounts.reduce((a, b) => a + b, 0) : Math.max(...headcounts) } : {}),
    weight: known.reduce((sum, c) => sum + c.weight, 0),
    derivedFrom: parts,
  };
}

/** Who sees small figures as they are: the municipality's own people and its own machine clients. Staff never do. */
export function seesOwnFigures(principal: Principal | undefined, municipalityNumber: string): boolean {
  return principal !== undefined && principal.kind !== 'staff' && principal.municipalityNumber === municipalityNumber;
}
