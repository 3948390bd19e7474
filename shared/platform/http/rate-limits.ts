/**
 * The per-caller rate limits in force: RATE_LIMITS (JSON, set from the CDK context `rateLimits`)
 * when the deployment has one, else the shipped rate-limits.json. Checked once, at first use;
 * the stack checks an override at synth with the same schema, so a bad one never deploys.
 */
import * as z from 'zod';
import { schema } from '../contract/schema.ts';
import { ENV } from '../config.ts';
import { configDocument } from '../config-document.ts';
import shipped from './rate-limits.json' with { type: 'json' };

import { RATE_LIMIT_CLASSES, type RateLimitClass } from '../declarations.ts';

export { RATE_LIMIT_CLASSES, type RateLimitClass };

const ClassLimit = /* @__PURE__ */ schema(() => z.object({ requestsPerWindow: z.number().int().min(1).max(1_000_000) }).strict());

export const RateLimits = /* @__PURE__ */ schema(() =>
  z
    .object({
      $comment: z.string().optional(),
      /** false turns the per-caller limit off (the stage-wide throttle remains): for unit tests and emergencies. */
      enabled: z.boolean(),
      /** Fixed windows aligned to the epoch: a caller's count starts over every `windowSeconds`. */
      windowSeconds: z.number().int().min(1).max(3600),
      /** How long a request waits for its counter before it is let through without one (fail open). */
      storeTimeoutMs: z.number().int().min(50).max(5000),
      classes: z.object({ standard: ClassLimit, upload: ClassLimit }).strict(),
    })
    .strict(),
);
export type RateLimits = z.infer<typeof RateLimits>;

export const rateLimits: () => RateLimits = /* @__PURE__ */ configDocument(ENV.rateLimits, RateLimits, shipped);

/** The shipped limits, as checked data (for tests and tooling that start from them). */
export function shippedRateLimits(): RateLimits {
  return RateLimits.parse(shipped);
}
