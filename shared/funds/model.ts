/**
 * Stimulus funds: the programme's budget per year and line, and the grants participants apply
 * for. Every amount is whole øre (1 NOK = 100 øre), a safe integer, never a floating-point
 * krone figure: sums and remainders are exact.
 *
 * A grant is applied for (purpose, amount), decided by the secretariat (granted: at most the
 * amount requested, 0 declines it), paid out in one or more payments (never more than granted),
 * and accounted for by the municipality (what it spent, and how). What is granted from a line
 * never exceeds the line: the decision and the line's counter are one conditional write
 * (repository.ts), so decisions taken at once cannot overspend it.
 */
import { refuse } from '../platform/refusal.ts';

/** The budget lines of the programme (the agreement of 23 October 2006). */
export const BUDGET_LINES = ['secretariat', 'competence-development', 'stimulus-funds'] as const;
export type BudgetLineName = (typeof BUDGET_LINES)[number];

/** Grants are paid from the stimulus funds unless the application names another line. */
export const GRANT_LINE: BudgetLineName = 'stimulus-funds';

/** A year's budget: each line's amount in øre. */
export type BudgetLines = Readonly<Record<BudgetLineName, number>>;

/** One line of a year as stored: its budget and what is granted and paid from it. */
export interface BudgetLine {
  readonly year: number;
  readonly line: BudgetLineName;
  /** øre */
  readonly budget: number;
  /** øre granted from the line (the sum of the decisions). */
  readonly granted: number;
  /** øre paid out of what was granted. */
  readonly paid: number;
  readonly updatedAt?: string;
}

export const GRANT_STATUSES = ['applied', 'granted', 'declined', 'paid', 'accounted'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

export interface GrantPayment {
  readonly paidOn: string;
  /** øre */
  readonly amount: number;
  readonly by: string;
  readonly at: string;
}

export interface GrantAccount {
  /** øre the municipality spent */
  readonly spentAmount: number;
  readonly description: string;
  readonly reportId?: string;
  readonly by: string;
  readonly at: string;
}

export interface Grant {
  readonly id: string;
  readonly cohortId: string;
  readonly municipalityNumber: string;
  readonly municipalityName: string;
  readonly year: number;
  readonly line: BudgetLineName;
  readonly purpose: string;
  /** øre */
  readonly amountRequested: number;
  readonly status: GrantStatus;
  readonly appliedAt: string;
  readonly appliedBy: string;
  readonly decision?: { readonly granted: number; readonly comment: string; readonly by: string; readonly at: string };
  /** øre paid so far (the payments' sum) */
  readonly paidAmount: number;
  readonly payments: readonly GrantPayment[];
  readonly account?: GrantAccount;
}

/** The øre a grant was given (0 before the decision and when declined). */
export const grantedOf = (grant: Grant): number => grant.decision?.granted ?? 0;

/** What is left of a line: its budget less what is granted from it. */
export const remainderOf = (line: Pick<BudgetLine, 'budget' | 'granted'>): number => line.budget - line.granted;

/** øre as NOK for people: "1 234,50 kr" (Norwegian grouping and comma), exact (no floating point). */
export function nok(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const kroner = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  const grouped = String(kroner).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${sign}${grouped},${rest} kr`;
}

/** A decision may grant at most what was asked for, and only an application waiting for one. */
export function ensureDecidable(grant: Grant, granted: number): void {
  if (grant.status !== 'applied') throw refuse.conflict(`Grant ${grant.id} is ${grant.status}: it was decided before`);
  if (granted > grant.amountRequested) {
    throw refuse.invalid('A grant is at most the amount requested', [{ pointer: '/granted', detail: `At most the ${grant.amountRequested} øre requested (${nok(grant.amountRequested)})` }]);
  }
}

/** A payment is of a granted grant, and all payments together never exceed what was granted. */
export function ensurePayable(grant: Grant, amount: number): void {
  if (grant.status !== 'granted') throw refuse.conflict(`Grant ${grant.id} is ${grant.status}: only a granted grant not yet paid in full is paid`);
  const left = grantedOf(grant) - grant.paidAmount;
  if (amount > left) throw refuse.invalid('Payments never exceed what was granted', [{ pointer: '/amount', detail: `At most the ${left} øre granted and not yet paid (${nok(left)})` }]);
}

/** The municipality accounts for a grant once, after it was paid (in part or in full). */
export function ensureAccountable(grant: Grant): void {
  if (grant.status === 'accounted') throw refuse.conflict(`Grant ${grant.id} was accounted for before`);
  if (grant.paidAmount === 0) throw refuse.conflict(`Grant ${grant.id} is ${grant.status}: nothing is paid yet to account for`);
}

/** A new budget for a line may not be below what is already granted from it. */
export function ensureBudgetCovers(line: BudgetLineName, year: number, budget: number, granted: number): void {
  if (budget < granted) throw refuse.conflict(`The ${line} line of ${year} has ${granted} øre (${nok(granted)}) granted already: its budget cannot be ${budget} øre (${nok(budget)})`);
}

/** The sums of one line or one cohort in the overview. */
export interface FundsSums {
  readonly granted: number;
  readonly paid: number;
}

/** What is granted and paid per cohort and line, as the counters hold it. */
export interface CohortLineCounter extends FundsSums {
  readonly cohortId: string;
  readonly line: BudgetLineName;
}

/** The budget overview of a year: per line its budget, granted, paid and remaining; per cohort granted, paid and unpaid (in total and per line). */
export function budgetOverview(year: number, lines: readonly BudgetLine[], cohorts: readonly CohortLineCounter[]) {
  const byLine = BUDGET_LINES.map((name) => {
    const l = lines.find((x) => x.line === name) ?? { budget: 0, granted: 0, paid: 0 };
    return { line: name, budget: l.budget, granted: l.granted, paid: l.paid, remaining: remainderOf(l) };
  });
  const cohortIds = [...new Set(cohorts.map((c) => c.cohortId))].sort();
  const byCohort = cohortIds.map((cohortId) => {
    const of = cohorts.filter((c) => c.cohortId === cohortId);
    const granted = sum(of.map((c) => c.granted));
    const paid = sum(of.map((c) => c.paid));
    return {
      cohortId,
      granted,
      paid,
      unpaid: granted - paid,
      lines: of.map((c) => ({ line: c.line, granted: c.granted, paid: c.paid, unpaid: c.granted - c.paid })).sort((a, b) => a.line.localeCompare(b.line)),
    };
  });
  const totals = { budget: sum(byLine.map((l) => l.budget)), granted: sum(byLine.map((l) => l.granted)), paid: sum(byLine.map((l) => l.paid)), remaining: sum(byLine.map((l) => l.remaining)) };
  return { year, lines: byLine, cohorts: byCohort, totals };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** A year's budget as the contract has it: each line with what is left. */
export function budgetView(budget: { readonly year: number; readonly lines: readonly BudgetLine[]; readonly source?: string; readonly isDefault: boolean }) {
  return {
    year: budget.year,
    lines: budget.lines.map((l) => ({ line: l.line, budget: l.budget, granted: l.granted, paid: l.paid, remaining: remainderOf(l) })),
    ...(budget.source ? { source: budget.source } : {}),
    isDefault: budget.isDefault,
  };
}
