/**
 * The state changes of a grant, pure: each takes the grant as read and answers the grant to
 * store with its event (or a refusal). The repository writes the grant, the counters of its
 * budget line and cohort, and the event in one transaction.
 */
import type { CommandContext as PlatformContext } from '../platform/commands.ts';
import { newEvent, type EventEnvelope } from '../event-catalogue.ts';
import { norwegianDay } from '../platform/dates.ts';
import { ensureAccountable, ensureDecidable, ensurePayable, grantedOf, GRANT_LINE, type BudgetLineName, type Grant } from './model.ts';

export interface CommandContext extends PlatformContext {
  /** Who acts. */
  readonly by: string;
}

export interface GrantChange<E extends EventEnvelope = EventEnvelope> {
  readonly state: Grant;
  readonly events: E[];
}

const refOf = (g: Grant) => ({ grantId: g.id, cohortId: g.cohortId, municipalityNumber: g.municipalityNumber, year: g.year, line: g.line });

/** A participant applies for a grant: the year is the application's (in Norway) unless named, the line the stimulus funds unless named. */
export function apply(
  application: { readonly cohortId: string; readonly municipalityNumber: string; readonly municipalityName: string; readonly purpose: string; readonly amountRequested: number; readonly year?: number | undefined; readonly line?: BudgetLineName | undefined },
  context: CommandContext & { readonly id: string },
): GrantChange<EventEnvelope<'GrantApplied'>> {
  const at = context.now.toISOString();
  const state: Grant = {
    id: context.id,
    cohortId: application.cohortId,
    municipalityNumber: application.municipalityNumber,
    municipalityName: application.municipalityName,
    year: application.year ?? Number(norwegianDay(context.now).slice(0, 4)),
    line: application.line ?? GRANT_LINE,
    purpose: application.purpose,
    amountRequested: application.amountRequested,
    status: 'applied',
    appliedAt: at,
    appliedBy: context.by,
    paidAmount: 0,
    payments: [],
  };
  return { state, events: [newEvent('GrantApplied', { ...refOf(state), purpose: state.purpose, amountRequested: state.amountRequested, appliedAt: at }, context)] };
}

/** The secretariat decides: granted at most the amount requested, 0 declines. Whether the line has room is the repository's conditional write. */
export function decide(grant: Grant, decision: { readonly granted: number; readonly comment: string }, context: CommandContext): GrantChange<EventEnvelope<'GrantDecided'>> {
  ensureDecidable(grant, decision.granted);
  const at = context.now.toISOString();
  const state: Grant = {
    ...grant,
    status: decision.granted === 0 ? 'declined' : 'granted',
    decision: { granted: decision.granted, comment: decision.comment, by: context.by, at },
  };
  const event = newEvent('GrantDecided', { ...refOf(state), amountRequested: grant.amountRequested, granted: decision.granted, comment: decision.comment, decidedAt: at, by: context.by }, context);
  return { state, events: [event] };
}

/** A payment: what is granted and not yet paid unless an amount is named; never more. Paid in full, the grant is `paid`. */
export function pay(grant: Grant, payment: { readonly paidOn: string; readonly amount?: number | undefined }, context: CommandContext): GrantChange<EventEnvelope<'GrantPaid'>> & { readonly amount: number } {
  const amount = payment.amount ?? grantedOf(grant) - grant.paidAmount;
  ensurePayable(grant, amount);
  const paidAmount = grant.paidAmount + amount;
  const state: Grant = {
    ...grant,
    status: paidAmount === grantedOf(grant) ? 'paid' : 'granted',
    paidAmount,
    payments: [...grant.payments, { paidOn: payment.paidOn, amount, by: context.by, at: context.now.toISOString() }],
  };
  const event = newEvent('GrantPaid', { ...refOf(state), amount, paidOn: payment.paidOn, paidAmount, granted: grantedOf(grant) }, context);
  return { state, events: [event], amount };
}

/** The municipality's account of how it used a grant paid to it. */
export function account(grant: Grant, report: { readonly spentAmount: number; readonly description: string; readonly reportId?: string | undefined }, context: CommandContext): GrantChange<EventEnvelope<'GrantAccounted'>> {
  ensureAccountable(grant);
  const at = context.now.toISOString();
  const state: Grant = {
    ...grant,
    status: 'accounted',
    account: { spentAmount: report.spentAmount, description: report.description, ...(report.reportId ? { reportId: report.reportId } : {}), by: context.by, at },
  };
  const event = newEvent('GrantAccounted', { ...refOf(state), spentAmount: report.spentAmount, ...(report.reportId ? { reportId: report.reportId } : {}), accountedAt: at }, context);
  return { state, events: [event] };
}
