/**
 * Assessment before decision, and the steering group's meetings: what they deploy, declared once
 * (plain data). shared/routing.ts joins these lists to the applications capability's, as it does
 * for the gatherings' registrations, so routes.ts stays as it is.
 */
import type { RouteDeclaration } from '../platform/declarations.ts';
import { CohortParams } from '../cohorts/contract.ts';
import { ApplicationIdParams } from './contract.ts';
import { Assessment, AssessmentRequest, SteeringGroupDecisionsRequest, SteeringGroupMeeting, SteeringGroupMeetingList, SteeringGroupMeetingParams } from './assessment-contract.ts';

export const assessApplication = {
  function: {
    name: 'assessApplication',
    entry: 'functions/applications/assess-application.ts',
    purpose: 'the secretariat assesses an application against the mandatory elements and recommends',
    grants: ['table:read', 'table:write'],
  },
  method: 'PUT',
  path: '/applications/{id}/assessment',
  access: ['secretariat'],
  summary: 'Assess a submitted application: every mandatory element met or not, and a recommendation (replaces an earlier assessment)',
  contract: {
    params: ApplicationIdParams,
    body: AssessmentRequest,
    success: { status: 200, description: 'The assessment, as GET /applications/{id} shows it', schema: Assessment },
    problems: [404, 409, 422],
  },
} as const satisfies RouteDeclaration;

export const holdSteeringGroupMeeting = {
  function: {
    name: 'holdSteeringGroupMeeting',
    entry: 'functions/applications/hold-steering-group-meeting.ts',
    purpose: 'the secretariat records a steering-group meeting deciding a list of applications at once',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/cohorts/{cohortId}/steering-group-decisions',
  access: ['secretariat'],
  summary: 'Record a steering-group meeting’s decisions: every application admitted or rejected, all or none; the letters follow',
  contract: {
    params: CohortParams,
    body: SteeringGroupDecisionsRequest,
    success: {
      status: 201,
      description: 'Recorded in one transaction: each admission makes a participant; each decision gets its letter, as one by one',
      schema: SteeringGroupMeeting,
      location: '/cohorts/{cohortId}/steering-group-decisions/{meetingId}',
    },
    problems: [404, 409, 422],
  },
} as const satisfies RouteDeclaration;

export const getSteeringGroupMeeting = {
  function: {
    name: 'getSteeringGroupMeeting',
    entry: 'functions/applications/get-steering-group-meeting.ts',
    purpose: 'read a steering-group meeting and its decisions',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/cohorts/{cohortId}/steering-group-decisions/{meetingId}',
  access: ['secretariat'],
  summary: 'A steering-group meeting and its decisions',
  contract: {
    params: SteeringGroupMeetingParams,
    success: { status: 200, description: 'The meeting', schema: SteeringGroupMeeting },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const listSteeringGroupMeetings = {
  function: {
    name: 'listSteeringGroupMeetings',
    entry: 'functions/applications/list-steering-group-meetings.ts',
    purpose: 'a cohort’s steering-group meetings',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/cohorts/{cohortId}/steering-group-decisions',
  access: ['secretariat'],
  summary: 'A cohort’s steering-group meetings and their decisions, oldest first',
  contract: {
    params: CohortParams,
    success: { status: 200, description: 'The meetings', schema: SteeringGroupMeetingList },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const assessmentRoutes = [assessApplication, holdSteeringGroupMeeting, getSteeringGroupMeeting, listSteeringGroupMeetings] as const;
