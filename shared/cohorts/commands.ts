/**
 * Cohort state changes, pure: each takes the current state and the request and returns the new
 * state with the events it causes (built here), or throws a refusal. The handlers load, call
 * one of these, and store the result in one transaction.
 */
import { type CommandContext, type Outcome as PlatformOutcome } from '../platform/commands.ts';
import type { CreateCohortRequest } from './contract.ts';
import { newEvent, type EventEnvelope } from '../event-catalogue.ts';
import { acceptsPlanning, cohortEndDate, cohortTransition, type CohortAction, type CohortRecord, type PlannedReport } from './model.ts';
import { refuse } from '../platform/refusal.ts';

/** What a command returns: the new state and the events to write with it. */
export type Outcome<S> = PlatformOutcome<S, EventEnvelope>;

export type { CommandContext } from '../platform/commands.ts';

/** A cohort as the secretariat creates it: a draft, not yet open for applications. */
export function newCohort(request: CreateCohortRequest, context: { readonly id: string; readonly now: Date }): CohortRecord {
  const at = context.now.toISOString();
  return {
    id: context.id,
    ...request,
    endDate: cohortEndDate(request.startDate, request.durationYears),
    status: 'draft',
    createdAt: at,
    statusChangedAt: at,
  };
}

/** The cohort after `action`, or a conflict refusal naming the current status. */
export function changeStatus(cohort: CohortRecord, action: CohortAction, now: Date): CohortRecord {
  const result = cohortTransition(cohort.status, action);
  if (!result.ok) throw refuse.conflict(result.reason);
  return { ...cohort, status: result.to, statusChangedAt: now.toISOString() };
}

const EVENT_OF_ACTION = { open: 'CohortOpened', close: 'CohortClosed', start: 'CohortStarted', complete: 'CohortCompleted' } as const;

/** Opens, closes, starts or completes the cohort, announcing its new status (CohortOpened invites the municipalities). */
export function transitionCohort(cohort: CohortRecord, action: CohortAction, context: CommandContext): Outcome<CohortRecord> {
  const changed = changeStatus(cohort, action, context.now);
  const event = newEvent(
    EVENT_OF_ACTION[action],
    {
      cohortId: changed.id,
      cohortName: changed.name,
      status: changed.status,
      applicationWindow: changed.applicationWindow,
      startDate: changed.startDate,
      endDate: changed.endDate,
      changedAt: changed.statusChangedAt,
    },
    context,
  );
  return { state: changed, events: [event] };
}

function ensurePlanning(cohort: CohortRecord, refusal: string): void {
  if (!acceptsPlanning(cohort.status)) throw refuse.conflict(refusal);
}

/**
 * The reports municipalities admitted from now on will owe; every report must fall within the
 * cohort (a field error for each that does not). No event: admissions read the plan when they happen.
 */
export function planReports(cohort: CohortRecord, reports: readonly PlannedReport[]): Outcome<CohortRecord> {
  ensurePlanning(cohort, 'The cohort is completed');
  const months = cohort.durationYears * 12;
  const late = reports.flatMap((r, i) => (r.monthsAfterStart > months ? [{ pointer: `/reports/${i}/monthsAfterStart`, detail: `The cohort lasts ${months} months` }] : []));
  if (late.length > 0) throw refuse.invalid('Reports must fall within the cohort', late);
  return { state: { ...cohort, reportPlan: [...reports] }, events: [] };
}
