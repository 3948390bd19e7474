import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The header every state-changing /_local request must carry. A web page can make a browser
 * send a simple POST (a form, a no-cors fetch) to localhost, but not one with a custom header
 * without a CORS preflight, which the gateway never answers with allow headers; so a page the
 * developer happens to visit cannot fire schedules. The local CLIs send it.
 */
export const LOCAL_ADMIN_HEADER = 'x-local-admin';

/** API Gateway's payload limit. */
export const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

export class BodyTooLargeError extends Error {}

export async function readBody(request: IncomingMessage, limit = MAX_REQUEST_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(`Body exceeds ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function sendJson(response: ServerResponse, status: number, body: unknown, contentType = 'application/json'): void {
  response.writeHead(status, { 'content-type': contentType });
  response.end(JSON.stringify(body, null, 2));
}

export function sendProblem(response: ServerResponse, status: number, slug: string, title: string, detail: string, instance?: string, correlationId?: string): void {
  const problem = { type: `/problems/${slug}`, title, status, detail, ...(instance ? { instance } : {}), ...(correlationId ? { correlationId } : {}) };
  sendJson(response, status, problem, 'application/problem+json');
}
