/**
 * A public, cacheable answer: `Cache-Control`, a strong `ETag` (the body's SHA-256, 32
 * base64url characters) and 304 with no body when `If-None-Match` names it (or `*`). What
 * the open statistics and the website's routes answer; a route declares it with `cacheable`.
 */
import { createHash } from 'node:crypto';
import { text } from './http-handler.ts';
import type { HttpEvent, HttpResult } from './types.ts';

/** The ETag of a body: its hash, quoted. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** Whether an If-None-Match header names the ETag (weak comparison, as RFC 9110 asks for If-None-Match). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/** 200 with the body, or 304 when the caller has it; both with the cache headers. */
export function cacheableAnswer(event: Pick<HttpEvent, 'headers'>, body: string, contentType: string, cacheControl: string, headers: Record<string, string> = {}): HttpResult {
  const etag = etagOf(body);
  const all = { etag, 'cache-control': cacheControl, ...headers };
  if (matchesIfNoneMatch(event.headers?.['if-none-match'], etag)) return text(304, '', undefined, all);
  return text(200, body, contentType, all);
}
