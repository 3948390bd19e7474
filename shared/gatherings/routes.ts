/**
 * What this capability deploys, declared once (see shared/cohorts/routes.ts): the calendar's
 * routes and the letters that follow a change.
 */
import { PROJECT_READERS, allow } from '../platform/auth/principal.ts';
import type { RouteDeclaration, SubscriptionDeclaration } from '../platform/declarations.ts';
import { GatheringCancelled, GatheringChanged, GatheringScheduled } from '../event-catalogue.ts';
import { Gathering, GatheringCancellationRequest, GatheringList, GatheringListQuery, GatheringParams, GatheringRequest } from './contract.ts';

const READERS = /* @__PURE__ */ allow(PROJECT_READERS, 'advisor', 'secretariat', 'evaluator');

export const scheduleGathering = {
  function: {
    name: 'scheduleGathering',
    entry: 'functions/gatherings/schedule-gathering.ts',
    purpose: 'schedule a gathering for cohorts or a network',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/gatherings',
  access: ['secretariat'],
  summary: 'Schedule a gathering: one or more days (or only a month), for one or more cohorts or one network, with sessions, audience, venue, capacity and registration deadline',
  contract: {
    body: GatheringRequest,
    success: { status: 201, description: 'The gathering; the municipalities in its audience are told', schema: Gathering, location: '/gatherings/{gatheringId}' },
    problems: [409],
  },
} as const satisfies RouteDeclaration;

export const listGatherings = {
  function: {
    name: 'listGatherings',
    entry: 'functions/gatherings/list-gatherings.ts',
    purpose: 'a cohort’s or a network’s calendar, or the gatherings between two days',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/gatherings',
  access: READERS,
  summary: 'A cohort’s calendar (?cohortId=), a network’s (?networkId=), or every gathering whose first day is between from and to (default: the coming year)',
  contract: { query: GatheringListQuery, success: { status: 200, description: 'The gatherings, by first day', schema: GatheringList }, problems: [] },
} as const satisfies RouteDeclaration;

export const getGathering = {
  function: {
    name: 'getGathering',
    entry: 'functions/gatherings/get-gathering.ts',
    purpose: 'one gathering (where scheduleGathering’s Location points)',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/gatherings/{gatheringId}',
  access: READERS,
  summary: 'One gathering',
  contract: { params: GatheringParams, success: { status: 200, description: 'The gathering', schema: Gathering }, problems: [404] },
} as const satisfies RouteDeclaration;

export const changeGathering = {
  function: {
    name: 'changeGathering',
    entry: 'functions/gatherings/change-gathering.ts',
    purpose: 'change a gathering (fix its days, move it, change its sessions or capacity)',
    grants: ['table:read', 'table:write'],
  },
  method: 'PUT',
  path: '/gatherings/{gatheringId}',
  access: ['secretariat'],
  summary: 'Change a gathering (its SEQUENCE grows); the municipalities in its audience are told what changed. 422 for a capacity below the seats taken',
  contract: {
    params: GatheringParams,
    body: GatheringRequest,
    success: { status: 200, description: 'The changed gathering', schema: Gathering },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const cancelGathering = {
  function: {
    name: 'cancelGathering',
    entry: 'functions/gatherings/cancel-gathering.ts',
    purpose: 'cancel a gathering (it stays, cancelled)',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/gatherings/{gatheringId}/cancellation',
  access: ['secretariat'],
  summary: 'Cancel a gathering: it stays in the calendars as cancelled; the municipalities in its audience are told why',
  contract: {
    params: GatheringParams,
    body: GatheringCancellationRequest,
    success: { status: 200, description: 'The cancelled gathering', schema: Gathering },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const notifyAudienceOfGathering = {
  function: {
    name: 'notifyAudienceOfGathering',
    entry: 'functions/gatherings/notify-audience-of-gathering.ts',
    purpose: 'On GatheringScheduled/GatheringChanged/GatheringCancelled: tell the people of each hosting municipality in its audience',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 120,
  },
  consumes: [GatheringScheduled, GatheringChanged, GatheringCancelled],
} as const satisfies SubscriptionDeclaration;

export const routes = [scheduleGathering, listGatherings, getGathering, changeGathering, cancelGathering] as const;
export const subscriptions = [notifyAudienceOfGathering] as const;
