/**
 * The state changes of a report, pure: each takes the report as read and answers the report to
 * store with the events that go with it (or a refusal). The handlers load, call one of these,
 * and store what it answers; the events are built here and nowhere else.
 */
import type { CommandContext as PlatformContext } from '../platform/commands.ts';
import { newEvent, type EventEnvelope } from '../event-catalogue.ts';
import { refuse } from '../platform/refusal.ts';
import { fieldErrors } from '../platform/contract/field-errors.ts';
import { ReportSubmissions } from './contract.ts';
import {
  awaitsSubmission,
  catchUpReminders,
  daysPastDue,
  ensureReviewable,
  ensureSignable,
  ensureSubmittable,
  missingRolesOf,
  needsSignatures,
  signatoryRefusal,
  SIGNATORY_ROLES,
  type ReportSignature,
  type SignatoryRole,
  followsDueDate,
  nextSweepDay,
  openStatus,
  rescheduledReminders,
  sweepReminders,
  sweepToday,
  sweptStatus,
  type DatedStatus,
  type ReminderAudience,
  type ReminderDecision,
  type ReminderLadder,
  type ReminderStep,
  type Report,
  type ReportStatus,
  type ReviewOutcome,
  type SweepClock,
} from './model.ts';

/** Who acts and when; `correlationId` goes on the events. */
export interface CommandContext extends PlatformContext {
  /** Who acts (a report's history names them). */
  readonly by: string;
}

/** A report to store and the events stored with it. */
export interface ReportChange<E extends EventEnvelope = EventEnvelope> {
  readonly state: Report;
  readonly events: E[];
}

/**
 * The municipality submits a report: the fields its kind requires (a returned report may be
 * submitted again). A project plan or final evaluation then awaits the three signatures
 * (ReportAwaitingSignatures); it counts as submitted (ReportSubmitted) only on the third. A
 * submission made while it awaits signatures is a change: the signatures given are void, and
 * the report awaits all three again (ReportSignaturesVoided, with a history entry saying so).
 */
export function submit(
  report: Report,
  submission: unknown,
  context: CommandContext,
): ReportChange<EventEnvelope<'ReportSubmitted' | 'ReportAwaitingSignatures' | 'ReportSignaturesVoided'>> {
  ensureSubmittable(report.status);
  const parsed = ReportSubmissions[report.type].safeParse(submission);
  if (!parsed.success) throw refuse.invalid(`A ${report.type} is incomplete`, fieldErrors(parsed.error, '', submission));
  const at = context.now.toISOString();
  if (!needsSignatures(report.type)) {
    const state: Report = {
      ...report,
      status: 'submitted',
      submission: parsed.data as Record<string, unknown>,
      submittedAt: at,
      history: [...report.history, { at, status: 'submitted', by: context.by }],
    };
    return { state, events: [submittedEvent(state, at, context)] };
  }
  const voided = report.status === 'awaiting-signatures' ? (report.signatures ?? []) : [];
  const reason = 'The report was changed after it was signed: every signature is void, and all three parties sign again';
  const state: Report = {
    ...report,
    status: 'awaiting-signatures',
    submission: parsed.data as Record<string, unknown>,
    submittedAt: at,
    signatures: [],
    missingRoles: [...SIGNATORY_ROLES],
    history: [
      ...report.history,
      voided.length
        ? { at, status: 'awaiting-signatures', by: context.by, comment: reason, signaturesVoided: voided.map((s) => s.role) }
        : { at, status: 'awaiting-signatures', by: context.by, comment: 'Submitted: awaiting the signatures of management, a union representative and an elected official' },
    ],
  };
  const awaiting = newEvent(
    'ReportAwaitingSignatures',
    { reportId: state.id, cohortId: state.cohortId, municipalityNumber: state.municipalityNumber, type: state.type, submittedAt: at, missingRoles: [...SIGNATORY_ROLES] },
    context,
  );
  const events: EventEnvelope<'ReportAwaitingSignatures' | 'ReportSignaturesVoided'>[] = [awaiting];
  if (voided.length) events.unshift(newEvent('ReportSignaturesVoided', { reportId: state.id, municipalityNumber: state.municipalityNumber, voided: voided.map((s) => ({ ...s })), reason }, context));
  return { state, events };
}

function submittedEvent(state: Report, at: string, context: Pick<CommandContext, 'correlationId' | 'now'>): EventEnvelope<'ReportSubmitted'> {
  return newEvent('ReportSubmitted', { reportId: state.id, cohortId: state.cohortId, municipalityNumber: state.municipalityNumber, type: state.type, submittedAt: at }, context);
}

/** Who signs: a person of a municipality, with the roles the table gives them. */
export interface Signer {
  readonly personId: string;
  readonly name: string;
  readonly municipalityNumber: string | undefined;
  readonly roles: readonly string[];
}

/** Why a signature is refused for lack of the role (403 in the handler), before anything else is weighed. */
export class SignatoryRefused extends Error {
  readonly role: SignatoryRole;
  constructor(role: SignatoryRole, reason: string) {
    super(reason);
    this.name = 'SignatoryRefused';
    this.role = role;
  }
}

/**
 * One of the three parties signs a report awaiting signatures: ReportSigned; the third
 * signature also makes it submitted, with ReportSubmitted in the same change. A role already
 * signed, or a report not awaiting signatures, is a conflict (409); a signer without the role
 * is refused (SignatoryRefused: 403).
 */
export function sign(report: Report, role: SignatoryRole, signer: Signer, context: CommandContext): ReportChange<EventEnvelope<'ReportSigned' | 'ReportSubmitted'>> {
  const refusal = signatoryRefusal(signer, report.municipalityNumber, role);
  if (refusal) throw new SignatoryRefused(role, refusal);
  ensureSignable(report.status);
  const signatures = report.signatures ?? [];
  const already = signatures.find((s) => s.role === role);
  if (already) throw refuse.conflict(`The role ${role} has already signed (${already.name}, ${already.signedAt})`);
  const at = context.now.toISOString();
  const signature: ReportSignature = { role, personId: signer.personId, name: signer.name, signedAt: at };
  const signed = [...signatures, signature];
  const missingRoles = missingRolesOf(signed);
  const complete = missingRoles.length === 0;
  const state: Report = {
    ...report,
    status: complete ? 'submitted' : 'awaiting-signatures',
    signatures: signed,
    missingRoles,
    ...(complete ? { submittedAt: at } : {}),
    history: [
      ...report.history,
      { at, status: complete ? 'submitted' : 'awaiting-signatures', by: context.by, signedAs: role, comment: complete ? `Signed as ${role} by ${signer.name}: signed by all three, submitted` : `Signed as ${role} by ${signer.name}` },
    ],
  };
  const events: EventEnvelope<'ReportSigned' | 'ReportSubmitted'>[] = [
    newEvent('ReportSigned', { reportId: state.id, municipalityNumber: state.municipalityNumber, ...signature, missingRoles }, context),
  ];
  if (complete) events.push(submittedEvent(state, at, context));
  return { state, events };
}

/** What the daily signature sweep does to a report awaiting signatures on `today`: one reminder event a day at most. */
export function signatureSweep(report: Report, today: string, context: Omit<CommandContext, 'by'>): ReportChange<EventEnvelope<'ReportSignaturesMissing'>> | 'leave-index' | 'unchanged' {
  if (report.status !== 'awaiting-signatures') return 'leave-index';
  const missingRoles = report.missingRoles ?? missingRolesOf(report.signatures ?? []);
  if (missingRoles.length === 0 || (report.signatureRemindedOn !== undefined && report.signatureRemindedOn >= today)) return 'unchanged';
  const state: Report = { ...report, signatureRemindedOn: today };
  return { state, events: [newEvent('ReportSignaturesMissing', { reportId: report.id, municipalityNumber: report.municipalityNumber, missingRoles, sweptOn: today }, context)] };
}

/** The secretariat or an advisor accepts a submitted report or returns it with a comment. */
export function review(report: Report, decision: { readonly outcome: ReviewOutcome; readonly comment: string }, context: CommandContext): ReportChange<EventEnvelope<'ReportAccepted' | 'ReportReturned'>> {
  ensureReviewable(report.status);
  const at = context.now.toISOString();
  const state: Report = {
    ...report,
    status: decision.outcome,
    review: { outcome: decision.outcome, comment: decision.comment, by: context.by, at },
    history: [...report.history, { at, status: decision.outcome, by: context.by, comment: decision.comment }],
  };
  const event = newEvent(decision.outcome === 'accepted' ? 'ReportAccepted' : 'ReportReturned', { reportId: state.id, comment: decision.comment, by: context.by }, context);
  return { state, events: [event] };
}

/**
 * The secretariat moves a report's due date. Its reminders are weighed again against the new
 * date from the next sweep (`clock`: the sweep clock as read): steps sent are not sent again, a
 * step whose day has passed for the new date is skipped (never sent late), and a held report is
 * no longer held (the secretariat chose the date). No event: nobody is told.
 */
export function moveDueDate(report: Report, move: { readonly dueDate: string; readonly comment?: string | undefined }, clock: SweepClock | undefined, context: Omit<CommandContext, 'correlationId'>): ReportChange<never> {
  if (!awaitsSubmission(report.status)) throw refuse.conflict(`This report is ${report.status}: its due date no longer matters`);
  const at = context.now.toISOString();
  const status: ReportStatus = report.status === 'returned' ? 'returned' : openStatus(move.dueDate, sweepToday(clock, context.now));
  const { remindersFrom: _previousStart, ...rest } = report;
  const state: Report = {
    ...rest,
    dueDate: move.dueDate,
    status,
    ...rescheduledReminders(report, nextSweepDay(clock, context.now)),
    history: [...report.history, { at, status, by: context.by, dueDate: move.dueDate, ...(move.comment ? { comment: move.comment } : {}) }],
  };
  return { state, events: [] };
}

/** A reminder letter's event: ReportDue or ReportOverdue. */
export type ReminderEvent = EventEnvelope<'ReportDue' | 'ReportOverdue'>;

/**
 * What the daily sweep of `today` does to one report it read from its index:
 * - `leave-index`: submitted or returned meanwhile (the index lags); stored as it is, it leaves the index;
 * - `unchanged`: nothing to do today;
 * - `reminded`: the new status, the step sent (its event) and the steps skipped; `remindersDone`
 *   when every step is sent or skipped (the report then leaves the index).
 */
export type SweepStep =
  | { readonly change: 'leave-index' }
  | { readonly change: 'unchanged' }
  | { readonly change: 'reminded'; readonly state: Report; readonly events: ReminderEvent[]; readonly remindersDone: boolean; readonly skipped: number };

/** The sweep's pure step for one report (the rules: shared/reports/model.ts, sweepReminders). */
export function sweep(report: Report, ladder: ReminderLadder, today: string, context: Omit<CommandContext, 'by'>): SweepStep {
  if (!followsDueDate(report.status)) return { change: 'leave-index' };
  const decision = sweepReminders(report, ladder, today);
  const reminded = remindedReport(report, decision, sweptStatus(report.status, report.dueDate, today), context.now.toISOString());
  if (!reminded) return { change: 'unchanged' };
  const events = decision.send ? [reminderEvent(reminded, decision.send, today, decision.send.notify, context)] : [];
  return { change: 'reminded', state: reminded, events, remindersDone: decision.done, skipped: decision.skip.length };
}

/** What a catch-up did (or, in a dry run, would do) to one held report. */
export interface CaughtUp {
  readonly reportId: string;
  readonly municipalityNumber: string;
  readonly municipalityName: string;
  readonly title: string;
  readonly dueDate: string;
  readonly daysPastDue: number;
  readonly stepId: string | null;
  readonly stepsSkipped: string[];
}

/**
 * A catch-up the secretariat started on `today` for a held report: at most one letter, to its
 * project leader only (the secretariat has the summary, and advisors get no burst of copies),
 * worded by the real distance to its due date; the steps up to today are recorded as skipped.
 * Undefined when the report is no longer held (a sweep, a move or a submission came first).
 */
export function catchUp(report: Report, ladder: ReminderLadder, today: string, context: CommandContext): (ReportChange<ReminderEvent> & { readonly outcome: CaughtUp; readonly remindersDone: boolean }) | undefined {
  if (!report.remindersHeld || !followsDueDate(report.status)) return undefined;
  const decision = catchUpReminders(report, ladder, today);
  const outcome: CaughtUp = {
    reportId: report.id,
    municipalityNumber: report.municipalityNumber,
    municipalityName: report.municipalityName,
    title: report.title,
    dueDate: report.dueDate,
    daysPastDue: daysPastDue(report.dueDate, today),
    stepId: decision.send?.id ?? null,
    stepsSkipped: decision.skip.map((s) => s.id),
  };
  const status = sweptStatus(report.status as DatedStatus, report.dueDate, today);
  const state = remindedReport(report, decision, status, context.now.toISOString(), { by: context.by, comment: 'Reminders caught up by the secretariat' })!;
  const events = decision.send ? [reminderEvent(state, decision.send, today, ['project-leader'], context)] : [];
  return { state, events, outcome, remindersDone: decision.done };
}

/**
 * The report after a sweep's (or a catch-up's) reminder decision, with a history entry naming
 * the step sent and those skipped; undefined when the decision changes nothing.
 */
export function remindedReport(report: Report, decision: ReminderDecision, status: DatedStatus, at: string, entry: { by?: string; comment?: string } = {}): Report | undefined {
  const skipped = decision.skip.map((s) => s.id);
  const unchanged =
    !decision.send && skipped.length === 0 && status === report.status && decision.remindersFrom === report.remindersFrom && decision.remindersHeld === report.remindersHeld;
  if (unchanged) return undefined;
  const changesHistory = decision.send || skipped.length > 0 || status !== report.status || decision.remindersHeld !== report.remindersHeld || entry.comment;
  return {
    ...report,
    status,
    remindersSent: decision.send ? [...report.remindersSent, decision.send.id] : report.remindersSent,
    remindersSkipped: [...report.remindersSkipped, ...skipped],
    remindersFrom: decision.remindersFrom,
    remindersHeld: decision.remindersHeld,
    history: changesHistory
      ? [
          ...report.history,
          {
            at,
            status,
            dueDate: report.dueDate,
            ...entry,
            ...(decision.send ? { reminderSent: decision.send.id } : {}),
            ...(skipped.length ? { remindersSkipped: skipped } : {}),
            ...(decision.remindersHeld && !report.remindersHeld ? { comment: 'Already past due when first swept: no reminders until the secretariat starts a catch-up' } : {}),
          },
        ]
      : report.history,
  };
}

/**
 * The letter of `step` for a report on `day`: ReportOverdue once the due date has passed (by
 * the real distance, not the step's nominal one), else ReportDue. `sweptOn` is the day the
 * letter is worded for.
 */
export function reminderEvent(report: Report, step: ReminderStep, day: string, notify: readonly ReminderAudience[], context: Omit<CommandContext, 'by'>): ReminderEvent {
  const data = { reportId: report.id, dueDate: report.dueDate, stepId: step.id, daysFromDue: step.daysFromDue, notify: [...notify], sweptOn: day };
  return newEvent(daysPastDue(report.dueDate, day) > 0 ? 'ReportOverdue' : 'ReportDue', data, context);
}
