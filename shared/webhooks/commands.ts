/**
 * The webhooks' state changes as pure functions: a registration and its first secret, a rotated
 * secret, a delivery for one event and registration, a replay, a dead-lettered delivery.
 * Events are built here; the handlers store them with the state (outbox).
 */
import { newEvent, type EventEnvelope } from '../event-catalogue.ts';
import type { CommandContext } from '../platform/commands.ts';
import type { StoredWebhookRegistration, WebhookDelivery, WebhookEventType, WebhookRegistration } from './model.ts';
import { deliveryIdOf } from './model.ts';
import { deliveryBody, newSigningSecret, signDelivery } from './signing.ts';

/** What a registration is made of: the registration's own fields but its times and secret. */
export type RegisterInput = Pick<WebhookRegistration, 'id' | 'url' | 'eventTypes' | 'municipalityNumber' | 'owner' | 'description' | 'createdBy'>;

export function registerWebhook(input: RegisterInput, context: CommandContext): { state: StoredWebhookRegistration; events: EventEnvelope[] } {
  const at = context.now.toISOString();
  const state: StoredWebhookRegistration = {
    id: input.id,
    url: input.url,
    eventTypes: [...new Set(input.eventTypes)],
    municipalityNumber: input.municipalityNumber,
    owner: input.owner,
    ...(input.description ? { description: input.description } : {}),
    createdAt: at,
    createdBy: input.createdBy,
    secretRotatedAt: at,
    secret: newSigningSecret(),
  };
  const event = newEvent('WebhookRegistered', { registrationId: state.id, url: state.url, municipalityNumber: state.municipalityNumber, eventTypes: [...state.eventTypes], registeredAt: at }, context);
  return { state, events: [event] };
}

export function rotateSecret(registration: StoredWebhookRegistration, context: CommandContext): StoredWebhookRegistration {
  return { ...registration, secret: newSigningSecret(), secretRotatedAt: context.now.toISOString() };
}

export function deleteWebhook(registration: StoredWebhookRegistration, context: CommandContext): EventEnvelope[] {
  return [newEvent('WebhookDeleted', { registrationId: registration.id, deletedAt: context.now.toISOString() }, context)];
}

export interface DeliveryInput {
  readonly webhookType: WebhookEventType;
  readonly sourceEventId: string;
  readonly occurredAt: string;
  readonly data: Record<string, unknown>;
}

/** One delivery of one event to one registration: the record, and the signed request its rule sends. */
export function newDelivery(registration: StoredWebhookRegistration, input: DeliveryInput, context: CommandContext): { state: WebhookDelivery; events: EventEnvelope[] } {
  const id = deliveryIdOf(input.occurredAt, input.sourceEventId);
  const body = deliveryBody(input.webhookType, input.occurredAt, input.data);
  const at = context.now.toISOString();
  const state: WebhookDelivery = {
    id,
    registrationId: registration.id,
    eventType: input.webhookType,
    sourceEventId: input.sourceEventId,
    status: 'requested',
    attempts: 0,
    lastResponseStatus: null,
    lastError: null,
    replays: 0,
    createdAt: at,
    updatedAt: at,
    body,
  };
  return { state, events: [requested(registration, state, context)] };
}

/** A replay: the same id and body, a fresh timestamp and signature (with the current secret), back to `requested`. */
export function replayDelivery(registration: StoredWebhookRegistration, delivery: WebhookDelivery, context: CommandContext): { state: WebhookDelivery; events: EventEnvelope[] } {
  const state: WebhookDelivery = { ...delivery, status: 'requested', replays: delivery.replays + 1, updatedAt: context.now.toISOString() };
  return { state, events: [requested(registration, state, context)] };
}

/** A dead letter came back: the delivery failed after `attempts`. */
export function failDelivery(delivery: WebhookDelivery, failure: { readonly attempts: number; readonly responseStatus: number | null; readonly error: string }, now: Date): WebhookDelivery {
  return { ...delivery, status: 'failed', attempts: failure.attempts, lastResponseStatus: failure.responseStatus, lastError: failure.error.slice(0, 500), updatedAt: now.toISOString() };
}

function requested(registration: StoredWebhookRegistration, delivery: WebhookDelivery, context: CommandContext): EventEnvelope {
  const headers = signDelivery(registration.secret, delivery.id, delivery.body, context.now);
  return newEvent('WebhookDeliveryRequested', { registrationId: registration.id, deliveryId: delivery.id, headers, payload: JSON.parse(delivery.body) as Record<string, unknown> }, context);
}
