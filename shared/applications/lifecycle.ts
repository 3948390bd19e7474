/**
 * An application's state transitions, without their events (commands.ts adds those): a
 * municipality drafts, completes and submits its application to an open cohort, may withdraw it
 * before the decision, and the secretariat admits or rejects it. Completeness is the request
 * contract's (every missing element named). Pure: no AWS, no clock of its own.
 */
import {
  ApplicationContent,
  type Application,
  type ApplicationDraftRequest,
  type Decision,
  type SubmitApplicationRequest,
} from './contract.ts';
import { fieldErrors } from '../platform/contract/field-errors.ts';
import { applicationActionRefusal, type ApplicantMunicipality, type ApplicationAction } from './model.ts';
import { utcDay } from '../platform/dates.ts';
import { refuse } from '../platform/refusal.ts';

export interface Creation {
  readonly id: string;
  readonly municipality: ApplicantMunicipality;
  readonly now: Date;
}

/** A complete application submitted in one go. */
export function newApplication(request: SubmitApplicationRequest, context: Creation): Application {
  const at = context.now.toISOString();
  return { ...base(context), ...request, status: 'submitted', submittedAt: at };
}

/** A draft: whatever parts are ready. */
export function newDraft(request: ApplicationDraftRequest, context: Creation): Application {
  return { ...base(context), ...request, status: 'draft' };
}

/** Changes parts of a draft; a part sent replaces the stored one. */
export function updateDraft(application: Application, changes: Partial<ApplicationContent>, now: Date): Application {
  ensureAllowed(application, 'update');
  return { ...application, ...changes, updatedAt: now.toISOString() };
}

/** Submits a draft once every mandatory element is there; otherwise names what is missing. */
export function submitDraft(application: Application, now: Date): Application {
  ensureAllowed(application, 'submit');
  // The content schema keeps only the application's content: ids, status and dates fall away.
  const parsed = ApplicationContent.safeParse(application);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    throw refuse.invalid(`The application is incomplete: ${fields.length} element(s) missing or invalid`, fields);
  }
  const at = now.toISOString();
  return { ...application, ...parsed.data, status: 'submitted', submittedAt: at, updatedAt: at };
}

export function withdraw(application: Application, now: Date): Application {
  ensureAllowed(application, 'withdraw');
  const at = now.toISOString();
  return { ...application, status: 'withdrawn', withdrawnAt: at, updatedAt: at };
}

/**
 * Records the steering group's decision. `decidedOn` is the day it was taken (default today;
 * never in the future); an admission counts from that day.
 */
export function decide(application: Application, decision: DecisionInput, now: Date): Application {
  ensureAllowed(application, 'decide');
  const at = now.toISOString();
  const today = utcDay(now);
  const decidedOn = decision.decidedOn ?? today;
  if (decidedOn > today) throw refuse.invalid('A decision cannot be dated in the future', [{ pointer: '/decidedOn', detail: `Must be on or before ${today}` }]);
  return { ...application, status: decision.outcome, decision: { ...decision, decidedOn, decidedAt: at }, updatedAt: at };
}

/** The steering group's decision as recorded: who decided, the outcome, why, and (optionally) the day. */
export type DecisionInput = Omit<Decision, 'decidedAt' | 'decidedOn'> & { decidedOn?: string };

function ensureAllowed(application: Application, action: ApplicationAction): void {
  const refusal = applicationActionRefusal(application.status, action);
  if (refusal) throw refuse.conflict(refusal);
}

function base({ id, municipality, now }: Creation) {
  const at = now.toISOString();
  return { id, municipalityNumber: municipality.number, municipalityName: municipality.name, createdAt: at, updatedAt: at };
}
