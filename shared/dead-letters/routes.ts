/**
 * What this capability deploys, declared once: each function with the HTTP route, events,
 * schedule or AWS events that start it. shared/routing.ts gathers every capability's
 * declarations for the CDK stack, the local runtime, the OpenAPI document and the access matrix;
 * a handler is built from its own declaration (name, access, schemas). Plain data: no handler
 * code, no AWS client, so the stack and the docs read it without loading a function.
 */
import { HTTP_FUNCTION_MAX_TIMEOUT_SECONDS, type RouteDeclaration } from '../platform/declarations.ts';
import { DeadLetterList, DeadLetterParams, Redrive } from './contract.ts';

export const listDeadLetters = {
  function: {
    name: 'listDeadLetters',
    entry: 'functions/dead-letters/list-dead-letters.ts',
    purpose: 'events the functions could not process after every retry',
    grants: ['dead-letters:manage'],
  },
  method: 'GET',
  path: '/dead-letters',
  access: ['secretariat'],
  summary: 'Events a function could not process after every retry (up to 10 per function)',
  contract: {
    success: { status: 200, description: 'Dead letters by function', schema: DeadLetterList },
    problems: [],
  },
} as const satisfies RouteDeclaration;

export const redriveDeadLetters = {
  function: {
    name: 'redriveDeadLetters',
    entry: 'functions/dead-letters/redrive-dead-letters.ts',
    purpose: 'send a function’s dead letters back to it',
    grants: ['dead-letters:manage', 'table:idempotency'],
    timeoutSeconds: HTTP_FUNCTION_MAX_TIMEOUT_SECONDS,
  },
  method: 'POST',
  path: '/dead-letters/{function}/redrive',
  access: ['secretariat'],
  summary: 'Send a function’s dead letters back to it (after the cause is fixed)',
  contract: {
    params: DeadLetterParams,
    success: { status: 202, description: 'How many were sent back', schema: Redrive },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const routes = [listDeadLetters, redriveDeadLetters] as const;
