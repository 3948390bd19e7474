/**
 * What this capability deploys, declared once: each function with the HTTP route, events,
 * schedule or AWS events that start it. shared/routing.ts gathers every capability's
 * declarations for the CDK stack, the local runtime, the OpenAPI document and the access matrix;
 * a handler is built from its own declaration (name, access, schemas). Plain data: no handler
 * code, no AWS client, so the stack and the docs read it without loading a function.
 */
import type { RouteDeclaration, SubscriptionDeclaration, AwsEventDeclaration } from '../platform/declarations.ts';
import { NotificationQueued } from '../event-catalogue.ts';
import { ListNotificationsQuery, Notification, NotificationList, NotificationParams } from './contract.ts';

export const listNotifications = {
  function: {
    name: 'listNotifications',
    entry: 'functions/notifications/list-notifications.ts',
    purpose: 'emails by delivery status (failed ones: the dead letters)',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/notifications',
  access: ['secretariat'],
  summary: 'Emails by delivery status; default the failed ones (after every retry)',
  contract: {
    query: ListNotificationsQuery,
    success: {
      status: 200,
      description: 'Notifications in that status, oldest change first',
      schema: NotificationList,
    },
    problems: [422],
  },
} as const satisfies RouteDeclaration;

export const retryNotification = {
  function: {
    name: 'retryNotification',
    entry: 'functions/notifications/retry-notification.ts',
    purpose: 'send a failed email again',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/notifications/{id}/retry',
  access: ['secretariat'],
  summary: 'Send a failed email again',
  contract: {
    params: NotificationParams,
    success: { status: 202, description: 'Queued again', schema: Notification },
    problems: [404, 409],
  },
} as const satisfies RouteDeclaration;

export const deliverNotification = {
  function: {
    name: 'deliverNotification',
    entry: 'functions/notifications/deliver-notification.ts',
    purpose: 'On NotificationQueued: send the stored email (SES) and record the attempt',
    grants: ['table:read', 'table:write', 'table:idempotency', 'mail:send'],
  },
  consumes: [NotificationQueued],
} as const satisfies SubscriptionDeclaration;

export const recordEmailFeedback = {
  function: {
    name: 'recordEmailFeedback',
    entry: 'functions/notifications/record-email-feedback.ts',
    purpose: 'On an SES bounce or complaint: suppress the address, mark the notification bounced or complained',
    grants: ['table:read', 'table:write'],
  },
  source: 'aws.ses',
  detailTypes: ['Email Bounced', 'Email Complaint Received'],
} as const satisfies AwsEventDeclaration;

export const routes = [listNotifications, retryNotification] as const;
export const subscriptions = [deliverNotification] as const;
export const awsEvents = [recordEmailFeedback] as const;
