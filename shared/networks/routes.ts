/**
 * What this capability deploys, declared once: each function with the HTTP route, events,
 * schedule or AWS events that start it. shared/routing.ts gathers every capability's
 * declarations for the CDK stack, the local runtime, the OpenAPI document and the access matrix;
 * a handler is built from its own declaration (name, access, schemas). Plain data: no handler
 * code, no AWS client, so the stack and the docs read it without loading a function.
 */
import type { RouteDeclaration, SubscriptionDeclaration } from '../platform/declarations.ts';
import { MunicipalityAssignedToNetwork, NetworkFormed } from '../event-catalogue.ts';
import { CohortParams } from '../cohorts/contract.ts';
import { AssignToNetworkRequest, FormNetworkRequest, Network, NetworkList, NetworkParams } from './contract.ts';

export const formNetwork = {
  function: {
    name: 'formNetwork',
    entry: 'functions/networks/form-network.ts',
    purpose: 'form a network with an advisor and members',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/cohorts/{cohortId}/networks',
  access: ['secretariat'],
  summary: 'Form a network with an advisor and (optionally) its first members',
  contract: {
    params: CohortParams,
    body: FormNetworkRequest,
    success: {
      status: 201,
      description: 'The network; its project leaders and advisor are told',
      schema: Network,
      location: '/cohorts/{cohortId}/networks/{networkId}',
    },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const listNetworks = {
  function: {
    name: 'listNetworks',
    entry: 'functions/networks/list-networks.ts',
    purpose: 'a cohort’s networks',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/cohorts/{cohortId}/networks',
  access: ['advisor', 'secretariat'],
  summary: 'The cohort’s networks',
  contract: {
    params: CohortParams,
    success: { status: 200, description: 'The cohort’s networks', schema: NetworkList },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const getNetwork = {
  function: {
    name: 'getNetwork',
    entry: 'functions/networks/get-network.ts',
    purpose: 'one network (where formNetwork’s Location points)',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/cohorts/{cohortId}/networks/{networkId}',
  access: ['advisor', 'secretariat'],
  summary: 'One network with its advisor and members',
  contract: {
    params: NetworkParams,
    success: { status: 200, description: 'The network with its advisor and members', schema: Network },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const assignToNetwork = {
  function: {
    name: 'assignToNetwork',
    entry: 'functions/networks/assign-to-network.ts',
    purpose: 'place a participant in a network',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/cohorts/{cohortId}/networks/{networkId}/members',
  access: ['secretariat'],
  summary: 'Place a participant of the cohort in the network',
  contract: {
    params: NetworkParams,
    body: AssignToNetworkRequest,
    success: { status: 200, description: 'The network with its new member', schema: Network },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const sendNetworkComposition = {
  function: {
    name: 'sendNetworkComposition',
    entry: 'functions/networks/send-network-composition.ts',
    purpose: 'On NetworkFormed/MunicipalityAssignedToNetwork: who is in the network, and the advisor, to its project leaders',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 60,
  },
  consumes: [NetworkFormed, MunicipalityAssignedToNetwork],
} as const satisfies SubscriptionDeclaration;

export const routes = [formNetwork, listNetworks, getNetwork, assignToNetwork] as const;
export const subscriptions = [sendNetworkComposition] as const;
