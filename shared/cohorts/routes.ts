/**
 * What this capability deploys, declared once: each function with the HTTP route, events,
 * schedule or AWS events that start it. shared/routing.ts gathers every capability's
 * declarations for the CDK stack, the local runtime, the OpenAPI document and the access matrix;
 * a handler is built from its own declaration (name, access, schemas). Plain data: no handler
 * code, no AWS client, so the stack and the docs read it without loading a function.
 */
import { PROJECT_READERS, allow } from '../platform/auth/principal.ts';
import type { RouteDeclaration, ScheduleDeclaration, SubscriptionDeclaration } from '../platform/declarations.ts';
import { CohortOpened } from '../event-catalogue.ts';
import { Cohort, CohortList, CohortParams, CohortTransitionRequest, CreateCohortRequest, ReportPlanRequest } from './contract.ts';

export const createCohort = {
  function: {
    name: 'createCohort',
    entry: 'functions/cohorts/create-cohort.ts',
    purpose: 'the secretariat creates a cohort (draft)',
    grants: ['table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/cohorts',
  access: ['secretariat'],
  summary: 'Create a cohort (pulje), as a draft',
  contract: {
    body: CreateCohortRequest,
    success: {
      status: 201,
      description: 'The cohort, as a draft',
      schema: Cohort,
      location: '/cohorts/{cohortId}',
    },
    problems: [],
  },
} as const satisfies RouteDeclaration;

export const listCohorts = {
  function: {
    name: 'listCohorts',
    entry: 'functions/cohorts/list-cohorts.ts',
    purpose: 'all cohorts by start date',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/cohorts',
  access: /* @__PURE__ */ allow(PROJECT_READERS, 'advisor', 'secretariat', 'evaluator'),
  summary: 'All cohorts by start date',
  contract: { success: { status: 200, description: 'All cohorts', schema: CohortList }, problems: [] },
} as const satisfies RouteDeclaration;

export const getCohort = {
  function: {
    name: 'getCohort',
    entry: 'functions/cohorts/get-cohort.ts',
    purpose: 'one cohort (its gatherings: GET /gatherings?cohortId=)',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/cohorts/{cohortId}',
  access: /* @__PURE__ */ allow(PROJECT_READERS, 'advisor', 'secretariat', 'evaluator'),
  summary: 'One cohort, with its report plan (its calendar: GET /gatherings?cohortId=)',
  contract: {
    params: CohortParams,
    success: { status: 200, description: 'The cohort', schema: Cohort },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const changeCohortStatus = {
  function: {
    name: 'changeCohortStatus',
    entry: 'functions/cohorts/change-cohort-status.ts',
    purpose: 'open, close, start or complete a cohort',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/cohorts/{cohortId}/transitions',
  access: ['secretariat'],
  summary: 'Open, close, start or complete a cohort (409 for an illegal transition)',
  contract: {
    params: CohortParams,
    body: CohortTransitionRequest,
    success: {
      status: 200,
      description: 'The cohort in its new status',
      schema: Cohort,
    },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const setReportPlan = {
  function: {
    name: 'setReportPlan',
    entry: 'functions/cohorts/set-report-plan.ts',
    purpose: 'the reports participants owe',
    grants: ['table:read', 'table:write'],
  },
  method: 'PUT',
  path: '/cohorts/{cohortId}/report-plan',
  access: ['secretariat'],
  summary: 'Set the reports each participant admitted from now on owes',
  contract: {
    params: CohortParams,
    body: ReportPlanRequest,
    success: {
      status: 200,
      description: 'The cohort with its plan',
      schema: Cohort,
    },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const sendCohortInvitations = {
  function: {
    name: 'sendCohortInvitations',
    entry: 'functions/cohorts/send-cohort-invitations.ts',
    purpose: 'On CohortOpened: invite every municipality not yet participating (that has a contact address)',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    mailsSecretariat: true,
    timeoutSeconds: 300,
    reservedConcurrency: 2,
  },
  consumes: [CohortOpened],
} as const satisfies SubscriptionDeclaration;

export const applicationWindowsSchedule = {
  function: {
    name: 'closeEndedApplicationWindows',
    entry: 'functions/cohorts/close-ended-application-windows.ts',
    purpose: 'Every night: open cohorts whose application window ended (closesOn before today in Norway) are closed, as the secretariat’s close does (CohortClosed once)',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 60,
  },
  name: 'application-windows',
  cron: { minute: '15', hour: '0' },
  description: 'Daily at 00:15 UTC (01:15/02:15 in Norway, after midnight all year): open cohorts past their application window’s last day are closed',
} as const satisfies ScheduleDeclaration;

export const routes = [createCohort, listCohorts, getCohort, changeCohortStatus, setReportPlan] as const;
export const subscriptions = [sendCohortInvitations] as const;
export const schedules = [applicationWindowsSchedule] as const;
