/**
 * The routing table: every capability's declarations (shared/<capability>/routes.ts) gathered
 * into which function serves which HTTP route, which event, which schedule and which AWS event.
 *
 * It is the single source both for the CDK stack (API routes, EventBridge rules, schedules,
 * IAM grants) and for the local runtime (gateway, event pipeline, clock), the OpenAPI document
 * and the access matrix. It is plain data, derived here and never written twice; no function
 * imports it at runtime (it holds every schema): a handler is built from its own declaration.
 */
import type { EventType } from './event-catalogue.ts';
import type {
  AwsEventDeclaration,
  CapabilityDeclarations,
  FunctionSpec as DeclaredFunction,
  HttpMethod,
  RouteDeclaration,
  ScheduleDeclaration,
  SubscriptionDeclaration,
} from './platform/declarations.ts';
import { SCOPES, type Actor, type Scope } from './platform/auth/principal.ts';
import * as applications from './applications/routes.ts';
import * as municipalities from './municipalities/routes.ts';
import * as people from './people/routes.ts';
import * as cohorts from './cohorts/routes.ts';
import * as networks from './networks/routes.ts';
import * as gatherings from './gatherings/routes.ts';
import * as overview from './overview/routes.ts';
import * as absence from './absence/routes.ts';
import * as targetStatus from './target-status/routes.ts';
import * as notifications from './notifications/routes.ts';
import * as emailConfirmations from './email-confirmations/routes.ts';
import * as reports from './reports/routes.ts';
import * as projects from './projects/routes.ts';
import * as funds from './funds/routes.ts';
import * as calendarFeeds from './calendar-feeds/routes.ts';
import * as deadLetters from './dead-letters/routes.ts';
import * as audit from './audit/routes.ts';
import * as webhooks from './webhooks/routes.ts';
import * as statistics from './statistics/routes.ts';
import * as programmeSite from './programme-site/routes.ts';
import * as exports from './exports/routes.ts';
import * as apiDescription from './api-description/routes.ts';
import * as platform from './platform/routes.ts';
import { registrationRoutes, registrationSchedules, registrationSubscriptions } from './gatherings/registration-routes.ts';
import { assessmentRoutes } from './applications/assessment-routes.ts';
import { jointApplicationRoutes } from './applications/joint-routes.ts';

/**
 * The gatherings capability: its calendar (routes.ts) and its sign-up and attendance
 * (registration-routes.ts). Joined here, not by a spread in routes.ts: a handler imports its own
 * declaration from one of those files, and a spread there would keep every declaration and its
 * schemas in each bundle.
 */
const gatheringsWithRegistrations = {
  routes: [...gatherings.routes, ...registrationRoutes],
  subscriptions: [...gatherings.subscriptions, ...registrationSubscriptions],
  schedules: registrationSchedules,
} as const;

/**
 * The applications capability: its applications (routes.ts) and the assessment and steering-group
 * meetings (assessment-routes.ts) and the joint applications (joint-routes.ts), joined here for the same reason as the gatherings'.
 */
const applicationsWithAssessment = {
  routes: [...applications.routes, ...assessmentRoutes, ...jointApplicationRoutes],
  subscriptions: applications.subscriptions,
  schedules: applications.schedules,
} as const;

export {
  FUNCTION_DEFAULTS,
  HTTP_FUNCTION_MAX_TIMEOUT_SECONDS,
  HTTP_INTEGRATION_TIMEOUT_SECONDS,
  HTTP_TIMEOUT_MARGIN_SECONDS,
  type CronSpec,
  type Grant,
  type HttpMethod,
  type ExportGrant,
  type UploadGrant,
} from './platform/declarations.ts';
export { UPLOAD_OBJECT_PREFIX } from './absence/contract.ts';
export { EXPORT_OBJECT_DAYS, EXPORT_OBJECT_PREFIX } from './exports/contract.ts';

/** Every capability's declarations, in the order the docs list them. */
export const capabilities = {
  applications: applicationsWithAssessment,
  municipalities,
  people,
  cohorts,
  networks,
  gatherings: gatheringsWithRegistrations,
  overview,
  absence,
  'target-status': targetStatus,
  notifications,
  'email-confirmations': emailConfirmations,
  reports,
  projects,
  funds,
  'calendar-feeds': calendarFeeds,
  exports,
  audit,
  webhooks,
  statistics,
  'programme-site': programmeSite,
  'dead-letters': deadLetters,
  'api-description': apiDescription,
  platform,
} as const;

export type CapabilityName = keyof typeof capabilities;

type Declared = (typeof capabilities)[CapabilityName];
type ListOf<K extends keyof CapabilityDeclarations> = Declared extends infer C ? (C extends { readonly [P in K]: readonly (infer D)[] } ? D : never) : never;
type AllRoutes = ListOf<'routes'>;
type AnyDeclaration = ListOf<'routes'> | ListOf<'subscriptions'> | ListOf<'schedules'> | ListOf<'awsEvents'> | ListOf<'streams'> | ListOf<'fallbacks'>;

/** A deployed function as the stack and the local runtime see it. */
export interface FunctionSpec extends Omit<DeclaredFunction, 'name' | 'purpose'> {
  readonly description: string;
}

export type FunctionName = AnyDeclaration['function']['name'];

const listed = <K extends keyof CapabilityDeclarations>(list: K) =>
  Object.values(capabilities).flatMap((c) => ((c as CapabilityDeclarations)[list] ?? []) as NonNullable<CapabilityDeclarations[K]>[number][]);

const routeDeclarations = listed('routes');
const subscriptionDeclarations = listed('subscriptions');
const scheduleDeclarations = listed('schedules');
const awsEventDeclarations = listed('awsEvents');

/** Which capability each function belongs to (its folder under shared/ and functions/). */
export const capabilityOf = (name: FunctionName): CapabilityName => capabilityByFunction.get(name)!;
const capabilityByFunction = new Map<FunctionName, CapabilityName>();

function describe(spec: DeclaredFunction, route?: RouteDeclaration): FunctionSpec {
  const { name: _name, purpose, ...rest } = spec;
  return { ...rest, description: route ? `${route.method} ${route.path}: ${purpose}` : purpose };
}

/** Every function, by name: one spec however many declarations start it (a name declared twice must be the same object). */
export const functions = (() => {
  const specs = new Map<string, DeclaredFunction>();
  const table: Record<string, FunctionSpec> = {};
  for (const [capability, declared] of Object.entries(capabilities) as [CapabilityName, CapabilityDeclarations][]) {
    const all = [...(declared.routes ?? []), ...(declared.subscriptions ?? []), ...(declared.schedules ?? []), ...(declared.awsEvents ?? []), ...(declared.streams ?? []), ...(declared.fallbacks ?? [])];
    for (const declaration of all) {
      const spec = declaration.function;
      const known = specs.get(spec.name);
      if (known && known !== spec) throw new Error(`${spec.name} is declared twice with different specs: declare its FunctionSpec once and refer to it`);
      if (known) continue;
      specs.set(spec.name, spec);
      capabilityByFunction.set(spec.name as FunctionName, capability);
      table[spec.name] = describe(spec, 'method' in declaration ? declaration : undefined);
    }
  }
  return table as Record<FunctionName, FunctionSpec>;
})();

export interface HttpRoute {
  readonly method: HttpMethod;
  /** API Gateway path syntax: `/applications/{id}`. */
  readonly path: string;
  readonly function: FunctionName;
  /** Who may call it. `public` skips the JWT authorizer (used only for the API description). */
  readonly access: 'public' | readonly Actor[];
  readonly summary: string;
}

/** A declared route as a row of the table: its method, path and function's name (one type per route, so a filter on `method` narrows `function`). */
type RouteRow<R> = R extends RouteDeclaration
  ? { readonly method: R['method']; readonly path: R['path']; readonly function: R['function']['name']; readonly access: R['access']; readonly summary: string }
  : never;

export const httpRoutes = routeDeclarations.map((route) => ({
  method: route.method,
  path: route.path,
  function: route.function.name as FunctionName,
  access: route.access,
  summary: route.summary,
})) as readonly RouteRow<AllRoutes>[];

/**
 * Who calls an HTTP API: people (Cognito tokens, every route) or municipal systems (Maskinporten
 * tokens, every route that is not public). One API each in AWS, one listener each locally: an
 * HTTP API route takes one JWT authorizer, and a JWT authorizer one issuer.
 */
export type ApiAudience = 'people' | 'machine';

/** The routes an API serves: every route for people; for machines every route but the public ones (those are the people API's). */
export function routesOf(audience: ApiAudience): readonly HttpRoute[] {
  const all = httpRoutes as readonly HttpRoute[];
  return audience === 'people' ? all : all.filter((route) => route.access !== 'public');
}

/** The scopes a route's access lists: on the machine API, the token must carry one of them (API Gateway's `authorizationScopes`). */
export function scopesOfRoute(route: Pick<HttpRoute, 'access'>): readonly Scope[] {
  return route.access === 'public' ? [] : route.access.filter((actor): actor is Scope => (SCOPES as readonly string[]).includes(actor));
}

/** The functions that serve an HTTP route. */
export type HttpFunction = AllRoutes['function']['name'];
/** Those serving a POST: commands, which a repeat with the same Idempotency-Key must not run twice. */
export type PostFunction = Extract<AllRoutes, { method: 'POST' }>['function']['name'];

/** What each HTTP function accepts and answers, by function (openapi.ts renders it). */
export const apiContract = Object.fromEntries(routeDeclarations.map((route) => [route.function.name, route.contract])) as { readonly [N in HttpFunction]: Extract<AllRoutes, { readonly function: { readonly name: N } }>['contract'] };

/** The function behind the API's `$default` route (platform/routes.ts). */
export const unmatchedRouteFunction = platform.answerUnmatchedRoute.function.name;

export interface EventSubscription {
  readonly event: EventType;
  readonly function: FunctionName;
}

export const eventSubscriptions: readonly EventSubscription[] = (subscriptionDeclarations as readonly SubscriptionDeclaration[]).flatMap((subscription) =>
  subscription.consumes.map((definition) => ({ event: definition.type as EventType, function: subscription.function.name as FunctionName })),
);

/** Events AWS services publish on the account's default bus (not the programme's bus): SES's bounces and complaints. */
export interface AwsEventSubscription {
  readonly source: string;
  readonly detailTypes: readonly string[];
  readonly function: FunctionName;
}

export const awsEventSubscriptions: readonly AwsEventSubscription[] = (awsEventDeclarations as readonly AwsEventDeclaration[])
  .filter((declaration) => declaration.objectKeyPrefix === undefined)
  .map((declaration) => ({ source: declaration.source, detailTypes: declaration.detailTypes, function: declaration.function.name as FunctionName }));

/** The functions subscribed to an AWS service's event, in table order. */
export function awsSubscribersOf(source: string, detailType: string): FunctionName[] {
  return awsEventSubscriptions.filter((s) => s.source === source && s.detailTypes.includes(detailType)).map((s) => s.function);
}

export interface ScheduleSpec {
  readonly name: string;
  readonly function: FunctionName;
  /** Evaluated in UTC, as EventBridge does. */
  readonly cron: ScheduleDeclaration['cron'];
  readonly description: string;
}

export const schedules: readonly ScheduleSpec[] = scheduleDeclarations.map((schedule) => ({
  name: schedule.name,
  function: schedule.function.name as FunctionName,
  cron: schedule.cron,
  description: schedule.description,
}));

/**
 * Objects created in the upload bucket (S3 → EventBridge "Object Created", the default bus)
 * and the function each prefix starts. Locally the S3 server's events go the same way.
 */
export interface UploadTrigger {
  readonly prefix: string;
  readonly function: FunctionName;
}

export const uploadTriggers: readonly UploadTrigger[] = (awsEventDeclarations as readonly AwsEventDeclaration[])
  .filter((declaration) => declaration.objectKeyPrefix !== undefined)
  .map((declaration) => ({ prefix: declaration.objectKeyPrefix!, function: declaration.function.name as FunctionName }));

/** The function that consumes the table stream. It is not routed by event type. */
export const streamConsumer: FunctionName = platform.publishOutboxEvents.function.name;

/** The route a function serves; throws for functions that serve none (a wiring mistake). */
export function routeOf(name: FunctionName): HttpRoute {
  const route = httpRoutes.find((r) => r.function === name);
  if (!route) throw new Error(`Function ${name} serves no HTTP route`);
  return route;
}

/** The declaration of the route a function serves (what its handler is built from). */
export function routeDeclarationOf(name: FunctionName): RouteDeclaration {
  const route = routeDeclarations.find((r) => r.function.name === name);
  if (!route) throw new Error(`Function ${name} serves no HTTP route`);
  return route;
}

/** The functions subscribed to an event type, in table order. */
export function subscribersOf(event: EventType): FunctionName[] {
  return eventSubscriptions.filter((s) => s.event === event).map((s) => s.function);
}
