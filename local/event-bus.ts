/**
 * The local EventBridge bus: accepts PutEvents entries and delivers each to the functions the
 * routing table subscribes to its detail-type, asynchronously, with retries and a dead-letter
 * store, as the stack's rules (one per subscription, each with a DLQ) do in AWS. Emits `put`
 * with each event it accepts, for tools that follow events through the pipeline (bench/latency.ts).
 */
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { PutEventsRequestEntry, PutEventsResultEntry } from '@aws-sdk/client-eventbridge';
import { isEventType } from '#shared/event-catalogue.ts';
import { awsSubscribersOf, subscribersOf, type FunctionName } from '#shared/routing.ts';
import type { DeadLetterStore } from './dead-letters.ts';
import type { LambdaRuntime } from './lambda-runtime.ts';
import { describeError, withRetries, type RetryPolicy } from './retry.ts';
import { LOCAL_REGION } from './environment.ts';
import { EVENT_SOURCE } from '#shared/platform/config.ts';
import { atPath, LocalEventBridgeRules, PROGRAMME_BUS, type ResolvedTarget } from './event-bridge-rules.ts';

/** EventBridge waits this long for an API destination's answer. */
const API_DESTINATION_TIMEOUT_MS = 5_000;
/** The statuses EventBridge retries for an API destination (besides network errors); any other failure goes to the dead letters at once. */
const RETRIED_STATUSES = new Set([401, 407, 409, 429]);

export type PipelineLog = (line: string) => void;

/** An event as the bus hands it to its subscribers. */
export interface BusEvent {
  readonly id: string;
  readonly 'detail-type'?: string;
  readonly detail?: unknown;
}

export class LocalEventBus extends EventEmitter<{ put: [BusEvent] }> {
  readonly #inFlight = new Set<Promise<void>>();
  readonly #runtime: LambdaRuntime;
  readonly #deadLetters: DeadLetterStore;
  readonly #retry: RetryPolicy;
  readonly #log: PipelineLog;
  /** Test hook: how many upcoming entries PutEvents should reject (as EventBridge sometimes does). */
  rejectNextEntries = 0;
  delivered = 0;
  /** Deliveries finished either way (delivered or dead-lettered). */
  finished = 0;
  /** Every event delivered successfully, with its function, for tests that replay them. */
  readonly history: { functionName: FunctionName; event: { id: string; 'detail-type'?: string } }[] = [];
  /** The rules, connections and API destinations provisioned through the EventBridge API (the webhooks'). */
  readonly rules = new LocalEventBridgeRules();
  /** Every HTTP attempt at an API destination: where, and the status (0: no answer). */
  readonly httpAttempts: { endpoint: string; rule: string; status: number }[] = [];

  constructor(runtime: LambdaRuntime, deadLetters: DeadLetterStore, retry: RetryPolicy, log: PipelineLog) {
    super();
    this.#runtime = runtime;
    this.#deadLetters = deadLetters;
    this.#retry = retry;
    this.#log = log;
  }

  putEvents(entries: readonly PutEventsRequestEntry[]): PutEventsResultEntry[] {
    return entries.map((entry) => {
      if (this.rejectNextEntries > 0) {
        this.rejectNextEntries--;
        return { ErrorCode: 'InternalFailure', ErrorMessage: 'Injected failure (local test hook)' };
      }
      if (!entry.DetailType || !entry.Source || !entry.Detail) {
        return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Source, DetailType and Detail are required' };
      }
      const id = randomUUID();
      const event = {
        version: '0',
        id,
        'detail-type': entry.DetailType,
        source: entry.Source,
        account: '000000000000',
        time: eventTime(entry.Time),
        region: LOCAL_REGION,
        resources: entry.Resources ?? [],
        detail: JSON.parse(entry.Detail) as unknown,
      };
      // The programme's events by detail-type; AWS services' events (SES feedback) by source and detail-type.
      const subscribers = entry.Source === EVENT_SOURCE ? (isEventType(entry.DetailType) ? subscribersOf(entry.DetailType) : []) : awsSubscribersOf(entry.Source, entry.DetailType);
      this.emit('put', event);
      // Rules made through the EventBridge API (the webhooks'): their API destination targets.
      const targets = this.rules.targetsFor(PROGRAMME_BUS, event);
      if (subscribers.length === 0 && targets.length === 0) this.#log(`event ${entry.DetailType} has no subscribers`);
      for (const functionName of subscribers) this.deliver(functionName, event, `${entry.DetailType} → ${functionName}`);
      for (const target of targets) this.deliverToApiDestination(target, event);
      return { EventId: id };
    });
  }

  /** Invokes a function asynchronously with retries; the final failure goes to the dead letters. */
  deliver(functionName: FunctionName, event: { id: string; 'detail-type'?: string }, label: string): void {
    const delivery = withRetries(this.#retry, async (attempt) => {
      try {
        await this.#runtime.invoke(functionName, event);
      } catch (error) {
        this.#log(`✗ ${label} failed (attempt ${attempt}/${this.#retry.attempts}): ${describeError(error)}`);
        throw error;
      }
    })
      .then(() => {
        this.delivered++;
        if (this.history.length < 10_000) this.history.push({ functionName, event });
        this.#log(`✓ ${label}`);
      })
      .catch((error: unknown) => {
        this.#deadLetters.put({
          id: event.id,
          target: functionName,
          failedAt: new Date().toISOString(),
          attempts: this.#retry.attempts,
          error: describeError(error),
          payload: event,
        });
        this.#log(`☠ ${label} dead-lettered after ${this.#retry.attempts} attempts`);
      })
      .finally(() => {
        this.finished++;
        this.#inFlight.delete(delivery);
      });
    this.#inFlight.add(delivery);
  }

  /**
   * As EventBridge sends to an API destination: POST to the endpoint with the target's header
   * parameters (a `$.` value is a path into the event), the connection's API key header, and
   * the InputPath's value serialized as compact JSON; retried (the target's RetryPolicy, with
   * doubling delays from the stack's retry policy) on network errors, 401/407/409/429 and 5xx,
   * then dead-lettered with EventBridge's attributes to the target's DeadLetterConfig.
   */
  deliverToApiDestination(resolved: ResolvedTarget, event: { id: string; 'detail-type'?: string }): void {
    const { target } = resolved;
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Amazon/EventBridge/ApiDestinations' };
    for (const [name, value] of Object.entries(target.HttpParameters?.HeaderParameters ?? {})) {
      const resolvedValue = value.startsWith('$.') ? atPath(event, value) : value;
      if (resolvedValue !== undefined) headers[name.toLowerCase()] = String(resolvedValue);
    }
    headers[resolved.connection.apiKeyName.toLowerCase()] = resolved.connection.apiKeyValue;
    const body = JSON.stringify(target.InputPath ? atPath(event, target.InputPath) : event);
    const attempts = 1 + (target.RetryPolicy?.MaximumRetryAttempts ?? 185);
    const deadline = Date.now() + (target.RetryPolicy?.MaximumEventAgeInSeconds ?? 86_400) * 1000;
    const label = `${event['detail-type']} → ${resolved.rule.name} (${resolved.endpoint})`;
    let made = 0;
    let lastError = '';
    const delivery = (async () => {
      for (let attempt = 1; attempt <= attempts && Date.now() <= deadline; attempt++) {
        made = attempt;
        let status = 0;
        try {
          const response = await fetch(resolved.endpoint, { method: resolved.method, headers, body, signal: AbortSignal.timeout(API_DESTINATION_TIMEOUT_MS) });
          status = response.status;
          await response.arrayBuffer().catch(() => undefined);
          this.httpAttempts.push({ endpoint: resolved.endpoint, rule: resolved.rule.name, status });
          if (status >= 200 && status < 300) return true;
          lastError = `Unable to invoke ApiDestination endpoint: API destination endpoint returned HTTP status ${status}.`;
          if (!(status >= 500 || RETRIED_STATUSES.has(status))) return false;
        } catch (error) {
          this.httpAttempts.push({ endpoint: resolved.endpoint, rule: resolved.rule.name, status: 0 });
          lastError = `Unable to invoke ApiDestination endpoint: ${describeError(error)}`;
        }
        this.#log(`✗ ${label} failed (attempt ${attempt}/${attempts}): ${lastError}`);
        if (attempt < attempts) await new Promise((r) => setTimeout(r, this.#retry.initialDelayMs * 2 ** (attempt - 1)));
      }
      return false;
    })()
      .then((ok) => {
        if (ok) {
          this.delivered++;
          this.#log(`✓ ${label}`);
          return;
        }
        const queue = target.DeadLetterConfig?.Arn?.split(':').at(-1);
        if (!queue) {
          this.#log(`✗ ${label} dropped: no dead-letter queue`);
          return;
        }
        this.#deadLetters.put({
          id: event.id,
          target: queue,
          failedAt: new Date().toISOString(),
          attempts: made,
          error: lastError,
          payload: event,
          attributes: { RULE_ARN: resolved.rule.arn, TARGET_ARN: target.Arn, ERROR_CODE: 'SDK_CLIENT_ERROR', ERROR_MESSAGE: lastError, RETRY_ATTEMPTS: String(Math.max(0, made - 1)) },
        });
        this.#log(`☠ ${label} dead-lettered after ${made} attempts`);
      })
      .finally(() => {
        this.finished++;
        this.#inFlight.delete(delivery);
      });
    this.#inFlight.add(delivery);
  }

  /** Resolves when no delivery is in flight. */
  async idle(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }
}

/**
 * EventBridge's `time`: the entry's Time or now, ISO-8601 to the second. Over the wire (JSON 1.1)
 * the SDK sends Time as epoch seconds, so a number here is seconds, not milliseconds; a Date
 * (callers in this process) or an ISO string is taken as it is.
 */
export function eventTime(time: Date | number | string | undefined, now = new Date()): string {
  const date = time === undefined ? now : typeof time === 'number' ? new Date(time * 1000) : new Date(time);
  return (Number.isNaN(date.getTime()) ? now : date).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
