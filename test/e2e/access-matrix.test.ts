/**
 * The access matrix: every route of the routing table × {no token, expired token, wrong issuer,
 * wrong audience, forged signature, wrong role, another municipality, the right principal},
 * through the local gateway. Generated from the routing table: a new route fails the type check
 * until it has an example here, so no route escapes. Every denial must be problem+json (a refused
 * token: the JWT authorizer's fixed answer, as API Gateway gives it), and no
 * response to another municipality may contain the owner's data.
 */
import { generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEV_AUDIENCE, DEV_ISSUER } from '../../local/dev-issuer.ts';
import type { LocalStack } from '../../local/stack.ts';
import { ROLES, type Role } from '../../shared/platform/auth/principal.ts';
import { httpRoutes } from '../../shared/routing.ts';
import { apiClient, isAuthorizerRefusal, type ApiResponse } from '../support/api-client.ts';
import { bodies, ids, pathOf, setUpExamples } from '../support/route-examples.ts';
import { useTestStack } from '../support/local-stack.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
/** The owner's data that must never reach another municipality. */
const SECRET_EMAIL = 'hemmelig.prosjektleder@verdal.kommune.no';
const tokens: Record<string, string> = {};

/** Routes about one municipality's own resource: another municipality gets 404 there. */
const ownScoped = (route: (typeof httpRoutes)[number]) => /\{(number|id)\}/.test(route.path) && !route.path.startsWith('/notifications');

async function call(route: (typeof httpRoutes)[number], token: string | undefined): Promise<ApiResponse> {
  const body = bodies[route.function]?.();
  return api(pathOf(route), { method: route.method, ...(token ? { token } : {}), ...(body !== undefined ? { body } : {}) });
}

function expectProblem(response: ApiResponse, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.json).toMatchObject({ status, type: expect.stringMatching(/^\/problems\//), title: expect.any(String) });
}

beforeAll(async () => {
  stack = testStack();
  Object.assign(tokens, await setUpExamples(stack, api, SECRET_EMAIL));
}, 60_000);

const denials: [string, () => Promise<string | undefined>][] = [
  ['no token', async () => undefined],
  ['an expired token', () => stack.issuer.issue({ role: 'secretariat', expiresIn: '-1m' })],
  ['a token from another issuer', () => stack.issuer.issue({ role: 'secretariat', issuer: 'https://evil.example' })],
  ['a token for another audience', () => stack.issuer.issue({ role: 'secretariat', audience: 'another-api' })],
  [
    'a forged signature',
    async () => {
      const { privateKey } = await generateKeyPair('ES256');
      return new SignJWT({ role: 'secretariat' }).setProtectedHeader({ alg: 'ES256' }).setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE).setSubject('mallory').setExpirationTime('1h').sign(privateKey);
    },
  ],
];

const checked = { cases: 0 };

describe.each(httpRoutes.map((route) => [`${route.method} ${route.path}`, route] as const))('%s', (_name, route) => {
  if (route.access === 'public') {
    it('is public', async () => {
      expect((await call(route, undefined)).status).toBe(200);
      checked.cases++;
    });
    return;
  }
  const access = route.access as readonly Role[];

  it.each(denials)('refuses %s with 401, as the JWT authorizer answers it', async (_label, token) => {
    const response = await call(route, await token());
    expect(isAuthorizerRefusal(response), `${response.status} ${JSON.stringify(response.json)}`).toBe(true);
    checked.cases++;
  });

  const wrongRole = ROLES.find((role) => !access.includes(role));
  if (wrongRole) {
    it(`refuses the ${wrongRole} role with 403`, async () => {
      const token = wrongRole === 'municipality' ? tokens.other : tokens[wrongRole];
      expectProblem(await call(route, token), 403);
      checked.cases++;
    });
  }

  if (access.includes('municipality')) {
    it('never shows another municipality the owner’s data', async () => {
      const response = await call(route, tokens.other);
      if (ownScoped(route)) expectProblem(response, 404);
      else expect([401, 403]).not.toContain(response.status);
      expect(response.status).toBeLessThan(500);
      const text = JSON.stringify(response.json);
      expect(text).not.toContain(SECRET_EMAIL);
      // An id the caller put in the path may be echoed back ("No application <id>"); any other may not.
      if (!pathOf(route).includes(ids.application!)) expect(text).not.toContain(ids.application);
      checked.cases++;
    });
  }

  it('lets the right principal through', async () => {
    const token = access.includes('municipality') ? tokens.owner : access.includes('secretariat') ? tokens.secretariat : tokens.advisor;
    const response = await call(route, token);
    expect([401, 403], `${response.status} ${JSON.stringify(response.json)}`).not.toContain(response.status);
    expect(response.status).toBeLessThan(500);
    if (response.status >= 400) expect(response.headers.get('content-type')).toBe('application/problem+json');
    checked.cases++;
  });
});

describe('the matrix', () => {
  it('covered every route', () => {
    expect(checked.cases).toBeGreaterThan(httpRoutes.length * 5);
    console.log(`access matrix: ${httpRoutes.length} routes, ${checked.cases} route × principal cases`);
  });
});
