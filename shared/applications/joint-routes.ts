/**
 * The joint applications' routes (the applications capability; joined in shared/routing.ts as
 * the assessment routes are). Plain data: read by the stack, the local runtime, the OpenAPI
 * document and the access matrix.
 */
import { PROJECT_LEADER, PROJECT_READERS, allow } from '../platform/auth/principal.ts';
import type { RouteDeclaration } from '../platform/declarations.ts';
import { JointApplication, JointApplicationParams, JointApplicationRequest } from './joint-contract.ts';

export const submitJointApplication = {
  function: {
    name: 'submitJointApplication',
    entry: 'functions/applications/submit-joint-application.ts',
    purpose: 'two or more municipalities apply together as one project',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/joint-applications',
  access: /* @__PURE__ */ allow(PROJECT_LEADER, 'secretariat'),
  summary: 'Submit a joint application of several municipalities: one project leader, each member’s own application, all or none',
  contract: {
    body: JointApplicationRequest,
    success: {
      status: 201,
      description: 'Stored and submitted, each member’s application with it; receipts follow asynchronously',
      schema: JointApplication,
      location: '/joint-applications/{id}',
    },
    problems: [409],
  },
} as const satisfies RouteDeclaration;

export const getJointApplication = {
  function: {
    name: 'getJointApplication',
    entry: 'functions/applications/get-joint-application.ts',
    purpose: 'read a joint application and its members’ statuses',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/joint-applications/{id}',
  access: /* @__PURE__ */ allow(PROJECT_READERS, 'advisor', 'secretariat'),
  summary: 'Read a joint application, with each member application’s status (a municipality sees those it is a member of)',
  contract: {
    params: JointApplicationParams,
    success: { status: 200, description: 'The joint application', schema: JointApplication },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const jointApplicationRoutes = [submitJointApplication, getJointApplication] as const;
