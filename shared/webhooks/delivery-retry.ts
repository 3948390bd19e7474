/**
 * The webhooks' retry policy, which each registration's rule target carries (EventBridge's
 * RetryPolicy: exponential backoff with jitter, on 429, 5xx and network errors; other 4xx go
 * straight to the dead letters). Shipped in delivery-retry.json; CDK context `webhookRetry`
 * (WEBHOOK_RETRY) replaces it, checked at synth and at use.
 */
import * as z from 'zod';
import { ENV } from '../platform/config.ts';
import { schema } from '../platform/contract/schema.ts';
import shippedRetry from './delivery-retry.json' with { type: 'json' };

export const DeliveryRetry = /* @__PURE__ */ schema(() =>
  z.strictObject({
  /** Retries after the first attempt (0-185, EventBridge's range). */
  maximumRetryAttempts: z.number().int().min(0).max(185),
  /** How long (60 s - 24 h) EventBridge keeps retrying one delivery. */
  maximumEventAgeSeconds: z.number().int().min(60).max(86_400),
  }),
);
export type DeliveryRetry = z.infer<typeof DeliveryRetry>;

/** WEBHOOK_RETRY when set (checked: a bad value is a deployment mistake), else shared/webhooks/delivery-retry.json. */
export function deliveryRetry(): DeliveryRetry {
  const raw = process.env[ENV.webhookRetry];
  return DeliveryRetry.parse(raw ? JSON.parse(raw) : shippedRetry);
}
