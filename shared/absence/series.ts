/**
 * A municipality's figures and quarterly series as one reader may see them: its own people see
 * everything (and which figures others see suppressed); everyone else sees figures about fewer
 * persons than the threshold, and those suppressed to protect them, as `suppressed: true` with no
 * days, no percentage and no history. Each quarter carries the change from the same quarter a
 * year earlier (as NAV reports trend) and its self- and doctor-certified parts where known.
 * Pure, no AWS.
 */
import { aggregateIsSuppressed, figureKey, suppressedFigures, type DisclosureRule, type SuppressionReason } from './disclosure.ts';
import { percentage, quarterlyTotals, rollingFourQuarters, round, shiftQuarter, type AbsenceFigure, type QuarterTotal } from './model.ts';

export interface RevisedFigure extends AbsenceFigure {
  readonly uploadId: string;
  readonly revisions: number;
  readonly history: readonly { readonly uploadId: string; readonly lostDays: number; readonly agreedDays: number; readonly headcount?: number }[];
}

export type FigureView =
  | (RevisedFigure & { readonly percentage: number; readonly suppressed: false; readonly suppressedForOthers?: SuppressionReason })
  | { readonly period: string; readonly scope: string; readonly suppressed: true };

export type QuarterView =
  | {
      readonly quarter: string;
      readonly suppressed: false;
      readonly suppressedForOthers?: SuppressionReason;
      readonly lostDays: number;
      readonly agreedDays: number;
      readonly percentage: number;
      readonly headcount?: number;
      readonly selfCertifiedPercentage?: number;
      readonly doctorCertifiedPercentage?: number;
      readonly rollingFourQuarters?: number;
      readonly sameQuarterLastYear?: number;
      readonly yearOverYearChange?: number;
    }
  | { readonly quarter: string; readonly suppressed: true };

export function seriesView(figures: readonly RevisedFigure[], reader: { readonly seesOwnFigures: boolean; readonly rule: DisclosureRule }): { figures: FigureView[]; quarterly: QuarterView[] } {
  const reasons = suppressedFigures(figures, reader.rule);
  const hidden = (key: string) => !reader.seesOwnFigures && reasons.has(key);
  const forOthers = (key: string) => (reader.seesOwnFigures && reasons.has(key) ? { suppressedForOthers: reasons.get(key)! } : {});

  const figureViews = figures.map((f): FigureView => {
    const key = figureKey(f);
    if (hidden(key)) return { period: f.period, scope: f.scope, suppressed: true };
    // An earlier revision about fewer persons stays the municipality's own.
    const history = reader.seesOwnFigures ? f.history : f.history.filter((h) => h.headcount === undefined || h.headcount >= reader.rule.minPersons);
    return { ...f, history, percentage: round(percentage(f)!), suppressed: false, ...forOthers(key) };
  });

  const totals = quarterlyTotals(figures);
  const quarterHidden = (quarter: string) => hidden(`${quarter}|total`);
  const quarterly = [...totals].map(([quarter, total]): QuarterView => {
    if (quarterHidden(quarter)) return { quarter, suppressed: true };
    const rolling = rollingFourQuarters(totals, quarter);
    const four = [0, 1, 2, 3].map((n) => shiftQuarter(quarter, n));
    const rollingShown = rolling && (reader.seesOwnFigures || (!four.some(quarterHidden) && !aggregateIsSuppressed(four.map((q) => totals.get(q)!), reader.rule)));
    const yearBefore = shiftQuarter(quarter, 4);
    const before = totals.get(yearBefore);
    const pct = percentage(total)!;
    const beforePct = before && !quarterHidden(yearBefore) ? percentage(before) : undefined;
    return {
      quarter,
      suppressed: false,
      ...forOthers(`${quarter}|total`),
      lostDays: total.lostDays,
      agreedDays: total.agreedDays,
      percentage: round(pct),
      ...(total.headcount !== undefined ? { headcount: total.headcount } : {}),
      ...parts(total),
      ...(rollingShown ? { rollingFourQuarters: round(percentage(rolling)!) } : {}),
      ...(beforePct !== undefined ? { sameQuarterLastYear: round(beforePct), yearOverYearChange: round(pct - beforePct) } : {}),
    };
  });
  return { figures: figureViews, quarterly };
}

function parts(total: QuarterTotal): { selfCertifiedPercentage?: number; doctorCertifiedPercentage?: number } {
  return {
    ...(total.selfCertifiedLostDays !== undefined ? { selfCertifiedPercentage: round((total.selfCertifiedLostDays / total.agreedDays) * 100) } : {}),
    ...(total.doctorCertifiedLostDays !== undefined ? { doctorCertifiedPercentage: round((total.doctorCertifiedLostDays / total.agreedDays) * 100) } : {}),
  };
}
