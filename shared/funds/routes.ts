/**
 * What this capability deploys, declared once (shared/routing.ts gathers it): the budget per
 * year and line, grants with their decisions, payments and accounts, the budget overview, and
 * the decision letter. Plain data: no handler code, no AWS client.
 */
import { PROJECT_LEADER, PROJECT_READERS, allow } from '../platform/auth/principal.ts';
import type { RouteDeclaration, SubscriptionDeclaration } from '../platform/declarations.ts';
import { GrantDecided } from '../event-catalogue.ts';
import {
  Budget,
  BudgetOverview,
  BudgetOverviewQuery,
  BudgetParams,
  BudgetRequest,
  Grant,
  GrantAccountRequest,
  GrantApplication,
  GrantDecisionRequest,
  GrantList,
  GrantParams,
  GrantPaymentRequest,
  ListGrantsQuery,
} from './contract.ts';

export const putBudget = {
  function: { name: 'putBudget', entry: 'functions/funds/put-budget.ts', purpose: 'the secretariat sets a year’s budget lines', grants: ['table:read', 'table:write'] },
  method: 'PUT',
  path: '/budget/{year}',
  access: ['secretariat'],
  summary: 'Set a year’s budget per line, in øre (a line below what is granted from it already: 409)',
  contract: {
    params: BudgetParams,
    body: BudgetRequest,
    success: { status: 200, description: 'The year’s budget with what is granted, paid and left per line', schema: Budget },
    problems: [409],
  },
} as const satisfies RouteDeclaration;

export const getBudget = {
  function: { name: 'getBudget', entry: 'functions/funds/get-budget.ts', purpose: 'a year’s budget per line', grants: ['table:read', 'table:write'] },
  method: 'GET',
  path: '/budget/{year}',
  access: ['secretariat', 'advisor', 'evaluator'],
  summary: 'A year’s budget per line in øre, with what is granted, paid and left (the shipped default until it is set)',
  contract: {
    params: BudgetParams,
    success: { status: 200, description: 'The year’s budget', schema: Budget },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const applyForGrant = {
  function: { name: 'applyForGrant', entry: 'functions/funds/apply-for-grant.ts', purpose: 'a participant applies for a grant of stimulus funds', grants: ['table:read', 'table:write', 'table:idempotency'] },
  method: 'POST',
  path: '/grants',
  access: /* @__PURE__ */ allow(PROJECT_LEADER, 'secretariat'),
  summary: 'Apply for a grant: a purpose and an amount in whole øre (a municipality for itself; the secretariat names the municipality)',
  contract: {
    body: GrantApplication,
    success: { status: 201, description: 'The application (GrantApplied)', schema: Grant, location: '/grants/{id}' },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const decideGrant = {
  function: { name: 'decideGrant', entry: 'functions/funds/decide-grant.ts', purpose: 'the secretariat grants (maybe less) or declines, within the budget line', grants: ['table:read', 'table:write', 'table:idempotency'] },
  method: 'POST',
  path: '/grants/{id}/decision',
  access: ['secretariat'],
  summary: 'Decide a grant: granted ≤ requested (0 declines), never more than the line has left (409 budget-line-exceeded with the remainder)',
  contract: {
    params: GrantParams,
    body: GrantDecisionRequest,
    success: { status: 200, description: 'Decided (GrantDecided); the project leader gets the letter', schema: Grant },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const recordGrantPayment = {
  function: { name: 'recordGrantPayment', entry: 'functions/funds/record-grant-payment.ts', purpose: 'the secretariat records a payment of a grant', grants: ['table:read', 'table:write', 'table:idempotency'] },
  method: 'POST',
  path: '/grants/{id}/payment',
  access: ['secretariat'],
  summary: 'Record a payment of a grant (what is left of it when no amount is given; payments never exceed what was granted)',
  contract: {
    params: GrantParams,
    body: GrantPaymentRequest,
    success: { status: 200, description: 'Paid (GrantPaid)', schema: Grant },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const accountForGrant = {
  function: { name: 'accountForGrant', entry: 'functions/funds/account-for-grant.ts', purpose: 'the municipality accounts for its use of a grant', grants: ['table:read', 'table:write', 'table:idempotency'] },
  method: 'POST',
  path: '/grants/{id}/account',
  access: PROJECT_LEADER,
  summary: 'Account for the use of a grant paid: what was spent and how (and the report it belongs to)',
  contract: {
    params: GrantParams,
    body: GrantAccountRequest,
    success: { status: 200, description: 'Accounted (GrantAccounted)', schema: Grant },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const getGrant = {
  function: { name: 'getGrant', entry: 'functions/funds/get-grant.ts', purpose: 'one grant', grants: ['table:read'] },
  method: 'GET',
  path: '/grants/{id}',
  access: /* @__PURE__ */ allow(PROJECT_READERS, 'advisor', 'secretariat'),
  summary: 'One grant with its decision, payments and account (a municipality: its own)',
  contract: {
    params: GrantParams,
    success: { status: 200, description: 'The grant', schema: Grant },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const listGrants = {
  function: { name: 'listGrants', entry: 'functions/funds/list-grants.ts', purpose: 'a cohort’s grants', grants: ['table:read'] },
  method: 'GET',
  path: '/grants',
  access: /* @__PURE__ */ allow(PROJECT_READERS, 'advisor', 'secretariat'),
  summary: 'A cohort’s grants by municipality (a municipality sees its own, an advisor those it advises)',
  contract: {
    query: ListGrantsQuery,
    success: { status: 200, description: 'The grants', schema: GrantList },
    problems: [422],
  },
} as const satisfies RouteDeclaration;

export const getBudgetOverview = {
  function: { name: 'getBudgetOverview', entry: 'functions/funds/get-budget-overview.ts', purpose: 'granted, paid and remaining per line and per cohort', grants: ['table:read', 'table:write'] },
  method: 'GET',
  path: '/overview/budget',
  access: ['secretariat', 'advisor', 'evaluator'],
  summary: 'A year’s budget: granted, paid and remaining per line, granted, paid and unpaid per cohort (øre)',
  contract: {
    query: BudgetOverviewQuery,
    success: { status: 200, description: 'The budget overview', schema: BudgetOverview },
    problems: [422],
  },
} as const satisfies RouteDeclaration;

export const sendGrantDecisionLetter = {
  function: {
    name: 'sendGrantDecisionLetter',
    entry: 'functions/funds/send-grant-decision-letter.ts',
    purpose: 'On GrantDecided: the decision letter to the project leader, in the municipality’s written standard',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  consumes: [GrantDecided],
} as const satisfies SubscriptionDeclaration;

export const routes = [putBudget, getBudget, applyForGrant, decideGrant, recordGrantPayment, accountForGrant, getGrant, listGrants, getBudgetOverview] as const;
export const subscriptions = [sendGrantDecisionLetter] as const;
