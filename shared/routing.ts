/**
 * The routing table: which function serves which HTTP route, which event and which schedule.
 *
 * It is the single source both for the CDK stack (API routes, EventBridge rules, schedules,
 * IAM grants) and for the local runtime (gateway, event pipeline, clock). It is plain data on
 * purpose: handlers import it to learn their own access rules without pulling in anything else.
 */
import type { EventType } from './contracts/events.ts';
import type { Role } from './auth/principal.ts';

/**
 * What a function may touch in AWS. The stack turns each grant into a least-privilege policy.
 * `table:idempotency` is read/write on the idempotency partition only (IAM LeadingKeys).
 */
export type Grant = 'table:read' | 'table:write' | 'table:idempotency' | 'events:publish' | 'mail:send';

export interface FunctionSpec {
  /** Module (relative to the repository root) that exports `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly grants: readonly Grant[];
  /** Seconds; defaults to 10. */
  readonly timeoutSeconds?: number;
  readonly memoryMb?: number;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRoute {
  readonly method: HttpMethod;
  /** API Gateway path syntax: `/applications/{id}`. */
  readonly path: string;
  readonly function: FunctionName;
  /** Who may call it. `public` skips the JWT authorizer (used only for the API description). */
  readonly access: 'public' | readonly Role[];
  readonly summary: string;
}

export interface EventSubscription {
  readonly event: EventType;
  readonly function: FunctionName;
}

/** A subset of EventBridge cron fields, so the local clock can evaluate it exactly. */
export interface CronSpec {
  readonly minute: string;
  readonly hour: string;
  /** `*` or comma separated ISO weekdays (MON..SUN). Defaults to every day. */
  readonly weekDay?: string;
}

export interface ScheduleSpec {
  readonly name: string;
  readonly function: FunctionName;
  /** Evaluated in UTC, as EventBridge does. */
  readonly cron: CronSpec;
  readonly description: string;
}

export const functions = {
  submitApplication: {
    entry: 'functions/applications/submit-application.ts',
    description: 'POST /applications: a municipality submits its application to join the programme',
    grants: ['table:read', 'table:write'],
  },
  getApplication: {
    entry: 'functions/applications/get-application.ts',
    description: 'GET /applications/{id}: read one application',
    grants: ['table:read'],
  },
  getOpenApiDocument: {
    entry: 'functions/openapi/get-openapi-document.ts',
    description: 'GET /openapi.json: the API description, generated from the zod contracts',
    grants: [],
  },
  sendApplicationReceipt: {
    entry: 'functions/applications/send-application-receipt.ts',
    description: 'On ApplicationSubmitted: email a receipt to the project leader',
    grants: ['table:idempotency', 'mail:send'],
  },
  notifySecretariatOfApplication: {
    entry: 'functions/applications/notify-secretariat-of-application.ts',
    description: 'On ApplicationSubmitted: tell the secretariat a new application has arrived',
    grants: ['table:idempotency', 'mail:send'],
  },
  sendDailyApplicationDigest: {
    entry: 'functions/applications/send-daily-application-digest.ts',
    description: 'Every morning: email the secretariat the applications received the day before',
    grants: ['table:read', 'table:idempotency', 'mail:send'],
    timeoutSeconds: 60,
  },
  publishOutboxEvents: {
    entry: 'functions/outbox/publish-outbox-events.ts',
    description: 'Table stream → EventBridge: publishes outbox items as domain events',
    grants: ['events:publish'],
    timeoutSeconds: 30,
  },
} as const satisfies Record<string, FunctionSpec>;

export type FunctionName = keyof typeof functions;

export const httpRoutes = [
  {
    method: 'POST',
    path: '/applications',
    function: 'submitApplication',
    access: ['municipality'],
    summary: 'Submit an application to join the programme',
  },
  {
    method: 'GET',
    path: '/applications/{id}',
    function: 'getApplication',
    access: ['municipality', 'advisor', 'secretariat'],
    summary: 'Read an application (a municipality sees only its own)',
  },
  {
    method: 'GET',
    path: '/openapi.json',
    function: 'getOpenApiDocument',
    access: 'public',
    summary: 'The OpenAPI 3.1 description of this API',
  },
] as const satisfies readonly HttpRoute[];

export const eventSubscriptions = [
  { event: 'ApplicationSubmitted', function: 'sendApplicationReceipt' },
  { event: 'ApplicationSubmitted', function: 'notifySecretariatOfApplication' },
] as const satisfies readonly EventSubscription[];

export const schedules = [
  {
    name: 'daily-application-digest',
    function: 'sendDailyApplicationDigest',
    cron: { minute: '0', hour: '5' },
    description: 'Daily at 05:00 UTC (06:00/07:00 in Norway): yesterday’s applications to the secretariat',
  },
] as const satisfies readonly ScheduleSpec[];

/** The function that consumes the table stream. It is not routed by event type. */
export const streamConsumer: FunctionName = 'publishOutboxEvents';

/** The route a function serves; throws for functions that serve none (a wiring mistake). */
export function routeOf(name: FunctionName): HttpRoute {
  const route = httpRoutes.find((r) => r.function === name);
  if (!route) throw new Error(`Function ${name} serves no HTTP route`);
  return route;
}

/** The functions subscribed to an event type, in table order. */
export function subscribersOf(event: EventType): FunctionName[] {
  return eventSubscriptions.filter((s) => s.event === event).map((s) => s.function);
}
