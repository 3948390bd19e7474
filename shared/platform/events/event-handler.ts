/**
 * The middy stack every event function uses: structured logging, idempotency keyed on the
 * event id (a redelivered event has its effects once), and the event's schema from the
 * catalogue. Errors are not caught: the invocation fails, EventBridge retries it, and after
 * the last attempt it lands in the rule's dead-letter queue. Nothing is dropped silently.
 */
import middy from '@middy/core';
import { IdempotencyConfig } from '@aws-lambda-powertools/idempotency';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Context, EventBridgeEvent, ScheduledEvent } from 'aws-lambda';
import { parseWith, type EnvelopeOf } from './envelope.ts';
import { logger } from '../logger.ts';
import type { FunctionSpec, ScheduleDeclaration, SubscriptionDeclaration } from '../declarations.ts';
import { withDeclaration } from '../declared.ts';
import { idempotencyStore, idempotentInvocations } from '../idempotency.ts';
import { withAuditContext } from '../audit/actor.ts';
import { systemActor } from '../audit/entry.ts';

export type DomainEventBridgeEvent = EventBridgeEvent<string, unknown>;

/**
 * What an event function returns. It must not be undefined: the idempotency middleware
 * replays the stored result of a finished event as middy's early response, and middy only
 * stops the chain for a defined value.
 */
export interface Handled {
  readonly handled: string;
}

/** Records of finished work are kept for a week, longer than any retry or redrive window. */
const IDEMPOTENCY_TTL_SECONDS = 7 * 24 * 3600;

/** A function of a subscription: it parses exactly the events its declaration consumes (which the rules deliver to it). */
export function eventHandler<S extends SubscriptionDeclaration>(subscription: S, handle: (event: EnvelopeOf<S['consumes'][number]>, context: Context) => Promise<void>) {
  const functionName = subscription.function.name;
  const accepted = subscription.consumes;
  const stack = middy<DomainEventBridgeEvent, Handled>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(
      idempotentInvocations({
        persistenceStore: idempotencyStore(functionName),
        config: new IdempotencyConfig({
          eventKeyJmesPath: 'detail.metadata.eventId',
          throwOnNoIdempotencyKey: true,
          expiresAfterSeconds: IDEMPOTENCY_TTL_SECONDS,
        }),
        keyPrefix: functionName,
      }),
    )
    .handler(async (event, context) => {
      const definition = accepted.find((d) => d.type === event['detail-type']);
      if (!definition) throw new Error(`${functionName} does not handle ${event['detail-type']} (handles ${accepted.map((d) => d.type).join(', ')})`);
      const eventType = definition.type;
      const envelope = parseWith(definition, event.detail) as EnvelopeOf<S['consumes'][number]>;
      logger.appendKeys({ correlation_id: envelope.metadata.correlationId, event_id: envelope.metadata.eventId });
      logger.info('Handling event', { eventType, functionName });
      // What it writes is the system's doing, audited under the function and the event's correlation id.
      await withAuditContext({ actor: systemActor(functionName), action: `function:${functionName}`, correlationId: envelope.metadata.correlationId }, () => handle(envelope, context));
      return { handled: envelope.metadata.eventId };
    });
  return withDeclaration(stack, subscription);
}

/**
 * For scheduled functions: one run per scheduled time. A retried invocation of the same
 * schedule tick (same `time`) does its work once; a new tick or a manual run does it again.
 */
export function scheduledHandler<S extends ScheduleDeclaration>(schedule: S, handle: (event: ScheduledEvent, context: Context) => Promise<void>) {
  const functionName = schedule.function.name;
  const stack = middy<ScheduledEvent, Handled>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(
      idempotentInvocations({
        persistenceStore: idempotencyStore(functionName),
        config: new IdempotencyConfig({ eventKeyJmesPath: 'id', expiresAfterSeconds: IDEMPOTENCY_TTL_SECONDS }),
        keyPrefix: functionName,
      }),
    )
    .handler(async (event, context) => {
      logger.appendKeys({ correlation_id: event.id });
      await withAuditContext({ actor: systemActor(functionName), action: `function:${functionName}`, correlationId: event.id }, () => handle(event, context));
      return { handled: event.id };
    });
  return withDeclaration(stack, schedule);
}

/**
 * For events AWS services publish (SES bounces and complaints on the default bus): logging, and
 * the event as EventBridge delivers it. No idempotency record: such a handler's effects are
 * idempotent writes of their own, and the event has no domain envelope to key on.
 */
export function awsEventHandler<S extends { readonly function: FunctionSpec }>(declaration: S, handle: (event: DomainEventBridgeEvent, context: Context) => Promise<void>) {
  const functionName = declaration.function.name;
  const stack = middy<DomainEventBridgeEvent, Handled>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .handler(async (event, context) => {
      logger.appendKeys({ event_id: event.id });
      logger.info('Handling AWS event', { source: event.source, detailType: event['detail-type'], functionName });
      await withAuditContext({ actor: systemActor(functionName), action: `function:${functionName}`, correlationId: event.id }, () => handle(event, context));
      return { handled: event.id };
    });
  return withDeclaration(stack, declaration);
}
