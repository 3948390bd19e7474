/**
 * Webhooks for municipal systems: a registration (an endpoint, the event types it wants, whose
 * events), its deliveries, and the rules an endpoint's URL must keep. Pure: the URL rules take
 * the addresses a name resolves to as input (the handler resolves), so both sides of every
 * boundary are unit-tested without DNS.
 */
import ipaddr from 'ipaddr.js';
import { refuse } from '../platform/refusal.ts';

/** The event types a registration may choose (each maps from one domain event: event-types.ts). */
export const WEBHOOK_EVENT_TYPES = ['application.decided', 'report.due', 'report.overdue', 'target-status.changed', 'gathering.scheduled', 'gathering.changed', 'gathering.cancelled'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Who registered it: a municipality (its project leader or its system) or the secretariat for its own systems. */
export type WebhookOwner = 'municipality' | 'secretariat';

export interface WebhookRegistration {
  readonly id: string;
  readonly url: string;
  readonly eventTypes: readonly WebhookEventType[];
  /** Whose events it receives; null: every municipality's (the secretariat's own systems only). */
  readonly municipalityNumber: string | null;
  readonly owner: WebhookOwner;
  readonly description?: string | undefined;
  readonly createdAt: string;
  readonly createdBy: string;
  /** When the signing secret was last created or rotated. */
  readonly secretRotatedAt: string;
}

/** The signing secret is kept beside the registration and never shown but on creation and rotation. */
export interface StoredWebhookRegistration extends WebhookRegistration {
  readonly secret: string;
}

/**
 * A delivery's status. `requested`: put on the bus for the registration's rule (EventBridge
 * reports no success back, so this is the status of a delivery that has not failed);
 * `failed`: its last retry failed and it was dead-lettered; replay puts it back to `requested`.
 */
export const DELIVERY_STATUSES = ['requested', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface WebhookDelivery {
  readonly id: string;
  readonly registrationId: string;
  readonly eventType: WebhookEventType;
  /** The domain event it was made from. */
  readonly sourceEventId: string;
  readonly status: DeliveryStatus;
  /** Attempts of the last failed run (EventBridge's retries + 1, from the dead letter); 0 until one failed. */
  readonly attempts: number;
  /** The endpoint's last HTTP status, when a failure names one. */
  readonly lastResponseStatus: number | null;
  readonly lastError: string | null;
  readonly replays: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The exact body sent (and signed): compact JSON. */
  readonly body: string;
}

/** Standard Webhooks' secret: `whsec_` and base64 of 24 to 64 random bytes. */
export const SECRET_PREFIX = 'whsec_';

/** Who may see and change a registration: the secretariat every one; a municipality its own (not the secretariat's for it). */
export function mayManage(registration: Pick<WebhookRegistration, 'owner' | 'municipalityNumber'>, caller: { readonly secretariat: boolean; readonly municipalityNumber: string | undefined }): boolean {
  if (caller.secretariat) return true;
  return registration.owner === 'municipality' && registration.municipalityNumber !== null && registration.municipalityNumber === caller.municipalityNumber;
}

/** What the URL rules need to know about where they run. */
export interface UrlPolicy {
  /** Only the local stack: http:// to a loopback address is allowed (WEBHOOK_ALLOW_LOOPBACK_HTTP). */
  readonly allowLoopbackHttp: boolean;
}

const LOCAL_NAMES = /(^|\.)(localhost|local|internal|localdomain|home\.arpa)$/i;

/**
 * The URL's first check, before any DNS: parseable, https (or, locally only, http to a loopback
 * address), no credentials, no fragment, a host that is not a name for a private network, and
 * if the host is an IP address, a public one. Answers the host name to resolve (undefined: an IP
 * literal, nothing to resolve). Every refusal names `url`.
 */
export function checkWebhookUrl(raw: string, policy: UrlPolicy): { readonly url: URL; readonly resolve: string | undefined } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw urlRefused('Not an absolute URL');
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = ipaddr.isValid(host) ? ipaddr.process(host) : undefined;
  const loopbackHttp = policy.allowLoopbackHttp && url.protocol === 'http:' && literal?.range() === 'loopback';
  if (url.protocol !== 'https:' && !loopbackHttp) throw urlRefused(policy.allowLoopbackHttp ? 'Must be https:// (or, on the local stack, http://127.0.0.1)' : 'Must be https://');
  if (url.username || url.password) throw urlRefused('Must not carry a user name or password');
  if (url.hash) throw urlRefused('Must not have a fragment (#…)');
  if (url.href.length > 2048) throw urlRefused('At most 2048 characters');
  if (literal) {
    if (!loopbackHttp) assertPublicAddress(literal.toString(), policy);
    return { url, resolve: undefined };
  }
  if (LOCAL_NAMES.test(host) || !host.includes('.')) throw urlRefused(`The host ${host} names a local or internal network`);
  return { url, resolve: host };
}

/** Every address a host resolves to must be public: one private, loopback or link-local address refuses it (EventBridge could reach it). */
export function checkResolvedAddresses(host: string, addresses: readonly string[], policy: UrlPolicy): void {
  if (addresses.length === 0) throw urlRefused(`The host ${host} does not resolve`);
  for (const address of addresses) assertPublicAddress(address, policy, host);
}

/** The ranges of ipaddr.js that are the public internet: `unicast` only (IPv4-mapped IPv6 is judged as its IPv4). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

function assertPublicAddress(address: string, _policy: UrlPolicy, host?: string): void {
  if (isPublicAddress(address)) return;
  const range = ipaddr.isValid(address) ? ipaddr.process(address).range() : 'invalid';
  throw urlRefused(`${host ? `The host ${host} resolves to ${address}` : `The address ${address}`}, a ${range} address: webhooks go to public addresses only`);
}

function urlRefused(detail: string) {
  return refuse.invalid(`The webhook URL is not allowed: ${detail}`, [{ pointer: '/url', detail }]);
}

/** A delivery's id (and Standard Webhooks `webhook-id`): sortable by when the event happened, one per event and registration. */
export function deliveryIdOf(occurredAt: string, eventId: string): string {
  return `${occurredAt.replace(/[^0-9TZ]/g, '')}-${eventId}`;
}

/** The endpoint's HTTP status a dead letter's error message names (EventBridge's API destination errors quote it), or null. */
export function responseStatusIn(message: string): number | null {
  const match = /\b(?:status(?: code)?|HTTP)[^0-9]{0,12}([1-5]\d\d)\b/i.exec(message);
  return match ? Number(match[1]) : null;
}
