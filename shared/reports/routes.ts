/**
 * What this capability deploys, declared once: each function with the HTTP route, events,
 * schedule or AWS events that start it. shared/routing.ts gathers every capability's
 * declarations for the CDK stack, the local runtime, the OpenAPI document and the access matrix;
 * a handler is built from its own declaration (name, access, schemas). Plain data: no handler
 * code, no AWS client, so the stack and the docs read it without loading a function.
 */
import { PROJECT_LEADER, PROJECT_READERS, allow } from '../platform/auth/principal.ts';
import { HTTP_FUNCTION_MAX_TIMEOUT_SECONDS, type RouteDeclaration, type SubscriptionDeclaration, type ScheduleDeclaration } from '../platform/declarations.ts';
import { MunicipalityAdmitted, ReportAccepted, ReportDue, ReportOverdue, ReportReturned, ReportSignaturesMissing, ReportSubmitted } from '../event-catalogue.ts';
import { CohortParams } from '../cohorts/contract.ts';
import { CatchUpRequest, CatchUpSummary, ListReportsQuery, MoveDueDateRequest, Report, ReportList, ReportParams, ReportSubmission, ReviewRequest, SignatureRequest } from './contract.ts';

export const listReports = {
  function: {
    name: 'listReports',
    entry: 'functions/reports/list-reports.ts',
    purpose: 'reports by status per cohort and network; the overdue list',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/reports',
  access: /* @__PURE__ */ allow(PROJECT_READERS, 'kvalitetskommune:reports.read', 'advisor', 'secretariat'),
  summary: 'Reports by status per cohort and network, with counts (status=overdue: the overdue list); a municipality sees its own',
  contract: {
    query: ListReportsQuery,
    success: { status: 200, description: 'Reports with counts per status', schema: ReportList },
    problems: [422],
  },
} as const satisfies RouteDeclaration;

export const getReport = {
  function: {
    name: 'getReport',
    entry: 'functions/reports/get-report.ts',
    purpose: 'one report with its history',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/reports/{id}',
  access: /* @__PURE__ */ allow(PROJECT_READERS, 'kvalitetskommune:reports.read', 'advisor', 'secretariat'),
  summary: 'One report with its history',
  contract: {
    params: ReportParams,
    success: { status: 200, description: 'The report', schema: Report },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const submitReport = {
  function: {
    name: 'submitReport',
    entry: 'functions/reports/submit-report.ts',
    purpose: 'the municipality submits a report',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/reports/{id}/submission',
  access: PROJECT_LEADER,
  summary: 'Submit a report (the fields its type requires)',
  contract: {
    params: ReportParams,
    body: ReportSubmission,
    bodyRefinedBy: 'command',
    success: { status: 200, description: 'Submitted; a project plan or final evaluation awaits its three signatures (awaiting-signatures), and a submission while it awaits them voids those given', schema: Report },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const signReport = {
  function: {
    name: 'signReport',
    entry: 'functions/reports/sign-report.ts',
    purpose: 'management, a union representative or an elected official signs a project plan or final evaluation',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/reports/{id}/signatures',
  access: ['management', 'union-representative', 'elected-official'],
  summary: 'Sign a project plan or final evaluation awaiting signatures, for the role given (the caller must hold it in the report’s municipality); the third signature submits it',
  contract: {
    params: ReportParams,
    body: SignatureRequest,
    success: { status: 200, description: 'Signed: the report with its signatures and missingRoles (submitted when none is missing)', schema: Report },
    problems: [403, 404, 409],
  },
} as const satisfies RouteDeclaration;

export const reviewReport = {
  function: {
    name: 'reviewReport',
    entry: 'functions/reports/review-report.ts',
    purpose: 'accept or return a report',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/reports/{id}/review',
  access: ['advisor', 'secretariat'],
  summary: 'Accept a submitted report or return it with a comment',
  contract: {
    params: ReportParams,
    body: ReviewRequest,
    success: { status: 200, description: 'Accepted or returned; the project leader is told', schema: Report },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const moveReportDueDate = {
  function: {
    name: 'moveReportDueDate',
    entry: 'functions/reports/move-report-due-date.ts',
    purpose: 'move one report’s due date',
    grants: ['table:read', 'table:write'],
  },
  method: 'PATCH',
  path: '/reports/{id}',
  access: ['secretariat'],
  summary: 'Move a report’s due date (its reminders are weighed again against the new date; steps sent are not sent again)',
  contract: {
    params: ReportParams,
    body: MoveDueDateRequest,
    success: { status: 200, description: 'The report with its new due date', schema: Report },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const catchUpReportReminders = {
  function: {
    name: 'catchUpReportReminders',
    entry: 'functions/reports/catch-up-report-reminders.ts',
    purpose: 'the secretariat starts the reminders of reports that fell due before they existed',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS,
  },
  method: 'POST',
  path: '/cohorts/{cohortId}/report-reminders/catch-up',
  access: ['secretariat'],
  summary: 'Start the reminders of the cohort’s held reports (past due when scheduled): one truthful letter each at most, with a summary',
  contract: {
    params: CohortParams,
    body: CatchUpRequest,
    success: {
      status: 200,
      description: 'What the catch-up did (or, dryRun, would do): held reports found, caught up, letters queued, remaining',
      schema: CatchUpSummary,
    },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const scheduleReports = {
  function: {
    name: 'scheduleReports',
    entry: 'functions/reports/schedule-reports.ts',
    purpose: 'On MunicipalityAdmitted: schedule the participant’s reports from the cohort’s plan',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  consumes: [MunicipalityAdmitted],
} as const satisfies SubscriptionDeclaration;

export const sendReportReminder = {
  function: {
    name: 'sendReportReminder',
    entry: 'functions/reports/send-report-reminder.ts',
    purpose: 'On ReportDue/ReportOverdue: remind the step’s audience',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    mailsSecretariat: true,
  },
  consumes: [ReportDue, ReportOverdue],
} as const satisfies SubscriptionDeclaration;

export const notifyReviewersOfReport = {
  function: {
    name: 'notifyReviewersOfReport',
    entry: 'functions/reports/notify-reviewers-of-report.ts',
    purpose: 'On ReportSubmitted: tell the network’s advisor and the secretariat that a report waits for review',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    mailsSecretariat: true,
  },
  consumes: [ReportSubmitted],
} as const satisfies SubscriptionDeclaration;

export const sendReportReviewNotice = {
  function: {
    name: 'sendReportReviewNotice',
    entry: 'functions/reports/send-report-review-notice.ts',
    purpose: 'On ReportAccepted/ReportReturned: tell the project leader',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  consumes: [ReportAccepted, ReportReturned],
} as const satisfies SubscriptionDeclaration;

export const remindSignatories = {
  function: {
    name: 'remindSignatories',
    entry: 'functions/reports/remind-signatories.ts',
    purpose: 'On ReportSignaturesMissing: remind the municipality’s people holding a missing role, in its written standard',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  consumes: [ReportSignaturesMissing],
} as const satisfies SubscriptionDeclaration;

export const signatureSweepSchedule = {
  function: {
    name: 'runSignatureSweep',
    entry: 'functions/reports/run-signature-sweep.ts',
    purpose: 'Every morning: a reminder for each report still awaiting signatures, once a day at most',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 300,
    reservedConcurrency: 1,
  },
  name: 'report-signature-sweep',
  cron: { minute: '15', hour: '5' },
  description: 'Daily at 05:15 UTC: reminders to the missing signatories of project plans and final evaluations awaiting signatures',
} as const satisfies ScheduleDeclaration;

export const reportDueSweepSchedule = {
  function: {
    name: 'runReportSweep',
    entry: 'functions/reports/run-report-sweep.ts',
    purpose: 'Every morning: one letter per report at most, for the latest ladder step that has come; the others skipped',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 300,
    reservedConcurrency: 1,
  },
  name: 'report-due-sweep',
  cron: { minute: '0', hour: '5' },
  description: 'Daily at 05:00 UTC: reminders of reports due soon, due today and overdue (the ladder in shared/reports/reminder-ladder.json)',
} as const satisfies ScheduleDeclaration;

export const routes = [listReports, getReport, submitReport, signReport, reviewReport, moveReportDueDate, catchUpReportReminders] as const;
export const subscriptions = [scheduleReports, sendReportReminder, notifyReviewersOfReport, sendReportReviewNotice, remindSignatories] as const;
export const schedules = [reportDueSweepSchedule, signatureSweepSchedule] as const;
