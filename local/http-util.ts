import type { IncomingMessage, ServerResponse } from 'node:http';

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

export function sendProblem(response: ServerResponse, status: number, slug: string, title: string, detail: string, instance?: string): void {
  sendJson(response, status, { type: `/problems/${slug}`, title, status, detail, ...(instance ? { instance } : {}) }, 'application/problem+json');
}
