/**
 * The access matrix: every route of the routing table × every kind of caller, through the local
 * gateway, generated from the routes' own access lists (shared/<capability>/routes.ts): a new
 * route or a changed list is tested without a line here.
 * - tokens that must be refused at the gateway (none, expired, another issuer or audience, forged);
 * - every role: the secretariat, an advisor of the owner's network, an evaluator, and each of the
 *   six municipal roles alone, of the owner municipality. A role the route lists gets through
 *   (whatever the route then answers, never 401/403); a role it does not list gets 403 problem+json;
 * - every tenant: each municipal role of another municipality, and an advisor of no network,
 *   never see the owner's data (404 on the owner's resources, nothing of the owner's in lists).
 * Every denial must be problem+json (a refused token: the JWT authorizer's fixed answer, as API
 * Gateway gives it).
 */
import { generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEV_AUDIENCE, DEV_ISSUER } from '../../local/dev-issuer.ts';
import type { LocalStack } from '../../local/stack.ts';
import { MUNICIPAL_ROLES, STAFF_ROLES, type Actor, type MunicipalRole, type PersonRole } from '../../shared/platform/auth/principal.ts';
import { personToken, staffToken } from '../support/people.ts';
import { httpRoutes } from '../../shared/routing.ts';
import { apiClient, isAuthorizerRefusal, type ApiResponse } from '../support/api-client.ts';
import { bodies, ids, OTHER, OWNER, pathOf, setUpExamples } from '../support/route-examples.ts';
import { useTestStack } from '../support/local-stack.ts';

const testStack = useTestStack();
let stack: LocalStack;
const api = apiClient(() => stack.url);
/** The owner's data that must never reach another municipality. */
const SECRET_EMAIL = 'hemmelig.prosjektleder@verdal.kommune.no';
const tokens: Record<string, string> = {};

/** Routes about one municipality's own resource: another municipality gets 404 there. */
const ownScoped = (route: (typeof httpRoutes)[number]) => /\{(number|id)\}/.test(route.path) && !route.path.startsWith('/notifications');

async function call(route: (typeof httpRoutes)[number], token: string | undefined, role?: string): Promise<ApiResponse> {
  const body = bodies[route.function]?.(role);
  return api(pathOf(route), { method: route.method, ...(token ? { token } : {}), ...(body !== undefined ? { body } : {}) });
}

function expectProblem(response: ApiResponse, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.json).toMatchObject({ status, type: expect.stringMatching(/^\/problems\//), title: expect.any(String) });
}

/** One token per role (the owner municipality's people hold one role each), and the other tenants'. */
const asRole: Partial<Record<PersonRole, string>> = {};
const otherTenant: Partial<Record<MunicipalRole | 'advisor', string>> = {};

beforeAll(async () => {
  stack = testStack();
  Object.assign(tokens, await setUpExamples(stack, api, SECRET_EMAIL));
  asRole.secretariat = tokens.secretariat;
  asRole.advisor = tokens.advisor;
  asRole.evaluator = tokens.evaluator;
  for (const role of MUNICIPAL_ROLES) {
    asRole[role] = await personToken(stack, { municipality: OWNER, roles: [role] });
    otherTenant[role] = await personToken(stack, { municipality: OTHER, roles: [role] });
  }
  otherTenant.advisor = (await staffToken(stack, { role: 'advisor', name: 'Ola Utenfor' })).token;
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

const ROLES: readonly PersonRole[] = [...STAFF_ROLES, ...MUNICIPAL_ROLES];

describe.each(httpRoutes.map((route) => [`${route.method} ${route.path}`, route] as const))('%s', (_name, route) => {
  if (route.access === 'public') {
    it('is public', async () => {
      expect((await call(route, undefined)).status).toBe(200);
      checked.cases++;
    });
    return;
  }
  const access = route.access as readonly Actor[];

  it.each(denials)('refuses %s with 401, as the JWT authorizer answers it', async (_label, token) => {
    const response = await call(route, await token());
    expect(isAuthorizerRefusal(response), `${response.status} ${JSON.stringify(response.json)}`).toBe(true);
    checked.cases++;
  });

  for (const role of ROLES) {
    if (access.includes(role)) {
      it(`lets the ${role} through`, async () => {
        const response = await call(route, asRole[role], role);
        expect([401, 403], `${response.status} ${JSON.stringify(response.json)}`).not.toContain(response.status);
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(response.headers.get('content-type')).toBe('application/problem+json');
        checked.cases++;
      });
    } else {
      it(`refuses the ${role} with 403, naming who may`, async () => {
        const response = await call(route, asRole[role]);
        expectProblem(response, 403);
        expect(response.json.detail).toContain(`may not call ${route.method} ${route.path}`);
        checked.cases++;
      });
    }
  }

  for (const tenant of Object.keys(otherTenant) as (keyof typeof otherTenant)[]) {
    if (!access.includes(tenant)) continue;
    it(`never shows ${tenant === 'advisor' ? 'an advisor of another network' : `another municipality’s ${tenant}`} the owner’s data`, async () => {
      const response = await call(route, otherTenant[tenant]);
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
});

describe('the matrix', () => {
  it('covered every route × role × tenant', () => {
    const roleCases = httpRoutes.filter((r) => r.access !== 'public').length * (denials.length + ROLES.length);
    expect(checked.cases).toBeGreaterThan(roleCases);
    console.log(`access matrix: ${httpRoutes.length} routes, ${checked.cases} route × caller cases`);
  });
});
