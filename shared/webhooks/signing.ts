/**
 * Standard Webhooks signing (https://www.standardwebhooks.com/), with the `standardwebhooks`
 * package (1.1.1): `webhook-signature` is `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`
 * under the registration's `whsec_` secret. The body signed is the canonical JSON text of the
 * payload, which is exactly what the registration's rule sends (docs/webhooks.md: the signed bytes).
 */
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { canonicalJson } from '../platform/canonical-json.ts';
import { SECRET_PREFIX } from './model.ts';

/** A new signing secret: `whsec_` and base64 of 32 random bytes. */
export function newSigningSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

export interface SignedHeaders {
  readonly webhookId: string;
  readonly webhookTimestamp: string;
  readonly webhookSignature: string;
}

/** The three headers of one delivery of `body` (id stays the same across retries and replays; a replay gets a fresh timestamp and signature). */
export function signDelivery(secret: string, id: string, body: string, at: Date): SignedHeaders {
  // The package signs the timestamp in whole seconds, as it sends it.
  const seconds = Math.floor(at.getTime() / 1000);
  return { webhookId: id, webhookTimestamp: String(seconds), webhookSignature: new Webhook(secret).sign(id, new Date(seconds * 1000), body) };
}

/**
 * The body of a delivery: Standard Webhooks' `{type, timestamp, data}`, as canonical JSON
 * (compact, keys sorted): the bytes signed, and the bytes EventBridge sends when it serializes
 * the payload of the canonically written event (docs/webhooks.md).
 */
export function deliveryBody(type: string, timestamp: string, data: Record<string, unknown>): string {
  return canonicalJson({ type, timestamp, data });
}
