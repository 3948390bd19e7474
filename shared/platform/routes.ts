/**
 * What this capability deploys, declared once: each function with the HTTP route, events,
 * schedule or AWS events that start it. shared/routing.ts gathers every capability's
 * declarations for the CDK stack, the local runtime, the OpenAPI document and the access matrix;
 * a handler is built from its own declaration (name, access, schemas). Plain data: no handler
 * code, no AWS client, so the stack and the docs read it without loading a function.
 */
import type { StreamDeclaration, FallbackRouteDeclaration } from './declarations.ts';

export const publishOutboxEvents = {
  function: {
    name: 'publishOutboxEvents',
    entry: 'functions/platform/publish-outbox-events.ts',
    purpose: 'Table stream → EventBridge: publishes outbox items as domain events',
    grants: ['events:publish'],
    timeoutSeconds: 30,
  },
  stream: 'outbox',
} as const satisfies StreamDeclaration;

export const answerUnmatchedRoute = {
  function: {
    name: 'answerUnmatchedRoute',
    entry: 'functions/platform/answer-unmatched-route.ts',
    purpose: 'The API’s $default route: 404 (no such path) or 405 with Allow (not with this method), as problem+json',
    grants: [],
  },
  answers: 'unmatched-routes',
} as const satisfies FallbackRouteDeclaration;

export const streams = [publishOutboxEvents] as const;
export const fallbacks = [answerUnmatchedRoute] as const;
