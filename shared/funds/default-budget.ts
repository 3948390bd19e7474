/**
 * The budget a year has until the secretariat sets it: data/budget.json (2007: the agreement of
 * 23 October 2006, its preliminary estimate), in øre.
 */
import shipped from '../../data/budget.json' with { type: 'json' };
import { BUDGET_LINES, type BudgetLines } from './model.ts';

/** Where the shipped figures come from. */
export const DEFAULT_BUDGET_SOURCE: string = shipped.source;

/** The shipped default of a year, or undefined. */
export function defaultBudget(year: number): BudgetLines | undefined {
  const lines = (shipped.years as Record<string, Record<string, number>>)[String(year)];
  if (!lines) return undefined;
  return Object.fromEntries(BUDGET_LINES.map((line) => [line, lines[line] ?? 0])) as BudgetLines;
}
