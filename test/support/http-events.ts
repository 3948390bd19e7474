import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import type { HttpEvent } from '../../shared/platform/http/types.ts';
import { FUNCTION_DEFAULTS, functions } from '../../shared/routing.ts';

/** An HTTP API v2 event as API Gateway delivers it after its JWT authorizer. */
export function httpEvent(options: {
  method: string;
  path: string;
  routePath?: string;
  claims?: Record<string, string>;
  body?: string;
  headers?: Record<string, string>;
  pathParameters?: Record<string, string>;
}): HttpEvent {
  const routeKey = `${options.method} ${options.routePath ?? options.path}`;
  return {
    version: '2.0',
    routeKey,
    rawPath: options.path,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', ...options.headers },
    ...(options.body !== undefined ? { body: options.body } : {}),
    ...(options.pathParameters ? { pathParameters: options.pathParameters } : {}),
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'test',
      domainName: 'test.local',
      domainPrefix: 'test',
      http: { method: options.method, path: options.path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
      ...(options.claims ? { authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: options.claims, scopes: [] } } } : {}),
    },
  } as HttpEvent;
}

export const claims = {
  municipality: (number: string) => ({ sub: `kommune-${number}`, role: 'municipality', municipality: number }),
  secretariat: () => ({ sub: 'sekretariat-1', role: 'secretariat' }),
  advisor: () => ({ sub: 'veileder-1', role: 'advisor' }),
};

/**
 * A context as Lambda gives the named function: the time left counts down from that function's
 * configured timeout (a fixed figure let middy's early timeout fire whenever a loaded machine
 * made a long function, such as the 300 s report sweep, take longer than it).
 */
export function lambdaContext(functionName = 'test'): Context {
  const spec = (functions as Record<string, { timeoutSeconds?: number }>)[functionName];
  const deadline = Date.now() + (spec?.timeoutSeconds ?? FUNCTION_DEFAULTS.timeoutSeconds) * 1000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:eu-north-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'test',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

export function problemOf(result: { body?: string; headers?: Record<string, unknown> }) {
  expectProblemJson(result);
  return JSON.parse(result.body ?? '{}') as { type: string; title: string; status: number; detail?: string; errors?: { pointer: string; detail: string }[] };
}

function expectProblemJson(result: { headers?: Record<string, unknown> }) {
  if (result.headers?.['content-type'] !== 'application/problem+json') {
    throw new Error(`Expected application/problem+json, got ${String(result.headers?.['content-type'])}`);
  }
}
