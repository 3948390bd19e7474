/** Reports owed by participants, their submissions and reviews. */
import * as z from 'zod';
import { schema } from '../platform/contract/schema.ts';

/** The most held reports one catch-up call handles: it stays well inside an HTTP function's time. */
export const CATCH_UP_MAX = 500;
import { REMINDER_AUDIENCES, REPORT_STATUSES, SIGNATORY_ROLES, type Report as ReportEntity, type ReminderLadder as ReminderLadderConfig } from './model.ts';
import { ReportType } from '../cohorts/contract.ts';
import { NextCursor, PageQuery } from '../platform/contract/pagination.ts';
import { IsoDate, IsoDateTime, MultiLineText, MunicipalityNumber, ONE_LINE, ONE_LINE_MESSAGE, SingleLineText } from '../platform/contract/common.ts';

const GoalProgress = /* @__PURE__ */ schema(() =>
  z.object({
    goal: SingleLineText(1_000),
    progress: MultiLineText(5_000),
    onTrack: z.boolean().optional(),
  }),
);
/** A measured value of one of the project's goals (recorded by the projects capability with the report's id and submitter). */
const ReportedGoalValue = /* @__PURE__ */ schema(() =>
  z.object({ goalId: z.string().regex(/^[0-9a-f]{32}$/, 'A goal id'), value: z.number({ error: 'A number' }).finite(), measuredOn: IsoDate }).meta({ id: 'ReportedGoalValue' }),
);
/** A sub-project's short status in this report. */
const ReportedSubProjectStatus = /* @__PURE__ */ schema(() =>
  z
    .object({ subProjectId: z.string().regex(/^[0-9a-f]{32}$/, 'A sub-project id'), status: z.enum(['on-track', 'delayed', 'at-risk', 'completed']), note: MultiLineText(2_000, 0).default('') })
    .meta({ id: 'ReportedSubProjectStatus' }),
);
const progressOfProject = () => ({
  goalValues: z.array(ReportedGoalValue).max(200).optional().meta({ description: 'Values of the project’s measurable goals (ids the project does not know are ignored)' }),
  subProjectStatuses: z.array(ReportedSubProjectStatus).max(50).optional().meta({ description: 'Each sub-project’s short status in this report (ids the project does not know are ignored)' }),
});
const Attachment = /* @__PURE__ */ schema(() => z.object({ title: SingleLineText(200), url: z.string().regex(ONE_LINE, ONE_LINE_MESSAGE).url({ protocol: /^https$/ }) }));

/** What each kind of report must contain. */
export const ReportSubmissions = /* @__PURE__ */ schema(() => ({
  'project-plan': z.object({
    summary: MultiLineText(20_000, 20).meta({ description: 'The local project: sub-projects, organisation, milestones' }),
    goalProgress: z.array(GoalProgress).max(50).default([]),
    attachments: z.array(Attachment).max(20).default([]),
  }),
  'status-report': z.object({
    goalProgress: z.array(GoalProgress).min(1).max(50).meta({ description: 'Progress on each goal' }),
    sickLeaveCommentary: MultiLineText(10_000),
    lessonsLearnt: MultiLineText(10_000, 0).optional(),
    attachments: z.array(Attachment).max(20).default([]),
    ...progressOfProject(),
  }),
  'final-evaluation': z.object({
    goalProgress: z.array(GoalProgress).min(1).max(50),
    sickLeaveCommentary: MultiLineText(10_000),
    lessonsLearnt: MultiLineText(20_000),
    attachments: z.array(Attachment).max(20).default([]),
    ...progressOfProject(),
  }),
} as const));

export const ReportSubmission = /* @__PURE__ */ schema(() =>
  z
    .union([ReportSubmissions['project-plan'], ReportSubmissions['status-report'], ReportSubmissions['final-evaluation']])
    .meta({ id: 'ReportSubmission', description: 'project-plan: summary; status-report: goalProgress and sickLeaveCommentary; final-evaluation: also lessonsLearnt' }),
);

export const ReviewRequest = /* @__PURE__ */ schema(() =>
  z
    .object({ outcome: z.enum(['accepted', 'returned']), comment: MultiLineText(5_000) })
    .meta({ id: 'ReviewRequest' }),
);

export const MoveDueDateRequest = /* @__PURE__ */ schema(() => z.object({ dueDate: IsoDate, comment: MultiLineText(1_000, 0).optional() }).meta({ id: 'MoveDueDateRequest' }));

export const ReportHistoryEntry = /* @__PURE__ */ schema(() =>
  z.object({
    at: IsoDateTime,
    status: z.enum(REPORT_STATUSES),
    by: z.string().optional(),
    comment: z.string().optional(),
    dueDate: IsoDate.optional(),
    reminderSent: z.string().optional().meta({ description: 'The ladder step whose letter this entry sent' }),
    remindersSkipped: z.array(z.string()).optional().meta({ description: 'Ladder steps this entry recorded as skipped (their day passed, or a later step was sent instead)' }),
    signedAs: z.enum(SIGNATORY_ROLES).optional().meta({ description: 'The role whose signature this entry recorded' }),
    signaturesVoided: z.array(z.enum(SIGNATORY_ROLES)).optional().meta({ description: 'The signatures this entry voided: the report was changed after they were given' }),
  }),
);

export const ReportSignature = /* @__PURE__ */ schema(() =>
  z.object({ role: z.enum(SIGNATORY_ROLES), personId: z.string(), name: z.string(), signedAt: IsoDateTime }).meta({ id: 'ReportSignature' }),
);

export const SignatureRequest = /* @__PURE__ */ schema(() =>
  z
    .strictObject({ role: z.enum(SIGNATORY_ROLES).meta({ description: 'The party the caller signs for: the caller must hold this role in the report’s municipality' }) })
    .meta({ id: 'SignatureRequest' }),
);

export const Report = /* @__PURE__ */ schema(() =>
  z
    .object({
      id: z.string(),
      cohortId: z.string(),
      cohortName: z.string(),
      municipalityNumber: MunicipalityNumber,
      municipalityName: z.string(),
      type: ReportType,
      title: z.string(),
      dueDate: IsoDate,
      status: z.enum(REPORT_STATUSES),
      remindersSent: z.array(z.string()).meta({ description: 'Ladder steps whose letter was sent (never sent twice, even when the due date moves)' }),
      remindersSkipped: z.array(z.string()).meta({ description: 'Ladder steps recorded as skipped: a sweep sends only the latest step that has come, and a step whose day fell before the reminders started is not sent late' }),
      remindersFrom: IsoDate.optional().meta({ description: 'The first day the ladder applies to: the first sweep after the report was scheduled or its due date moved (unset until known)' }),
      remindersHeld: z.boolean().meta({ description: 'The report fell due before its reminders started (e.g. an admission recorded with a past decision date): no automatic reminder until the secretariat starts a catch-up' }),
      submission: z.record(z.string(), z.unknown()).optional(),
      submittedAt: IsoDateTime.optional(),
      review: ReviewRequest.extend({ by: z.string(), at: IsoDateTime }).optional(),
      signatures: z.array(ReportSignature).optional().meta({ description: 'Project plan and final evaluation: the signatures of the present submission (management, union representative, elected official)' }),
      missingRoles: z.array(z.enum(SIGNATORY_ROLES)).optional().meta({ description: 'The roles still to sign; the report counts as submitted when none is missing' }),
      signatureRemindedOn: IsoDate.optional().meta({ description: 'The last day the missing signatories were reminded' }),
      history: z.array(ReportHistoryEntry),
    })
    .meta({ id: 'Report' }),
);

export const ReportList = /* @__PURE__ */ schema(() =>
  z
    .object({ reports: z.array(Report), countsByStatus: z.record(z.string(), z.number().int()), nextCursor: NextCursor })
    .meta({ id: 'ReportList' }),
);

export const ListReportsQuery = /* @__PURE__ */ schema(() =>
  z.object({
    cohortId: z.string().optional(),
    status: z.enum(REPORT_STATUSES).optional(),
    networkId: z.string().optional(),
    municipalityNumber: MunicipalityNumber.optional(),
    ...PageQuery,
  }),
);

export const ReportParams = /* @__PURE__ */ schema(() => z.object({ id: z.string().regex(/^[0-9a-f]{32}$/, 'A report id') }));

/** The entity is the model's; the wire schema must describe exactly it (a type error here when the two drift apart). */
export type Report = ReportEntity;
export type ReportSchemaMatchesModel = Assert<SameType<z.infer<typeof Report>, ReportEntity>>;

export const CatchUpRequest = /* @__PURE__ */ schema(() =>
  z
    .strictObject({
      dryRun: z.boolean().default(false).meta({ description: 'Only count and list what a catch-up would send; change nothing' }),
      limit: z.number().int().min(1).max(CATCH_UP_MAX).default(CATCH_UP_MAX).meta({ description: 'At most this many held reports per call (oldest due first); `remaining` says how many are left' }),
    })
    .meta({ id: 'CatchUpRequest' }),
);

export const CaughtUpReport = /* @__PURE__ */ schema(() =>
  z.object({
    reportId: z.string(),
    municipalityNumber: MunicipalityNumber,
    municipalityName: z.string(),
    title: z.string(),
    dueDate: IsoDate,
    daysPastDue: z.number().int(),
    stepId: z.string().nullable().meta({ description: 'The step whose letter is sent (to the project leader only), or null when no step has come' }),
    stepsSkipped: z.array(z.string()),
  }),
);

export const CatchUpSummary = /* @__PURE__ */ schema(() =>
  z
    .object({
      cohortId: z.string(),
      catchUpOn: IsoDate,
      dryRun: z.boolean(),
      held: z.number().int().meta({ description: 'Held reports of the cohort found by this call' }),
      caughtUp: z.number().int().meta({ description: 'Reports whose reminders this call started (or would start, in a dry run)' }),
      letters: z.number().int().meta({ description: 'Letters queued, one per report at most, to its project leader' }),
      remaining: z.number().int().meta({ description: 'Held reports left for another call (over `limit`, or changed meanwhile)' }),
      reports: z.array(CaughtUpReport),
    })
    .meta({ id: 'CatchUpSummary' }),
);

/**
 * The reminder ladder's configuration (shared/reports/reminder-ladder.json, or the CDK context
 * `reminderLadder`), checked once at first use (shared/reports/reminder-ladder.ts).
 */
export const ReminderLadder = /* @__PURE__ */ schema(() =>
  z.object({
    steps: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z0-9-]{1,40}$/),
          daysFromDue: z.number().int().min(-365).max(365),
          notify: z.array(z.enum(REMINDER_AUDIENCES)).min(1),
        }),
      )
      .min(1)
      .refine((steps) => new Set(steps.map((s) => s.id)).size === steps.length, 'Step ids must be unique'),
  }),
);
export type ReminderLadder = ReminderLadderConfig;
export type ReminderLadderSchemaMatchesModel = Assert<SameType<z.infer<typeof ReminderLadder>, ReminderLadderConfig>>;

/** true only when each type is assignable to the other; Assert fails to compile on false. */
type SameType<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
