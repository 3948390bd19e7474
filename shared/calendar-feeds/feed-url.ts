import { calendarPath } from './model.ts';
import type { HttpEvent } from '../platform/http/types.ts';

/** The feed's absolute URL on the API the request came to (API Gateway sets X-Forwarded-Proto; the local gateway too). */
export function feedUrl(event: HttpEvent, secret: string): string {
  const proto = event.headers['x-forwarded-proto'] ?? 'https';
  return `${proto}://${event.requestContext.domainName}${calendarPath(secret)}`;
}
