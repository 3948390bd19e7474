/**
 * What this capability deploys, declared once: each function with the HTTP route, events,
 * schedule or AWS events that start it. shared/routing.ts gathers every capability's
 * declarations for the CDK stack, the local runtime, the OpenAPI document and the access matrix;
 * a handler is built from its own declaration (name, access, schemas). Plain data: no handler
 * code, no AWS client, so the stack and the docs read it without loading a function.
 */
import { FIGURES_READERS, allow } from '../platform/auth/principal.ts';
import type { FunctionSpec, RouteDeclaration, SubscriptionDeclaration, ScheduleDeclaration } from '../platform/declarations.ts';
import { AbsenceFiguresUploaded, MunicipalityAdmitted, TargetStatusChanged } from '../event-catalogue.ts';
import { AbsenceSeries, JointProjectParams, JointTargetStatus, TargetStatusOverview } from './contract.ts';
import { MunicipalityParams } from '../municipalities/contract.ts';

/** sendTargetStatusNotice has more than one trigger: one spec, referred to by each. */
const sendTargetStatusNoticeFunction = {
  name: 'sendTargetStatusNotice',
  entry: 'functions/target-status/send-target-status-notice.ts',
  purpose: 'On TargetStatusChanged: tell the project leader (and the advisor when off track), capped per day; daily: the coalesced latest status',
  grants: ['table:read', 'table:write', 'table:idempotency'],
} as const satisfies FunctionSpec;

export const getAbsenceFigures = {
  function: {
    name: 'getAbsenceFigures',
    entry: 'functions/target-status/get-absence-figures.ts',
    purpose: 'figures, quarterly series and target status (each read audited)',
    grants: ['table:read', 'audit:write'],
  },
  method: 'GET',
  path: '/municipalities/{number}/absence-figures',
  access: /* @__PURE__ */ allow(FIGURES_READERS, 'kvalitetskommune:figures.read', 'advisor', 'secretariat'),
  summary: 'Current figures, quarterly series with rolling four quarters, and the target status (a municipality: its own)',
  contract: {
    params: MunicipalityParams,
    success: { status: 200, description: 'Figures, quarterly series and target status', schema: AbsenceSeries },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const listTargetStatuses = {
  function: {
    name: 'listTargetStatuses',
    entry: 'functions/target-status/list-target-statuses.ts',
    purpose: 'every participant’s target status',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/overview/target-statuses',
  access: ['advisor', 'secretariat'],
  summary: 'Every participant’s target status, worst first, with counts',
  contract: {
    success: { status: 200, description: 'Statuses with counts', schema: TargetStatusOverview },
    problems: [],
  },
} as const satisfies RouteDeclaration;

export const recomputeTargetStatus = {
  function: {
    name: 'recomputeTargetStatus',
    entry: 'functions/target-status/recompute-target-status.ts',
    purpose: 'On AbsenceFiguresUploaded/MunicipalityAdmitted: promote an upload’s rows (clear their TTL), reassess the participants’ target statuses',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 300,
    reservedConcurrency: 5,
  },
  consumes: [AbsenceFiguresUploaded, MunicipalityAdmitted],
} as const satisfies SubscriptionDeclaration;

export const sendTargetStatusNotice = {
  function: sendTargetStatusNoticeFunction,
  consumes: [TargetStatusChanged],
} as const satisfies SubscriptionDeclaration;

export const targetStatusFollowUpsSchedule = {
  function: sendTargetStatusNoticeFunction,
  name: 'target-status-follow-ups',
  cron: { minute: '0', hour: '5' },
  description: 'Daily at 05:00 UTC: the previous day’s latest target status where changes were coalesced (shared/target-status/mail-caps.json)',
} as const satisfies ScheduleDeclaration;

export const getJointTargetStatus = {
  function: {
    name: 'getJointTargetStatus',
    entry: 'functions/target-status/get-joint-target-status.ts',
    purpose: 'a joint project’s sick-leave status from its members’ summed days, beside each member’s own',
    grants: ['table:read', 'table:write'],
  },
  method: 'GET',
  path: '/joint-projects/{id}/target-status',
  access: /* @__PURE__ */ allow(FIGURES_READERS, 'advisor', 'secretariat'),
  summary: 'A joint project’s sick-leave status (summed days of its admitted members), beside each member’s own (a municipality sees those it is a member of)',
  contract: {
    params: JointProjectParams,
    success: { status: 200, description: 'The joint status and the members’', schema: JointTargetStatus },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const routes = [getAbsenceFigures, listTargetStatuses, getJointTargetStatus] as const;
export const subscriptions = [recomputeTargetStatus, sendTargetStatusNotice] as const;
export const schedules = [targetStatusFollowUpsSchedule] as const;
