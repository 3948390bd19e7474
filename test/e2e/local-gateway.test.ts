/**
 * The local gateway's own edges, through HTTP: a path that does not decode, token shapes the
 * AWS JWT authorizer refuses, and the developer routes under /_local that a web page must not be
 * able to trigger. Each denial is problem+json naming what was wrong, with instance and correlationId.
 */
import { request as httpRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import { generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEV_AUDIENCE, DEV_ISSUER, signingKeyFile } from '../../local/dev-issuer.ts';
import type { LocalStack } from '../../local/stack.ts';
import { schedules } from '../../shared/routing.ts';
import { apiClient, isAuthorizerRefusal, type ApiResponse } from '../support/api-client.ts';
import { claims } from '../support/http-events.ts';
import { call } from '../support/invoke.ts';
import { useTestStack } from '../support/local-stack.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
let secretariat: string;

beforeAll(async () => {
  stack = testStack();
  secretariat = await stack.issuer.issue({ role: 'secretariat' });
});

function expectProblem(response: ApiResponse, status: number, type: string, instance: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.json).toMatchObject({ status, type, title: expect.any(String), detail: expect.any(String), instance, correlationId: expect.any(String) });
  expect(response.headers.get('x-correlation-id')).toBe(response.json.correlationId);
}

describe('a path that is not valid percent-encoding', () => {
  it('answers 400 problem+json naming the parameter, with or without a token', async () => {
    for (const token of [secretariat, undefined]) {
      const response = await api('/municipalities/%E0%A4', { method: 'PATCH', ...(token ? { token } : {}), body: { contactEmail: 'a@b.no' } });
      expectProblem(response, 400, '/problems/malformed-path', '/municipalities/%E0%A4');
      expect(response.json.detail).toMatch(/number/);
    }
  });

  it('keeps the caller\'s correlation id in the problem', async () => {
    const response = await api('/municipalities/%ZZ', { headers: { 'x-correlation-id': 'trace-42' }, token: secretariat });
    expectProblem(response, 400, '/problems/malformed-path', '/municipalities/%ZZ');
    expect(response.json.correlationId).toBe('trace-42');
  });

  it('still routes a well-encoded parameter', async () => {
    expect((await api('/municipalities/%31%37%32%31', { token: secretariat })).status).toBe(200);
  });

  // API Gateway decodes path parameters before the function runs; whether it passes an undecodable
  // one through raw or with replacement characters, the handler must answer a 4xx, never a 500.
  it.each([['raw', '%E0%A4'], ['replacement characters', '\uFFFD\uFFFD'], ['a lone percent', '%']])(
    'the handler answers 4xx problem+json for a number passed %s',
    async (_form, number) => {
      const response = await call('updateMunicipality', { claims: claims.secretariat(), params: { number }, body: { contactEmail: 'a@b.no' } });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.headers['content-type']).toBe('application/problem+json');
    },
  );
});

describe('tokens the AWS JWT authorizer would refuse', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const valid = () => ({ iss: DEV_ISSUER, aud: DEV_AUDIENCE, sub: 'secretariat-dev', role: 'secretariat', iat: now(), exp: now() + 3600 });
  /** Signed with the stack's own development key: only the shape is wrong. */
  const withDevKey = async (header: Record<string, unknown>, payload: Record<string, unknown>) => {
    const jwk = JSON.parse(readFileSync(signingKeyFile(stack.stateDir), 'utf8')) as JWK;
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', ...header }).sign(await importJWK(jwk, 'RS256'));
  };
  const kid = () => stack.issuer.jwks.keys[0]!.kid!;
  const without = (name: string) => {
    const { [name]: _dropped, ...rest } = valid() as Record<string, unknown>;
    return rest;
  };

  const shapes: [string, () => Promise<string>, RegExp][] = [
    ['without exp', () => withDevKey({ kid: kid() }, without('exp')), /exp/],
    ['without kid', () => withDevKey({}, valid()), /kid/],
    ['with an unknown kid', () => withDevKey({ kid: 'not-in-the-jwks' }, valid()), /kid/],
    ['with iat a year ahead', () => withDevKey({ kid: kid() }, { ...valid(), iat: now() + 365 * 86_400, exp: now() + 366 * 86_400 }), /iat/],
    ['with nbf ahead', () => withDevKey({ kid: kid() }, { ...valid(), nbf: now() + 3600 }), /nbf/],
    ['without aud or client_id', () => withDevKey({ kid: kid() }, without('aud')), /aud/],
    [
      'signed ES256 with the right kid',
      async () => new SignJWT(valid()).setProtectedHeader({ alg: 'ES256', kid: kid() }).sign((await generateKeyPair('ES256')).privateKey),
      /RSA/,
    ],
  ];

  it.each(shapes)('refuses a token %s with 401 as the JWT authorizer answers it, the reason in www-authenticate', async (_shape, mint, reason) => {
    const response = await api('/municipalities/1721', { token: await mint() });
    expect(isAuthorizerRefusal(response), `${response.status} ${JSON.stringify(response.json)}`).toBe(true);
    const challenge = response.headers.get('www-authenticate')!;
    expect(challenge).toMatch(/^Bearer scope="" error="invalid_token" error_description="[^"\r\n]*"$/);
    expect(challenge).toMatch(reason);
  });

  it('refuses no token with 401 and a bare Bearer challenge', async () => {
    const response = await api('/municipalities/1721');
    expect(isAuthorizerRefusal(response)).toBe(true);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('accepts the issuer\'s own RS256 token and one minted in the same shape by hand', async () => {
    expect((await api('/municipalities/1721', { token: secretariat })).status).toBe(200);
    expect((await api('/municipalities/1721', { token: await withDevKey({ kid: kid() }, valid()) })).status).toBe(200);
  });
});

describe('requests no route matches (the $default route in AWS)', () => {
  it('answers an unknown path 404 problem+json, with or without a token, keeping the caller\'s correlation id', async () => {
    for (const token of [secretariat, undefined]) {
      const response = await api('/nowhere/at-all', { ...(token ? { token } : {}), headers: { 'x-correlation-id': 'trace-404' } });
      expectProblem(response, 404, '/problems/not-found', '/nowhere/at-all');
      expect(response.json.correlationId).toBe('trace-404');
    }
  });

  it('answers a known path with another method 405 problem+json naming the methods in Allow', async () => {
    const response = await api('/gatherings/0b7e3c52-3c29-4f5e-9a55-1a1d8f0c2b11', { method: 'DELETE', token: secretariat });
    expectProblem(response, 405, '/problems/method-not-allowed', '/gatherings/0b7e3c52-3c29-4f5e-9a55-1a1d8f0c2b11');
    expect(response.headers.get('allow')).toBe('GET, PUT');
  });

  it('gives every answer of a function the gateway\'s request id too, as API Gateway does', async () => {
    const response = await api('/municipalities/1721', { token: secretariat });
    expect(response.headers.get('apigw-requestid')).toEqual(expect.any(String));
    expect(response.headers.get('x-correlation-id')).toBe(response.headers.get('apigw-requestid'));
  });
});

describe('the /_local developer routes', () => {
  const schedule = schedules[0]!.name;

  it('refuse a state-changing request without the x-local-admin header (a forged form post)', async () => {
    const response = await api(`/_local/schedules/${schedule}/run`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expectProblem(response, 403, '/problems/forbidden', `/_local/schedules/${schedule}/run`);
    expect(response.json.detail).toMatch(/x-local-admin/);
  });

  it('run it with the header, as npm run fire sends it', async () => {
    const response = await api(`/_local/schedules/${schedule}/run`, { method: 'POST', headers: { 'x-local-admin': '1' } });
    expect(response.status).toBe(202);
    expect(response.json).toMatchObject({ fired: schedule });
    await stack.settled();
  });

  it('answer a CORS preflight without any allow header, so a browser never sends the header', async () => {
    const response = await fetch(`${stack.url}/_local/schedules/${schedule}/run`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-local-admin' },
    });
    await response.body?.cancel();
    expect(response.ok).toBe(false);
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('refuse a request addressed to another host name (DNS rebinding), even to read', async () => {
    const { status, body } = await rawGet('/_local/mail', 'evil.example');
    expect(status).toBe(403);
    expect(JSON.parse(body)).toMatchObject({ type: '/problems/forbidden' });
    expect((await rawGet('/_local/mail', 'localhost')).status).toBe(200);
  });
});

/** fetch sets Host from the URL; a rebound DNS name reaches the same socket with its own Host. */
function rawGet(path: string, host: string): Promise<{ status: number; body: string }> {
  const url = new URL(stack.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: url.hostname, port: url.port, path, headers: { host } }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}
