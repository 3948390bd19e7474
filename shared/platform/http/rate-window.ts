/**
 * The arithmetic of the per-caller limit, pure: which fixed window a moment falls in, how long
 * until it ends (the Retry-After a refused caller gets), and whose counter a request counts on.
 *
 * Fixed windows aligned to the epoch, not sliding ones: one conditional write per request and
 * nothing to read, at the price that a caller may spend a window's allowance at its end and the
 * next one's at the start (at most twice the limit in a short span; the stage throttle bounds it).
 */
import { createHash } from 'node:crypto';
import { tenantOf, type Principal } from '../auth/principal.ts';

export interface RateWindow {
  /** Epoch seconds, inclusive. */
  readonly start: number;
  /** Epoch seconds, exclusive: the next window's start. */
  readonly end: number;
}

/** The window `nowMs` (epoch milliseconds) falls in. */
export function windowAt(nowMs: number, windowSeconds: number): RateWindow {
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1) throw new RangeError(`windowSeconds must be a positive integer, got ${windowSeconds}`);
  const start = Math.floor(nowMs / 1000 / windowSeconds) * windowSeconds;
  return { start, end: start + windowSeconds };
}

/**
 * Whole seconds until the window ends, rounded up and at least 1: a client that waits that
 * long lands in the next window (Retry-After takes whole seconds; 0 would invite a hot loop).
 */
export function retryAfterSeconds(nowMs: number, window: RateWindow): number {
  return Math.max(1, Math.ceil((window.end * 1000 - nowMs) / 1000));
}

/**
 * Whose counter a request counts on: the token's subject, and for a municipality token also its
 * municipality, so two tenants never share one allowance. Hashed: a subject may be a personal
 * identifier, and the key is stored (and logged by DynamoDB tooling) for the window's lifetime.
 */
export function callerOf(principal: Principal): string {
  const tenant = tenantOf(principal);
  return createHash('sha256').update(`${tenant}\n${principal.subject}`).digest('base64url').slice(0, 32);
}
