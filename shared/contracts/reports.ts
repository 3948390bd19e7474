/** Reports owed by participants, their submissions and reviews. */
import * as z from 'zod';
import { schema } from './schema.ts';
import { REPORT_STATUSES, REPORT_TYPES } from '../domain/report.ts';
import { NextCursor, PageQuery } from '../http/pagination.ts';
import { IsoDate, IsoDateTime, MultiLineText, MunicipalityNumber, ONE_LINE, ONE_LINE_MESSAGE, SingleLineText } from './common.ts';

export const ReportType = /* @__PURE__ */ schema(() => z.enum(REPORT_TYPES).meta({ id: 'ReportType', description: 'project-plan = prosjektplan; status-report = statusrapport; final-evaluation = sluttevaluering' }));

export const PlannedReport = /* @__PURE__ */ schema(() =>
  z
    .object({ type: ReportType, title: SingleLineText(100), monthsAfterStart: z.number().int().min(0).max(60) })
    .meta({ id: 'PlannedReport' }),
);

export const ReportPlanRequest = /* @__PURE__ */ schema(() =>
  z
    .object({ reports: z.array(PlannedReport).min(1).max(30) })
    .meta({ id: 'ReportPlanRequest', description: 'Reports every municipality admitted from now on owes, by months after the cohort’s start' }),
);

const GoalProgress = /* @__PURE__ */ schema(() =>
  z.object({
    goal: SingleLineText(1_000),
    progress: MultiLineText(5_000),
    onTrack: z.boolean().optional(),
  }),
);
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
  }),
  'final-evaluation': z.object({
    goalProgress: z.array(GoalProgress).min(1).max(50),
    sickLeaveCommentary: MultiLineText(10_000),
    lessonsLearnt: MultiLineText(20_000),
    attachments: z.array(Attachment).max(20).default([]),
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
  }),
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
      remindersSent: z.array(z.string()),
      submission: z.record(z.string(), z.unknown()).optional(),
      submittedAt: IsoDateTime.optional(),
      review: ReviewRequest.extend({ by: z.string(), at: IsoDateTime }).optional(),
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

export type Report = z.infer<typeof Report>;
