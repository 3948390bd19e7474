/**
 * Canonical JSON: compact, object keys sorted (recursively, by UTF-16 code units, as
 * Array.prototype.sort does), arrays in order. The outbox's events pass through DynamoDB, whose
 * maps keep no key order, so an event's detail is written canonically: what a consumer
 * re-serializes from it (EventBridge sending a webhook's payload with InputPath) is the same
 * text as what was signed from it (shared/webhooks/signing.ts).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
}
