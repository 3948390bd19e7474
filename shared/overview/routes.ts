/**
 * What this capability deploys, declared once: each function with the HTTP route, events,
 * schedule or AWS events that start it. shared/routing.ts gathers every capability's
 * declarations for the CDK stack, the local runtime, the OpenAPI document and the access matrix;
 * a handler is built from its own declaration (name, access, schemas). Plain data: no handler
 * code, no AWS client, so the stack and the docs read it without loading a function.
 */
import { HTTP_FUNCTION_MAX_TIMEOUT_SECONDS, type RouteDeclaration } from '../platform/declarations.ts';
import { AbsenceComparison, AbsenceComparisonQuery } from './contract.ts';
import { Overview, OverviewQuery } from './contract.ts';

export const getOverview = {
  function: {
    name: 'getOverview',
    entry: 'functions/overview/get-overview.ts',
    purpose: 'participation against the programme goal, per cohort, county and network',
    grants: ['table:read'],
    timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS,
  },
  method: 'GET',
  path: '/overview',
  access: ['advisor', 'secretariat'],
  summary: 'Participation against the programme goal (more than half), per cohort, county and network',
  contract: {
    query: OverviewQuery,
    success: { status: 200, description: 'Participation against the goal', schema: Overview },
    problems: [422],
  },
} as const satisfies RouteDeclaration;

export const getAbsenceComparison = {
  function: {
    name: 'getAbsenceComparison',
    entry: 'functions/overview/get-absence-comparison.ts',
    purpose: 'participants against non-participants per quarter',
    grants: ['table:read'],
    timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS,
  },
  method: 'GET',
  path: '/overview/absence-comparison',
  access: ['advisor', 'secretariat', 'evaluator'],
  summary: 'Sick-leave % of participants against non-participants per quarter, from summed days',
  contract: {
    query: AbsenceComparisonQuery,
    success: {
      status: 200,
      description: 'Per quarter: participants, non-participants, difference in points',
      schema: AbsenceComparison,
    },
    problems: [422],
  },
} as const satisfies RouteDeclaration;

export const routes = [getOverview, getAbsenceComparison] as const;
