/**
 * What the webhooks capability deploys, declared once: the registration routes, the fan-out of
 * domain events to deliveries, the provisioning of each registration's delivery on the bus, and
 * the schedule that reads the dead letters. Plain data (see shared/absence/routes.ts).
 */
import { PROJECT_LEADER, allow } from '../platform/auth/principal.ts';
import type { RouteDeclaration, ScheduleDeclaration, SubscriptionDeclaration } from '../platform/declarations.ts';
import { WebhookDeleted, WebhookRegistered } from '../event-catalogue.ts';
import { WEBHOOK_SOURCE_EVENTS } from './event-types.ts';
import {
  ListWebhooksQuery,
  RegisterWebhookRequest,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookDeliveryParams,
  WebhookParams,
  WebhookRegistration,
  WebhookRegistrationList,
  WebhookRegistrationWithSecret,
} from './contract.ts';

/** A municipality's project leader and its systems with the webhooks scope, and the secretariat. */
const MANAGERS = /* @__PURE__ */ allow(PROJECT_LEADER, 'kvalitetskommune:webhooks.manage', 'secretariat');

export const registerWebhook = {
  function: {
    name: 'registerWebhook',
    entry: 'functions/webhooks/register-webhook.ts',
    purpose: 'a municipality (or the secretariat) registers an HTTPS endpoint for chosen event types; answers the signing secret once',
    grants: ['table:read', 'table:write', 'table:idempotency'],
  },
  method: 'POST',
  path: '/webhooks',
  access: MANAGERS,
  summary: 'Register a webhook endpoint (https, public address) for event types about a municipality; the answer carries its whsec_ signing secret, shown only now',
  contract: {
    body: RegisterWebhookRequest,
    success: { status: 201, description: 'Registered; its delivery on the bus is provisioned asynchronously', schema: WebhookRegistrationWithSecret, location: '/webhooks/{id}' },
    problems: [403, 422],
  },
} as const satisfies RouteDeclaration;

export const listWebhooks = {
  function: { name: 'listWebhooks', entry: 'functions/webhooks/list-webhooks.ts', purpose: 'the webhook registrations of a municipality (or the secretariat’s for every municipality)', grants: ['table:read'] },
  method: 'GET',
  path: '/webhooks',
  access: MANAGERS,
  summary: 'Webhook registrations: a municipality’s own; the secretariat’s for one municipality (municipalityNumber) or for every municipality',
  contract: { query: ListWebhooksQuery, success: { status: 200, description: 'The registrations (without secrets)', schema: WebhookRegistrationList }, problems: [] },
} as const satisfies RouteDeclaration;

export const getWebhook = {
  function: { name: 'getWebhook', entry: 'functions/webhooks/get-webhook.ts', purpose: 'one webhook registration (without its secret)', grants: ['table:read'] },
  method: 'GET',
  path: '/webhooks/{id}',
  access: MANAGERS,
  summary: 'One webhook registration (without its secret)',
  contract: { params: WebhookParams, success: { status: 200, description: 'The registration', schema: WebhookRegistration }, problems: [404] },
} as const satisfies RouteDeclaration;

export const deleteWebhook = {
  function: { name: 'deleteWebhook', entry: 'functions/webhooks/delete-webhook.ts', purpose: 'deletes a webhook registration; its delivery on the bus is removed', grants: ['table:read', 'table:write'] },
  method: 'DELETE',
  path: '/webhooks/{id}',
  access: MANAGERS,
  summary: 'Delete a webhook registration: nothing more is delivered to it',
  contract: { params: WebhookParams, success: { status: 200, description: 'Deleted: the registration as it was', schema: WebhookRegistration }, problems: [404, 409] },
} as const satisfies RouteDeclaration;

export const rotateWebhookSecret = {
  function: { name: 'rotateWebhookSecret', entry: 'functions/webhooks/rotate-webhook-secret.ts', purpose: 'a new signing secret for a webhook, shown once', grants: ['table:read', 'table:write', 'table:idempotency'] },
  method: 'POST',
  path: '/webhooks/{id}/secret-rotation',
  access: MANAGERS,
  summary: 'Rotate the signing secret: deliveries signed from now on use the new one (shown only now)',
  contract: { params: WebhookParams, success: { status: 200, description: 'The registration with its new secret', schema: WebhookRegistrationWithSecret }, problems: [404, 409] },
} as const satisfies RouteDeclaration;

export const listWebhookDeliveries = {
  function: { name: 'listWebhookDeliveries', entry: 'functions/webhooks/list-webhook-deliveries.ts', purpose: 'a webhook’s deliveries: status, attempts, last response status', grants: ['table:read'] },
  method: 'GET',
  path: '/webhooks/{id}/deliveries',
  access: MANAGERS,
  summary: 'A webhook’s deliveries, newest first: requested or failed (dead-lettered), the attempts and the endpoint’s last status',
  contract: { params: WebhookParams, success: { status: 200, description: 'The newest deliveries', schema: WebhookDeliveryList }, problems: [404] },
} as const satisfies RouteDeclaration;

export const replayWebhookDelivery = {
  function: { name: 'replayWebhookDelivery', entry: 'functions/webhooks/replay-webhook-delivery.ts', purpose: 'sends a delivery again (same id and body, fresh timestamp and signature)', grants: ['table:read', 'table:write', 'table:idempotency'] },
  method: 'POST',
  path: '/webhooks/{id}/deliveries/{deliveryId}/replay',
  access: MANAGERS,
  summary: 'Replay a delivery: the same webhook-id and body, a fresh timestamp and signature, with the retries of a new delivery',
  contract: { params: WebhookDeliveryParams, success: { status: 202, description: 'Requested again', schema: WebhookDelivery }, problems: [404, 409] },
} as const satisfies RouteDeclaration;

export const fanOutWebhookDeliveries = {
  function: {
    name: 'fanOutWebhookDeliveries',
    entry: 'functions/webhooks/fan-out-webhook-deliveries.ts',
    purpose: 'On a domain event a webhook type maps from: one signed delivery per registration of the municipality it is about (and per every-municipality registration), once',
    grants: ['table:read', 'table:write', 'table:idempotency'],
    timeoutSeconds: 60,
  },
  consumes: WEBHOOK_SOURCE_EVENTS,
} as const satisfies SubscriptionDeclaration;

export const provisionWebhookDelivery = {
  function: {
    name: 'provisionWebhookDelivery',
    entry: 'functions/webhooks/provision-webhook-delivery.ts',
    purpose: 'On WebhookRegistered: the registration’s EventBridge connection, API destination and rule; on WebhookDeleted: removes them',
    grants: ['table:idempotency', 'webhooks:provision'],
    timeoutSeconds: 30,
  },
  consumes: [WebhookRegistered, WebhookDeleted],
} as const satisfies SubscriptionDeclaration;

export const webhookDeadLetterSchedule = {
  function: {
    name: 'recordFailedWebhookDeliveries',
    entry: 'functions/webhooks/record-failed-webhook-deliveries.ts',
    purpose: 'Every five minutes: the webhooks’ dead letters mark their deliveries failed (attempts, last status), then leave the queue',
    grants: ['table:read', 'table:write', 'webhooks:dead-letters'],
    timeoutSeconds: 120,
    reservedConcurrency: 1,
  },
  name: 'webhook-dead-letters',
  cron: { minute: '0,5,10,15,20,25,30,35,40,45,50,55', hour: '*' },
  description: 'Every 5 minutes: webhook deliveries EventBridge dead-lettered after its last retry are marked failed (visible, replayable)',
} as const satisfies ScheduleDeclaration;

export const routes = [registerWebhook, listWebhooks, getWebhook, deleteWebhook, rotateWebhookSecret, listWebhookDeliveries, replayWebhookDelivery] as const;
export const subscriptions = [fanOutWebhookDeliveries, provisionWebhookDelivery] as const;
export const schedules = [webhookDeadLetterSchedule] as const;
