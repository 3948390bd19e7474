/**
 * What this capability deploys, declared once: each function with the HTTP route, events,
 * schedule or AWS events that start it. shared/routing.ts gathers every capability's
 * declarations for the CDK stack, the local runtime, the OpenAPI document and the access matrix;
 * a handler is built from its own declaration (name, access, schemas). Plain data: no handler
 * code, no AWS client, so the stack and the docs read it without loading a function.
 */
import { PROJECT_LEADER, PROJECT_READERS, allow } from '../platform/auth/principal.ts';
import type { RouteDeclaration, SubscriptionDeclaration, ScheduleDeclaration } from '../platform/declarations.ts';
import { ApplicationDecided, ApplicationSubmitted, ApplicationWindowClosing } from '../event-catalogue.ts';
import { Application, ApplicationDraftRequest, ApplicationIdParams, ApplicationList, DecisionRequest, ListApplicationsQuery, SubmitApplicationRequest, UpdateApplicationDraftRequest } from './contract.ts';

export const submitApplication = {
  function: {
    name: 'submitApplication',
    entry: 'functions/applications/submit-application.ts',
    purpose: 'a municipality submits its application to join the programme',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/applications',
  access: PROJECT_LEADER,
  summary: 'Submit an application to join the programme',
  contract: {
    body: SubmitApplicationRequest,
    success: {
      status: 201,
      description: 'Stored and submitted; a receipt email follows asynchronously',
      schema: Application,
      location: '/applications/{id}',
    },
    problems: [409],
  },
} as const satisfies RouteDeclaration;

export const getApplication = {
  function: {
    name: 'getApplication',
    entry: 'functions/applications/get-application.ts',
    purpose: 'read one application',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/applications/{id}',
  access: /* @__PURE__ */ allow(PROJECT_READERS, 'advisor', 'secretariat'),
  summary: 'Read an application (a municipality sees only its own)',
  contract: {
    params: ApplicationIdParams,
    success: { status: 200, description: 'The application', schema: Application },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const saveApplicationDraft = {
  function: {
    name: 'saveApplicationDraft',
    entry: 'functions/applications/save-application-draft.ts',
    purpose: 'a municipality starts a draft application to an open cohort',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/applications/drafts',
  access: PROJECT_LEADER,
  summary: 'Start a draft application (only the cohort is required)',
  contract: {
    body: ApplicationDraftRequest,
    success: {
      status: 201,
      description: 'The draft (it holds the municipality’s one application in the cohort)',
      schema: Application,
      location: '/applications/{id}',
    },
    problems: [409],
  },
} as const satisfies RouteDeclaration;

export const updateApplicationDraft = {
  function: {
    name: 'updateApplicationDraft',
    entry: 'functions/applications/update-application-draft.ts',
    purpose: 'change parts of a draft',
    grants: ['table:read', 'table:write'],
  },
  method: 'PATCH',
  path: '/applications/{id}',
  access: PROJECT_LEADER,
  summary: 'Change parts of a draft application',
  contract: {
    params: ApplicationIdParams,
    body: UpdateApplicationDraftRequest,
    success: { status: 200, description: 'The changed draft', schema: Application },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const submitApplicationDraft = {
  function: {
    name: 'submitApplicationDraft',
    entry: 'functions/applications/submit-application-draft.ts',
    purpose: 'submit a completed draft',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/applications/{id}/submission',
  access: PROJECT_LEADER,
  summary: 'Submit a draft; refused with every missing element named while incomplete',
  contract: {
    params: ApplicationIdParams,
    success: {
      status: 200,
      description: 'Submitted; a receipt email follows asynchronously',
      schema: Application,
    },
    problems: [404, 409, 422],
  },
} as const satisfies RouteDeclaration;

export const withdrawApplication = {
  function: {
    name: 'withdrawApplication',
    entry: 'functions/applications/withdraw-application.ts',
    purpose: 'withdraw before the decision',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/applications/{id}/withdrawal',
  access: PROJECT_LEADER,
  summary: 'Withdraw an application before the decision',
  contract: {
    params: ApplicationIdParams,
    success: { status: 200, description: 'Withdrawn', schema: Application },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const decideApplication = {
  function: {
    name: 'decideApplication',
    entry: 'functions/applications/decide-application.ts',
    purpose: 'the secretariat records admission or rejection',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/applications/{id}/decision',
  access: ['secretariat'],
  summary: 'Record the decision: admitted or rejected, with the reason',
  contract: {
    params: ApplicationIdParams,
    body: DecisionRequest,
    success: {
      status: 200,
      description: 'Decided; admission makes the municipality a participant; a letter follows',
      schema: Application,
    },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const listApplications = {
  function: {
    name: 'listApplications',
    entry: 'functions/applications/list-applications.ts',
    purpose: 'a cohort’s applications by status, or a municipality’s own',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/applications',
  access: /* @__PURE__ */ allow(PROJECT_READERS, 'advisor', 'secretariat'),
  summary: 'Applications by cohort and status, with counts (a municipality sees its own)',
  contract: {
    query: ListApplicationsQuery,
    success: { status: 200, description: 'Applications with counts per status', schema: ApplicationList },
    problems: [422],
  },
} as const satisfies RouteDeclaration;

export const sendApplicationReceipt = {
  function: {
    name: 'sendApplicationReceipt',
    entry: 'functions/applications/send-application-receipt.ts',
    purpose: 'On ApplicationSubmitted: email a receipt to the project leader',
    grants: ['table:write', 'table:idempotency'],
  },
  consumes: [ApplicationSubmitted],
} as const satisfies SubscriptionDeclaration;

export const notifySecretariatOfApplication = {
  function: {
    name: 'notifySecretariatOfApplication',
    entry: 'functions/applications/notify-secretariat-of-application.ts',
    purpose: 'On ApplicationSubmitted: tell the secretariat a new application has arrived',
    grants: ['table:write', 'table:idempotency'],
    mailsSecretariat: true,
  },
  consumes: [ApplicationSubmitted],
} as const satisfies SubscriptionDeclaration;

export const sendDecisionLetter = {
  function: {
    name: 'sendDecisionLetter',
    entry: 'functions/applications/send-decision-letter.ts',
    purpose: 'On ApplicationDecided: the outcome and reason to the project leader',
    grants: ['table:write', 'table:idempotency'],
  },
  consumes: [ApplicationDecided],
} as const satisfies SubscriptionDeclaration;

export const dailyApplicationDigestSchedule = {
  function: {
    name: 'sendDailyApplicationDigest',
    entry: 'functions/applications/send-daily-application-digest.ts',
    purpose: 'Every morning: email the secretariat the applications received the day before',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    mailsSecretariat: true,
    timeoutSeconds: 60,
    reservedConcurrency: 1,
  },
  name: 'daily-application-digest',
  cron: { minute: '0', hour: '5' },
  description: 'Daily at 05:00 UTC (06:00/07:00 in Norway): yesterday’s applications to the secretariat',
} as const satisfies ScheduleDeclaration;

export const applicationNudgesSchedule = {
  function: {
    name: 'runApplicationNudges',
    entry: 'functions/applications/run-application-nudges.ts',
    purpose: 'Every morning: in each open cohort whose nudge step is due, municipalities with a draft and invited ones that have not applied are nudged, once per municipality, cohort and step',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 300,
  },
  name: 'application-nudges',
  cron: { minute: '30', hour: '5' },
  description: 'Daily at 05:30 UTC (06:30/07:30 in Norway): nudges before an open cohort’s application window closes (shared/applications/application-nudges.json)',
} as const satisfies ScheduleDeclaration;

export const sendApplicationNudge = {
  function: {
    name: 'sendApplicationNudge',
    entry: 'functions/applications/send-application-nudge.ts',
    purpose: 'On ApplicationWindowClosing: nudge the draft’s project leader, or the invited municipality’s contact address, in its written standard (not once it has applied)',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  consumes: [ApplicationWindowClosing],
} as const satisfies SubscriptionDeclaration;

export const routes = [submitApplication, getApplication, saveApplicationDraft, updateApplicationDraft, submitApplicationDraft, withdrawApplication, decideApplication, listApplications] as const;
export const subscriptions = [sendApplicationReceipt, notifySecretariatOfApplication, sendDecisionLetter, sendApplicationNudge] as const;
export const schedules = [dailyApplicationDigestSchedule, applicationNudgesSchedule] as const;
