/**
 * The local stand-in for the EventBridge resources the webhooks provision at run time:
 * connections (API_KEY auth), API destinations and rules on the programme bus with their targets
 * (API destination targets: InputPath, HttpParameters.HeaderParameters from $.detail paths or
 * constants, RetryPolicy, DeadLetterConfig). It answers the same API calls as EventBridge
 * (CreateConnection, DescribeConnection, DeleteConnection, CreateApiDestination,
 * DescribeApiDestination, UpdateApiDestination, DeleteApiDestination, PutRule, DeleteRule,
 * PutTargets, RemoveTargets, ListRules) with EventBridge's errors, and tells the local bus
 * which targets an event matches (`targetsFor`). One deliberate difference: an endpoint may be
 * http:// on a loopback address (the tests' receivers); EventBridge accepts only https.
 */
import { randomUUID } from 'node:crypto';
import { LOCAL_REGION, LOCAL_SETTINGS } from './environment.ts';

const ACCOUNT = '000000000000';
const arn = (kind: string, name: string) => `arn:aws:events:${LOCAL_REGION}:${ACCOUNT}:${kind}/${name}`;

export class EventBridgeError extends Error {
  readonly type: string;
  constructor(type: string, message: string) {
    super(message);
    this.type = type;
  }
}

interface Connection {
  readonly name: string;
  readonly arn: string;
  readonly apiKeyName: string;
  readonly apiKeyValue: string;
}

interface ApiDestination {
  readonly name: string;
  readonly arn: string;
  connectionArn: string;
  endpoint: string;
  method: string;
}

export interface ApiDestinationTarget {
  readonly Id: string;
  readonly Arn: string;
  readonly RoleArn?: string;
  readonly InputPath?: string;
  readonly HttpParameters?: { readonly HeaderParameters?: Record<string, string> };
  readonly RetryPolicy?: { readonly MaximumRetryAttempts?: number; readonly MaximumEventAgeInSeconds?: number };
  readonly DeadLetterConfig?: { readonly Arn?: string };
}

interface Rule {
  readonly name: string;
  readonly arn: string;
  readonly bus: string;
  pattern: Pattern;
  enabled: boolean;
  readonly targets: Map<string, ApiDestinationTarget>;
}

/** The subset of event patterns the programme's rules use: exact values (lists), nested objects. */
type Pattern = { readonly [key: string]: readonly unknown[] | Pattern };

/** What the bus needs to deliver to one matched target. */
export interface ResolvedTarget {
  readonly rule: { readonly name: string; readonly arn: string };
  readonly target: ApiDestinationTarget;
  readonly endpoint: string;
  readonly method: string;
  readonly connection: Connection;
}

export class LocalEventBridgeRules {
  readonly #connections = new Map<string, Connection>();
  readonly #destinations = new Map<string, ApiDestination>();
  readonly #rules = new Map<string, Rule>();

  /** Answers one EventBridge API call (the X-Amz-Target's operation); throws EventBridgeError as EventBridge answers 400. */
  handle(operation: string, input: Record<string, unknown>): unknown {
    const name = String(input.Name ?? '');
    switch (operation) {
      case 'CreateConnection': {
        if (this.#connections.has(name)) throw new EventBridgeError('ResourceAlreadyExistsException', `Connection ${name} already exists.`);
        const auth = (input.AuthParameters as { ApiKeyAuthParameters?: { ApiKeyName?: string; ApiKeyValue?: string } } | undefined)?.ApiKeyAuthParameters;
        if (input.AuthorizationType !== 'API_KEY' || !auth?.ApiKeyName || !auth.ApiKeyValue) throw new EventBridgeError('ValidationException', 'Only API_KEY connections with ApiKeyName and ApiKeyValue are emulated');
        const connection = { name, arn: arn('connection', `${name}/${randomUUID()}`), apiKeyName: auth.ApiKeyName, apiKeyValue: auth.ApiKeyValue };
        this.#connections.set(name, connection);
        return { ConnectionArn: connection.arn, ConnectionState: 'AUTHORIZED' };
      }
      case 'DescribeConnection':
        return { ConnectionArn: this.#connection(name).arn, Name: name, ConnectionState: 'AUTHORIZED', AuthorizationType: 'API_KEY' };
      case 'DeleteConnection': {
        const connection = this.#connection(name);
        if ([...this.#destinations.values()].some((d) => d.connectionArn === connection.arn)) throw new EventBridgeError('ConcurrentModificationException', `Connection ${name} is used by an API destination`);
        this.#connections.delete(name);
        return { ConnectionArn: connection.arn, ConnectionState: 'DELETING' };
      }
      case 'CreateApiDestination':
      case 'UpdateApiDestination': {
        const exists = this.#destinations.get(name);
        if (operation === 'CreateApiDestination' && exists) throw new EventBridgeError('ResourceAlreadyExistsException', `ApiDestination ${name} already exists.`);
        if (operation === 'UpdateApiDestination' && !exists) throw new EventBridgeError('ResourceNotFoundException', `ApiDestination ${name} does not exist.`);
        const connectionArn = String(input.ConnectionArn ?? exists?.connectionArn ?? '');
        if (![...this.#connections.values()].some((c) => c.arn === connectionArn)) throw new EventBridgeError('ResourceNotFoundException', `Connection ${connectionArn} does not exist.`);
        const endpoint = String(input.InvocationEndpoint ?? exists?.endpoint ?? '');
        if (!allowedEndpoint(endpoint)) throw new EventBridgeError('ValidationException', `InvocationEndpoint must be an https URL (locally also http://127.0.0.1): ${endpoint}`);
        const destination = exists ?? { name, arn: arn('api-destination', `${name}/${randomUUID()}`), connectionArn, endpoint, method: 'POST' };
        Object.assign(destination, { connectionArn, endpoint, method: String(input.HttpMethod ?? destination.method) });
        this.#destinations.set(name, destination);
        return { ApiDestinationArn: destination.arn, ApiDestinationState: 'ACTIVE' };
      }
      case 'DescribeApiDestination': {
        const destination = this.#destination(name);
        return { ApiDestinationArn: destination.arn, Name: name, ConnectionArn: destination.connectionArn, InvocationEndpoint: destination.endpoint, HttpMethod: destination.method, ApiDestinationState: 'ACTIVE' };
      }
      case 'DeleteApiDestination':
        this.#destination(name);
        this.#destinations.delete(name);
        return {};
      case 'PutRule': {
        const bus = busOf(input);
        const pattern = JSON.parse(String(input.EventPattern ?? 'null')) as Pattern | null;
        if (!pattern || typeof pattern !== 'object') throw new EventBridgeError('InvalidEventPatternException', 'Event pattern is not valid.');
        const rule = this.#rules.get(`${bus}/${name}`) ?? { name, arn: arn('rule', `${bus}/${name}`), bus, pattern, enabled: true, targets: new Map() };
        rule.pattern = pattern;
        rule.enabled = input.State !== 'DISABLED';
        this.#rules.set(`${bus}/${name}`, rule);
        return { RuleArn: rule.arn };
      }
      case 'DeleteRule': {
        const rule = this.#rule(name, busOf(input));
        if (rule.targets.size > 0) throw new EventBridgeError('ValidationException', 'Rule can\'t be deleted since it has targets.');
        this.#rules.delete(`${rule.bus}/${name}`);
        return {};
      }
      case 'PutTargets': {
        const rule = this.#rule(String(input.Rule ?? ''), busOf(input));
        for (const target of (input.Targets as ApiDestinationTarget[] | undefined) ?? []) {
          if (![...this.#destinations.values()].some((d) => d.arn === target.Arn)) throw new EventBridgeError('ValidationException', `Only API destination targets are emulated; ${target.Arn} is none`);
          if (!target.RoleArn) throw new EventBridgeError('ValidationException', 'RoleArn is required for an API destination target');
          rule.targets.set(target.Id, target);
        }
        return { FailedEntryCount: 0, FailedEntries: [] };
      }
      case 'RemoveTargets': {
        const rule = this.#rule(String(input.Rule ?? ''), busOf(input));
        for (const id of (input.Ids as string[] | undefined) ?? []) rule.targets.delete(id);
        return { FailedEntryCount: 0, FailedEntries: [] };
      }
      case 'ListRules':
        return { Rules: [...this.#rules.values()].filter((r) => r.bus === busOf(input) && r.name.startsWith(String(input.NamePrefix ?? ''))).map((r) => ({ Name: r.name, Arn: r.arn, EventPattern: JSON.stringify(r.pattern), State: r.enabled ? 'ENABLED' : 'DISABLED', EventBusName: r.bus })) };
      default:
        throw new EventBridgeError('UnknownOperationException', `Not emulated locally: AWSEvents.${operation}`);
    }
  }

  /** The API destination targets of the enabled rules of `bus` whose pattern matches the event. */
  targetsFor(bus: string, event: Record<string, unknown>): ResolvedTarget[] {
    const matched: ResolvedTarget[] = [];
    for (const rule of this.#rules.values()) {
      if (rule.bus !== bus || !rule.enabled || !matches(rule.pattern, event)) continue;
      for (const target of rule.targets.values()) {
        const destination = [...this.#destinations.values()].find((d) => d.arn === target.Arn);
        const connection = destination && [...this.#connections.values()].find((c) => c.arn === destination.connectionArn);
        if (destination && connection) matched.push({ rule: { name: rule.name, arn: rule.arn }, target, endpoint: destination.endpoint, method: destination.method, connection });
      }
    }
    return matched;
  }

  /** How many rules exist (tests: provisioned and removed). */
  get ruleNames(): string[] {
    return [...this.#rules.values()].map((r) => r.name);
  }

  #connection(name: string): Connection {
    const connection = this.#connections.get(name);
    if (!connection) throw new EventBridgeError('ResourceNotFoundException', `Failed to describe the connection(s). Connection '${name}' does not exist.`);
    return connection;
  }

  #destination(name: string): ApiDestination {
    const destination = this.#destinations.get(name);
    if (!destination) throw new EventBridgeError('ResourceNotFoundException', `Failed to describe the api-destination(s). An api-destination '${name}' does not exist.`);
    return destination;
  }

  #rule(name: string, bus: string): Rule {
    const rule = this.#rules.get(`${bus}/${name}`);
    if (!rule) throw new EventBridgeError('ResourceNotFoundException', `Rule ${name} does not exist on EventBus ${bus}.`);
    return rule;
  }
}

function busOf(input: Record<string, unknown>): string {
  return String(input.EventBusName ?? 'default');
}

function allowedEndpoint(endpoint: string): boolean {
  try {
    const url = new URL(endpoint);
    return url.protocol === 'https:' || (url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === '[::1]' || url.hostname === 'localhost'));
  } catch {
    return false;
  }
}

/** EventBridge's matching for exact values: every key of the pattern must match; a list matches if the value (or one of an array's) is in it. */
export function matches(pattern: Pattern, value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(pattern).every(([key, expected]) => {
    const actual = (value as Record<string, unknown>)[key];
    if (Array.isArray(expected)) return (Array.isArray(actual) ? actual : [actual]).some((a) => expected.includes(a));
    return matches(expected as Pattern, actual);
  });
}

/** A value at an EventBridge JSON path of the subset the targets use: `$.a.b.c`; undefined when absent. */
export function atPath(event: unknown, path: string): unknown {
  if (path === '$') return event;
  if (!path.startsWith('$.')) return undefined;
  let current: unknown = event;
  for (const key of path.slice(2).split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export const PROGRAMME_BUS = LOCAL_SETTINGS.eventBusName;
