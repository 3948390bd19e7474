/**
 * What this capability deploys, declared once: each function with the HTTP route, events,
 * schedule or AWS events that start it. shared/routing.ts gathers every capability's
 * declarations for the CDK stack, the local runtime, the OpenAPI document and the access matrix;
 * a handler is built from its own declaration (name, access, schemas). Plain data: no handler
 * code, no AWS client, so the stack and the docs read it without loading a function.
 */
import type { RouteDeclaration, SubscriptionDeclaration, AwsEventDeclaration, ScheduleDeclaration } from '../platform/declarations.ts';
import { MUNICIPAL_ROLES, STAFF_ROLES } from '../platform/auth/principal.ts';
import { NotificationQueued } from '../event-catalogue.ts';
import {
  ListNotificationsQuery,
  MailPreferencesChange,
  MailPreferencesView,
  Notification,
  NotificationList,
  NotificationParams,
  UnsubscribePage,
  Unsubscribed,
  UnsubscribeParams,
} from './contract.ts';

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

/** Every person with a login: the preferences are the caller's own (principal.personId). */
const anyPerson = [...STAFF_ROLES, ...MUNICIPAL_ROLES] as const;

export const getMailPreferences = {
  function: {
    name: 'getMailPreferences',
    entry: 'functions/notifications/get-mail-preferences.ts',
    purpose: "the caller's choices for optional mail",
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/people/me/mail-preferences',
  access: anyPerson,
  summary: 'My choices for optional mail: per category immediate, a daily digest, or off (mandatory mail is always sent)',
  contract: {
    success: { status: 200, description: 'Every category with its delivery (immediate when never chosen)', schema: MailPreferencesView },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const updateMailPreferences = {
  function: {
    name: 'updateMailPreferences',
    entry: 'functions/notifications/update-mail-preferences.ts',
    purpose: "change the caller's choices for optional mail",
    grants: ['table:read', 'table:write'],
  },
  method: 'PUT',
  path: '/people/me/mail-preferences',
  access: anyPerson,
  summary: 'Change my choices for optional mail (the categories named; the others stay)',
  contract: {
    body: MailPreferencesChange,
    success: { status: 200, description: 'The choices now', schema: MailPreferencesView },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const unsubscribeByLink = {
  function: {
    name: 'unsubscribeByLink',
    entry: 'functions/notifications/unsubscribe-by-link.ts',
    purpose: 'RFC 8058 one-click unsubscribe: the link of an optional mail turns its category off',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/mail-preferences/unsubscribe/{token}',
  access: 'public',
  summary: 'One-click unsubscribe (RFC 8058): the mail client posts `List-Unsubscribe=One-Click` (any body is ignored); the category is off, mandatory mail still comes',
  contract: {
    params: UnsubscribeParams,
    success: { status: 200, description: 'Unsubscribed (the same again for a repeated click)', schema: Unsubscribed },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const showUnsubscribePage = {
  function: {
    name: 'showUnsubscribePage',
    entry: 'functions/notifications/show-unsubscribe-page.ts',
    purpose: 'the page an unsubscribe link opens in a browser: what it turns off, and the button',
    grants: ['table:read'],
  },
  method: 'GET',
  path: '/mail-preferences/unsubscribe/{token}',
  access: 'public',
  summary: 'The page of an unsubscribe link (bokmål and nynorsk): opening it changes nothing, its button posts the one click',
  contract: {
    params: UnsubscribeParams,
    success: { status: 200, description: 'The page', schema: UnsubscribePage, mediaType: 'text/html' },
    problems: [404],
  },
} as const satisfies RouteDeclaration;

export const dailyMailDigestSchedule = {
  function: {
    name: 'sendDailyMailDigests',
    entry: 'functions/notifications/send-daily-mail-digests.ts',
    purpose: 'Every morning: one digest per address of the optional mail held for it',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 120,
    reservedConcurrency: 1,
  },
  name: 'daily-mail-digest',
  cron: { minute: '30', hour: '5' },
  description: 'Daily at 05:30 UTC: each address’s held optional mail as one digest (once per address and day)',
} as const satisfies ScheduleDeclaration;

export const routes = [listNotifications, retryNotification, getMailPreferences, updateMailPreferences, unsubscribeByLink, showUnsubscribePage] as const;
export const subscriptions = [deliverNotification] as const;
export const schedules = [dailyMailDigestSchedule] as const;
export const awsEvents = [recordEmailFeedback] as const;
