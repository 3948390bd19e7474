/**
 * The shapes in which a capability declares what it deploys (shared/<capability>/routes.ts):
 * each function once, with the HTTP route, events, schedule or AWS events that start it.
 * shared/routing.ts gathers them into the routing table that the CDK stack, the local runtime,
 * the OpenAPI document and the access matrix read; handlers are built from their own
 * declaration (http-handler.ts, events/event-handler.ts), so what a handler validates and what
 * the document says are one object. Types and constants only: no runtime imports.
 */
import type { z } from 'zod';
import type { Actor } from './auth/principal.ts';
import type { EventDefinition } from './events/envelope.ts';

/**
 * What a function may touch in AWS. The stack turns each grant into a least-privilege policy.
 * `table:idempotency` is read/write on the idempotency partition only (IAM LeadingKeys);
 * `dead-letters:manage` reads and deletes the functions' dead-letter queues and invokes them again;
 * `people:manage` creates, disables and signs out the users of the programme's Cognito user pool (Admin* on that pool only).
 */
export type Grant = 'table:read' | 'table:write' | 'table:idempotency' | 'events:publish' | 'mail:send' | 'dead-letters:manage' | 'people:manage' | UploadGrant | ExportGrant | AuditGrant | WebhookGrant;

/**
 * The webhooks' delivery on the bus: `webhooks:provision` creates and deletes the EventBridge
 * connections, API destinations and rules named `<stack>-wh-*` (on the programme bus only) and
 * passes the delivery role to their targets; `webhooks:dead-letters` receives and deletes the
 * webhooks' dead-letter queue's messages.
 */
export type WebhookGrant = 'webhooks:provision' | 'webhooks:dead-letters';

/**
 * The audit table: `audit:write` is PutItem only (a read of one municipality's figures records
 * itself; `table:write` includes it, since every transaction carries its entry), `audit:read`
 * is Query only. No grant can update or delete an entry.
 */
export type AuditGrant = 'audit:write' | 'audit:read';

/**
 * The upload bucket (large files of figures go through S3, not the request): `uploads:put` may
 * write (and so presign a PUT of) upload objects, `uploads:read` may read them. Both only under
 * UPLOAD_OBJECT_PREFIX.
 */
export type UploadGrant = 'uploads:put' | 'uploads:read';

/**
 * Export files in the upload bucket: `exports:write` may write objects under
 * EXPORT_OBJECT_PREFIX (PutObject, and the multipart upload of a large file: the same action,
 * plus AbortMultipartUpload) and read them, so it can presign their GET. Those keys only.
 */
export type ExportGrant = 'exports:write';

/** Routes are limited per class (shared/platform/http/rate-limits.json); a class has its own counter, so uploads do not use up reads. */
export const RATE_LIMIT_CLASSES = ['standard', 'upload'] as const;
export type RateLimitClass = (typeof RATE_LIMIT_CLASSES)[number];

/** What a function gets where its spec says nothing, in AWS and locally alike. */
export const FUNCTION_DEFAULTS = { timeoutSeconds: 10, memoryMb: 512 } as const;

/** API Gateway's HTTP API gives up on a Lambda integration after this (29 s, its maximum) and answers 503 itself. */
export const HTTP_INTEGRATION_TIMEOUT_SECONDS = 29;
/**
 * An HTTP function's timeout stays this far under the integration's, so the function ends (and
 * answers, or is stopped) before API Gateway answers for it: a gateway 503 never hides work that
 * goes on and commits. A test over the routing table and one over the template keep it so.
 */
export const HTTP_TIMEOUT_MARGIN_SECONDS = 4;
/** The longest timeout an HTTP-routed function may have. */
export const HTTP_FUNCTION_MAX_TIMEOUT_SECONDS = HTTP_INTEGRATION_TIMEOUT_SECONDS - HTTP_TIMEOUT_MARGIN_SECONDS;

export interface FunctionSpec<N extends string = string> {
  /** Deployed as `<stack>-<name>`; the key by which logs, idempotency records and dead letters name it. */
  readonly name: N;
  /** Module (relative to the repository root) that exports `handler`. */
  readonly entry: string;
  /** What it does. An HTTP function's description is `<METHOD> <path>: <purpose>`. */
  readonly purpose: string;
  readonly grants: readonly Grant[];
  /** Seconds; defaults to FUNCTION_DEFAULTS. */
  readonly timeoutSeconds?: number;
  /** It queues emails to the secretariat (notify), so it needs SECRETARIAT_EMAIL without the right to send mail itself. */
  readonly mailsSecretariat?: boolean;
  readonly memoryMb?: number;
  /**
   * Concurrent executions reserved for (and capping) this function: a heavy function can neither
   * take the account's whole concurrency from the others nor be starved by them. None: shared pool.
   */
  readonly reservedConcurrency?: number;
  /** Which per-caller limit of shared/platform/http/rate-limits.json an HTTP function counts on; default `standard`. */
  readonly rateLimitClass?: RateLimitClass;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One success status an operation answers, and the schema of its JSON body. */
export interface SuccessResponse {
  readonly status: number;
  readonly description: string;
  readonly schema: z.ZodType;
  /** The body's media type, when not JSON (a page a person opens from a mail: `text/html`). */
  readonly mediaType?: string;
  /** When the answer carries `ETag` and `Cache-Control` (a public, cacheable read): how long it is fresh. */
  readonly cacheable?: string;
  /** The same answer in other media types the caller may ask for (`text/csv`). */
  readonly alsoAs?: readonly { readonly mediaType: string; readonly schema: z.ZodType }[];
  /** The route (path template of a GET in the routing table) its `Location` header names; set when the handler sends one. */
  readonly location?: string;
  /** When the Location header is an absolute URL outside the API (a presigned download): what it is. */
  readonly redirect?: string;
  /** When the handler sends `Retry-After` with it (seconds until it is worth asking again). */
  readonly retryAfter?: string;
}

/** What an operation accepts and answers: the handler validates with these schemas, openapi.ts documents them. */
export interface OperationContract {
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /**
   * `command`: the body is documented by `body` but checked by the command, which knows which
   * variant applies (a report's fields depend on its kind): the middleware only requires a JSON object.
   */
  readonly bodyRefinedBy?: 'command';
  /** The body may also be sent as `text/csv` (the handler passes the CSV reader): what its columns are. */
  readonly csv?: { readonly description: string };
  /** The usual success. */
  readonly success: SuccessResponse;
  /** Other success statuses the operation answers (a repeat, an asynchronous acceptance). */
  readonly alsoSucceeds?: readonly SuccessResponse[];
  /**
   * Error statuses the operation's own rules answer (all problem+json). Those the HTTP stack and
   * the gateway answer (401, 403, 429, 400/413/415/422 for a body, 404 for path parameters,
   * 409/422 for an Idempotency-Key, 500, 503) are derived from the route in openapi.ts.
   */
  readonly problems: readonly number[];
}

/** A function behind one HTTP route. */
export interface RouteDeclaration<N extends string = string> {
  readonly function: FunctionSpec<N>;
  readonly method: HttpMethod;
  /** API Gateway path syntax: `/applications/{id}`. */
  readonly path: string;
  /**
   * Who may call it: the roles of people (staff and municipal) and the Maskinporten scopes of
   * machine clients. `public` skips the JWT authorizers (the API description, a confirmation
   * link). A route that lists a scope is also served by the machine API (infra/constructs/http-api.ts),
   * whose JWT authorizer checks the scope before the function runs.
   */
  readonly access: 'public' | readonly Actor[];
  readonly summary: string;
  readonly contract: OperationContract;
}

/**
 * A function started by events of the programme's bus. `consumes` names the definitions of the
 * events (shared/event-catalogue.ts): its handler parses exactly those, and the rules deliver
 * exactly those.
 */
export interface SubscriptionDeclaration<D extends EventDefinition = EventDefinition> {
  readonly function: FunctionSpec;
  readonly consumes: readonly D[];
}

/** A subset of EventBridge cron fields, so the local clock can evaluate it exactly. */
export interface CronSpec {
  readonly minute: string;
  readonly hour: string;
  /** `*` or comma separated ISO weekdays (MON..SUN). Defaults to every day. */
  readonly weekDay?: string;
}

/** A function started on a schedule (evaluated in UTC, as EventBridge does). */
export interface ScheduleDeclaration {
  readonly function: FunctionSpec;
  readonly name: string;
  readonly cron: CronSpec;
  readonly description: string;
}

/**
 * A function started by events AWS services publish on the account's default bus (not the
 * programme's bus, not in the event catalogue): SES's bounces and complaints for the stack's
 * configuration set, or S3's "Object Created" for the upload bucket under `objectKeyPrefix`.
 */
export interface AwsEventDeclaration {
  readonly function: FunctionSpec;
  readonly source: string;
  readonly detailTypes: readonly string[];
  /** S3 only: the key prefix of the upload bucket's objects that start it. */
  readonly objectKeyPrefix?: string;
}

/** The function that consumes the table's stream (the outbox): not routed by event type. */
export interface StreamDeclaration {
  readonly function: FunctionSpec;
  readonly stream: 'outbox';
}

/**
 * The function behind the API's `$default` route: API Gateway sends it every request no route
 * matches (an unknown path, or a known path with another method), so those answers are
 * problem+json like every function's, not the gateway's own `{"message":"Not Found"}`.
 */
export interface FallbackRouteDeclaration {
  readonly function: FunctionSpec;
  readonly answers: 'unmatched-routes';
}

export type Declaration = RouteDeclaration | SubscriptionDeclaration | ScheduleDeclaration | AwsEventDeclaration | StreamDeclaration | FallbackRouteDeclaration;

/** What every capability's routes.ts exports (each list may be empty). */
export interface CapabilityDeclarations {
  readonly routes?: readonly RouteDeclaration[];
  readonly subscriptions?: readonly SubscriptionDeclaration[];
  readonly schedules?: readonly ScheduleDeclaration[];
  readonly awsEvents?: readonly AwsEventDeclaration[];
  readonly streams?: readonly StreamDeclaration[];
  readonly fallbacks?: readonly FallbackRouteDeclaration[];
}
