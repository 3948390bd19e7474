/**
 * POST /cohorts/{cohortId}/steering-group-decisions as a pure command: the steering group's
 * meeting decides a list of the cohort's applications at once. Each decision is the single
 * decision's own command (commands.ts `decide`), so its events (ApplicationDecided, and
 * MunicipalityAdmitted for an admission) and the participant are the same as one by one, and the
 * letters and people follow unchanged; the meeting adds SteeringGroupMeetingHeld. All or nothing:
 * one item refused refuses the meeting, naming the item. No I/O: the handler loads every
 * application first and writes everything in one transaction.
 */
import { newEvent, type EventEnvelope } from '../event-catalogue.ts';
import { utcDay } from '../platform/dates.ts';
import { refuse, type RefusalField } from '../platform/refusal.ts';
import type { CommandContext } from '../platform/commands.ts';
import type { Municipality } from '../municipalities/model.ts';
import { acceptsDecisions, type CohortRecord } from '../cohorts/model.ts';
import type { Application } from './contract.ts';
import type { SteeringGroupDecisionsRequest, SteeringGroupMeeting } from './assessment-contract.ts';
import { OUTCOME_OF, TRANSACTION_ITEMS_PER_DECISION, TRANSACTION_ITEMS_PER_MEETING } from './assessment-model.ts';
import { applicationActionRefusal } from './model.ts';
import { decide, type Decided } from './commands.ts';

export interface MeetingContext extends CommandContext {
  readonly meetingId: string;
  readonly recordedBy: string;
  readonly cohort: Pick<CohortRecord, 'id' | 'name' | 'status'>;
  /** Each application asked for, by id (undefined: no such application). */
  readonly applications: ReadonlyMap<string, { readonly value: Application; readonly version: number } | undefined>;
  /** Each applicant municipality, by number (undefined: not in the register). */
  readonly municipalities: ReadonlyMap<string, Municipality | undefined>;
}

/** A decided application, stored at the version it was read at. */
export interface MeetingDecision extends Decided {
  readonly version: number;
}

export interface MeetingHeld {
  readonly meeting: SteeringGroupMeeting;
  readonly decisions: readonly MeetingDecision[];
  /** The meeting's event (SteeringGroupMeetingHeld); each decision carries its own. */
  readonly events: readonly EventEnvelope[];
}

/** The transaction items a meeting with these decisions writes (before the audit entry). */
export function meetingItems(decisions: readonly { outcome: 'admitted' | 'rejected' }[]): number {
  return TRANSACTION_ITEMS_PER_MEETING + decisions.reduce((sum, d) => sum + TRANSACTION_ITEMS_PER_DECISION[d.outcome], 0);
}

/**
 * 422 naming /decisions when the meeting does not fit one transaction of `itemBudget` items
 * (checked before anything is read): the message gives the most admissions and rejections that fit.
 */
export function ensureMeetingFits(decisions: readonly { outcome: 'admitted' | 'rejected' }[], itemBudget: number): void {
  const needed = meetingItems(decisions);
  if (needed <= itemBudget) return;
  const room = itemBudget - TRANSACTION_ITEMS_PER_MEETING;
  const maxAdmissions = Math.floor(room / TRANSACTION_ITEMS_PER_DECISION.admitted);
  const maxRejections = Math.floor(room / TRANSACTION_ITEMS_PER_DECISION.rejected);
  throw refuse.invalid(`A meeting’s decisions are recorded in one transaction of at most ${itemBudget} items; these need ${needed}`, [
    {
      pointer: '/decisions',
      detail: `At most ${itemBudget} items: the meeting takes ${TRANSACTION_ITEMS_PER_MEETING}, each admission ${TRANSACTION_ITEMS_PER_DECISION.admitted}, each rejection ${TRANSACTION_ITEMS_PER_DECISION.rejected} (at most ${maxAdmissions} admissions, or ${maxRejections} rejections); these ${decisions.length} decisions need ${needed}: split them over two meetings`,
    },
  ]);
}

/** The meeting and each of its decisions, or a refusal naming every item that stops it (422 first, then 409). */
export function holdMeeting(request: SteeringGroupDecisionsRequest, context: MeetingContext): MeetingHeld {
  const today = utcDay(context.now);
  if (request.meetingDate > today) throw refuse.invalid('A meeting cannot be dated in the future', [{ pointer: '/meetingDate', detail: `Must be on or before ${today}` }]);
  if (!acceptsDecisions(context.cohort.status)) throw refuse.conflict(`The cohort is ${context.cohort.status}: decisions are recorded while it is open, closed or started`);

  const invalid: RefusalField[] = [];
  const conflicts: RefusalField[] = [];
  const seen = new Set<string>();
  request.decisions.forEach((item, i) => {
    const at = `/decisions/${i}`;
    const found = context.applications.get(item.applicationId)?.value;
    if (seen.has(item.applicationId)) invalid.push({ pointer: `${at}/applicationId`, detail: `Application ${item.applicationId} is listed more than once` });
    seen.add(item.applicationId);
    if (!found || found.cohortId !== context.cohort.id) {
      invalid.push({ pointer: `${at}/applicationId`, detail: `No application ${item.applicationId} in this cohort` });
      return;
    }
    if (!context.municipalities.get(found.municipalityNumber)) invalid.push({ pointer: `${at}/applicationId`, detail: `No municipality has number ${found.municipalityNumber}` });
    const recommended = found.assessment ? OUTCOME_OF[found.assessment.recommendation] : undefined;
    if (!item.reason && recommended !== item.outcome) {
      invalid.push({
        pointer: `${at}/reason`,
        detail: recommended ? `The outcome differs from the assessment’s recommendation (${found.assessment!.recommendation}): give the reason` : 'The application is not assessed: give the reason',
      });
    }
    const refusal = applicationActionRefusal(found.status, 'decide');
    if (refusal) conflicts.push({ pointer: `${at}/applicationId`, detail: `${found.municipalityName} (${found.municipalityNumber}): ${refusal}` });
  });
  if (invalid.length > 0) throw refuse.invalid(`${invalid.length} decision(s) cannot be recorded; none was`, invalid);
  if (conflicts.length > 0) throw refuse.conflict(`${conflicts.length} application(s) cannot be decided now; no decision was recorded`, conflicts);

  const decisions = request.decisions.map((item): MeetingDecision => {
    const { value: application, version } = context.applications.get(item.applicationId)!;
    const municipality = context.municipalities.get(application.municipalityNumber)!;
    const reason = item.reason ?? application.assessment!.reasoning;
    const decided = decide(application, { outcome: item.outcome, reason, decidedBy: context.recordedBy, decidedOn: request.meetingDate }, { ...context, cohort: context.cohort, municipality });
    return { ...decided, version };
  });

  const recordedAt = context.now.toISOString();
  const meeting: SteeringGroupMeeting = {
    id: context.meetingId,
    cohortId: context.cohort.id,
    cohortName: context.cohort.name,
    meetingDate: request.meetingDate,
    decisions: decisions.map(({ state }) => ({
      applicationId: state.id,
      municipalityNumber: state.municipalityNumber,
      municipalityName: state.municipalityName,
      outcome: state.decision!.outcome,
      reason: state.decision!.reason,
      ...(state.assessment ? { recommendation: state.assessment.recommendation } : {}),
    })),
    admitted: decisions.filter((d) => d.participant).length,
    rejected: decisions.filter((d) => !d.participant).length,
    recordedBy: context.recordedBy,
    recordedAt,
  };
  const held = newEvent(
    'SteeringGroupMeetingHeld',
    {
      meetingId: meeting.id,
      cohortId: meeting.cohortId,
      cohortName: meeting.cohortName,
      meetingDate: meeting.meetingDate,
      decisions: meeting.decisions.map((d) => ({
        applicationId: d.applicationId,
        municipalityNumber: d.municipalityNumber,
        outcome: d.outcome,
        ...(d.recommendation ? { followsRecommendation: OUTCOME_OF[d.recommendation] === d.outcome } : {}),
      })),
      recordedBy: meeting.recordedBy,
      recordedAt,
    },
    context,
  );
  return { meeting, decisions, events: [held] };
}
