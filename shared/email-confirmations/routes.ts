/**
 * What this capability deploys, declared once: each function with the HTTP route, events,
 * schedule or AWS events that start it. shared/routing.ts gathers every capability's
 * declarations for the CDK stack, the local runtime, the OpenAPI document and the access matrix;
 * a handler is built from its own declaration (name, access, schemas). Plain data: no handler
 * code, no AWS client, so the stack and the docs read it without loading a function.
 */
import type { RouteDeclaration, SubscriptionDeclaration } from '../platform/declarations.ts';
import { EmailAddressConfirmed, EmailAddressTyped } from '../event-catalogue.ts';
import { EmailConfirmation, EmailConfirmationParams } from './contract.ts';

export const confirmEmailAddress = {
  function: {
    name: 'confirmEmailAddress',
    entry: 'functions/email-confirmations/confirm-email-address.ts',
    purpose: 'the owner of a typed email address confirms it',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/email-confirmations/{token}',
  access: 'public',
  summary: 'Confirm a typed email address with the code sent to it (its held emails are then delivered)',
  contract: {
    params: EmailConfirmationParams,
    success: {
      status: 200,
      description: 'The address is confirmed (a used code answers the same again)',
      schema: EmailConfirmation,
    },
    problems: [404, 410, 422],
  },
} as const satisfies RouteDeclaration;

export const requestEmailConfirmation = {
  function: {
    name: 'requestEmailConfirmation',
    entry: 'functions/email-confirmations/request-email-confirmation.ts',
    purpose: 'On EmailAddressTyped: send the owner of a typed address its one confirmation code',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  consumes: [EmailAddressTyped],
} as const satisfies SubscriptionDeclaration;

export const releaseHeldNotifications = {
  function: {
    name: 'releaseHeldNotifications',
    entry: 'functions/email-confirmations/release-held-notifications.ts',
    purpose: 'On EmailAddressConfirmed: queue again the notifications held for the address',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  consumes: [EmailAddressConfirmed],
} as const satisfies SubscriptionDeclaration;

export const routes = [confirmEmailAddress] as const;
export const subscriptions = [requestEmailConfirmation, releaseHeldNotifications] as const;
