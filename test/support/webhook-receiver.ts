/**
 * A webhook endpoint for the tests: a node:http server on 127.0.0.1 that records every request
 * (its headers and exact body bytes) and answers what the test sets (204 by default).
 * Unreferenced: a test file's process ends without closing it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  readonly path: string;
  readonly headers: Record<string, string>;
  /** The body exactly as received. */
  readonly body: string;
  readonly answered: number;
}

export interface Receiver {
  readonly url: string;
  readonly received: ReceivedRequest[];
  /** The status the next requests are answered with. */
  status: number;
  close(): Promise<void>;
}

export async function startReceiver(path = '/hooks'): Promise<Receiver> {
  const received: ReceivedRequest[] = [];
  const state = { status: 204 };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
      received.push({ path: request.url ?? '', headers, body: Buffer.concat(chunks).toString('utf8'), answered: state.status });
      response.writeHead(state.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    received,
    get status() {
      return state.status;
    },
    set status(value: number) {
      state.status = value;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
