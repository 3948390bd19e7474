/**
 * Municipal systems through Maskinporten, end to end on the local stack's machine listener:
 * the development Maskinporten's tokens (consumer 0192:<organisation number>, scopes, supplier)
 * reach the routes their scopes open, for the municipality the organisation number belongs to,
 * and nothing else; the two listeners refuse each other's tokens as the two APIs do in AWS.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { documentClient } from '../../shared/platform/dynamodb/client.ts';
import { apiClient, isAuthorizerRefusal, type ApiResponse } from '../support/api-client.ts';
import { useTestStack } from '../support/local-stack.ts';
import { personToken } from '../support/people.ts';

const testStack = useTestStack();
let stack: LocalStack;
const machine = apiClient(() => stack.machineUrl);
const people = apiClient(() => stack.url);

/** Verdal and Levanger: organisation numbers from public data (data/reference/SOURCES.md). */
const VERDAL = { number: '1721', organisationNumber: '938587418' };
const LEVANGER = { number: '1719', organisationNumber: '938587051' };
/** Made-up organisation numbers whose check digits match, in no municipality of the register: a vendor's, and two more. */
const VENDOR = '911000008';
const NOBODYS = '911001373';
const JOLSTER_NEXT = '911004119';

const quarter = (period: string, pct: number) => ({ period, lostDays: pct * 10, agreedDays: 1000 });
const figures = { rows: [quarter('2007Q1', 9), quarter('2007Q2', 9)] };
let secretariat: string;

const machineToken = (organisationNumber: string, scopes: readonly string[], supplier?: string) => stack.issuer.issueMachine({ organisationNumber, scopes, supplier });

/** The function's refusal of a token without the route's scopes: a 403 problem naming the scope needed and those the token has. */
function isScopeRefusal(response: ApiResponse, needed: RegExp): boolean {
  return (
    response.status === 403 &&
    (response.headers.get('content-type') ?? '').startsWith('application/problem+json') &&
    needed.test(String(response.json.detail)) &&
    response.headers.get('x-correlation-id') !== null
  );
}

beforeAll(async () => {
  stack = testStack();
  secretariat = await stack.issuer.issue({ role: 'secretariat' });
});

describe('a municipal system with kvalitetskommune:figures.write', () => {
  it('uploads its municipality’s figures on the machine API', async () => {
    const token = await machineToken(VERDAL.organisationNumber, ['kvalitetskommune:figures.write']);
    const upload = await machine(`/municipalities/${VERDAL.number}/absence-figures`, { method: 'POST', token, body: figures });
    expect(upload.status, JSON.stringify(upload.json)).toBe(201);
    expect(upload.json).toMatchObject({ rows: 2, municipalities: 1, duplicate: false });
    // Reading them back is figures.read's: figures.write alone is refused, naming it.
    expect(isScopeRefusal(await machine(`/municipalities/${VERDAL.number}/absence-figures`, { token }), /needs the scope kvalitetskommune:figures\.read/)).toBe(true);
    const reader = await machineToken(VERDAL.organisationNumber, ['kvalitetskommune:figures.write', 'kvalitetskommune:figures.read']);
    const read = await machine(`/municipalities/${VERDAL.number}/absence-figures`, { token: reader });
    expect(read.status).toBe(200);
    expect(read.json.figures.map((f: { period: string }) => f.period)).toEqual(expect.arrayContaining(['2007Q1', '2007Q2']));
  });

  it('is refused a report submission, with a problem naming that the route is not open to machine clients', async () => {
    const token = await machineToken(VERDAL.organisationNumber, ['kvalitetskommune:figures.write']);
    const submission = await machine('/reports/any-report/submission', { method: 'POST', token, body: {} });
    expect(submission.status).toBe(403);
    expect(submission.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(submission.json.detail).toBe('POST /reports/{id}/submission is not open to machine clients (the token has kvalitetskommune:figures.write)');
  });

  it('is refused the reports, with a problem naming reports.read', async () => {
    const token = await machineToken(VERDAL.organisationNumber, ['kvalitetskommune:figures.write']);
    const reports = await machine('/reports', { token });
    expect(isScopeRefusal(reports, /needs the scope kvalitetskommune:reports\.read/), JSON.stringify([reports.status, reports.json, reports.headers.get('www-authenticate')])).toBe(true);
  });

  it('never reaches another municipality: 404, as for any caller that may not act for it', async () => {
    const token = await machineToken(VERDAL.organisationNumber, ['kvalitetskommune:figures.write']);
    const other = await machine(`/municipalities/${LEVANGER.number}/absence-figures`, { method: 'POST', token, body: figures });
    expect(other.status).toBe(404);
  });
});

describe('a supplier acting for a municipality', () => {
  it('is recorded as the uploader’s supplier', async () => {
    const token = await machineToken(VERDAL.organisationNumber, ['kvalitetskommune:figures.write'], VENDOR);
    const upload = await machine(`/municipalities/${VERDAL.number}/absence-figures`, { method: 'POST', token, body: { rows: [quarter('2008Q1', 7)] } });
    expect(upload.status, JSON.stringify(upload.json)).toBe(201);
    const { Items } = await documentClient.send(
      new ScanCommand({ TableName: stack.tableName, FilterExpression: 'uploadId = :id AND attribute_exists(uploadedBy)', ExpressionAttributeValues: { ':id': upload.json.uploadId } }),
    );
    expect(Items?.length).toBeGreaterThan(0);
    expect(Items![0]!.uploadedBy).toBe(`maskinporten:dev-client-${VERDAL.organisationNumber} consumer=0192:${VERDAL.organisationNumber} supplier=0192:${VENDOR}`);
  });

  it('never widens access: the supplier’s token for Verdal does not reach Levanger', async () => {
    const token = await machineToken(VERDAL.organisationNumber, ['kvalitetskommune:figures.write'], LEVANGER.organisationNumber);
    const other = await machine(`/municipalities/${LEVANGER.number}/absence-figures`, { method: 'POST', token, body: figures });
    expect(other.status).toBe(404);
  });
});

describe('tokens that name what is missing', () => {
  it('an organisation number that is no municipality’s: 403 naming it and who sets it', async () => {
    const token = await machineToken(NOBODYS, ['kvalitetskommune:figures.write']);
    const refused = await machine(`/municipalities/${VERDAL.number}/absence-figures`, { method: 'POST', token, body: figures });
    expect(refused.status).toBe(403);
    expect(refused.json.detail).toMatch(new RegExp(`No municipality of the register has organisation number ${NOBODYS} \\(consumer 0192:${NOBODYS}\\).*secretariat`));
  });

  it('only a scope no route needs: 403 naming the API’s scopes and the one it has', async () => {
    const token = await machineToken(VERDAL.organisationNumber, ['kvalitetskommune:figures.delete']);
    const refused = await machine(`/municipalities/${VERDAL.number}/absence-figures`, { method: 'POST', token, body: figures });
    expect(isScopeRefusal(refused, /none of the API's scopes \(kvalitetskommune:figures\.write.*it has kvalitetskommune:figures\.delete/)).toBe(true);
  });

  it('only a scope no route needs, on a route without scopes: 403 naming the API’s scopes', async () => {
    const token = await machineToken(VERDAL.organisationNumber, ['kvalitetskommune:figures.delete']);
    const refused = await machine('/cohorts', { token });
    expect(refused.status).toBe(403);
    expect(refused.json.detail).toBe(
      "The token has none of the API's scopes (kvalitetskommune:figures.write, kvalitetskommune:figures.read, kvalitetskommune:reports.read, kvalitetskommune:webhooks.manage); it has kvalitetskommune:figures.delete",
    );
  });
});

describe('the two listeners', () => {
  it('the machine listener refuses a person’s token as the Maskinporten authorizer would (wrong issuer): 401', async () => {
    const token = await personToken(stack, { municipality: VERDAL.number });
    const refused = await machine(`/municipalities/${VERDAL.number}/absence-figures`, { token });
    expect(isAuthorizerRefusal(refused, /iss/)).toBe(true);
  });

  it('the people listener refuses a Maskinporten token (wrong issuer): 401', async () => {
    const token = await machineToken(VERDAL.organisationNumber, ['kvalitetskommune:figures.write']);
    const refused = await people(`/municipalities/${VERDAL.number}/absence-figures`, { method: 'POST', token, body: figures });
    expect(isAuthorizerRefusal(refused, /iss/)).toBe(true);
  });

  it('the machine listener has no public routes and no developer routes: they are the people API’s', async () => {
    expect((await machine('/openapi.json')).status).toBe(404);
    expect((await machine('/_local')).status).toBe(404);
    expect((await people('/openapi.json')).status).toBe(200);
  });
});

describe('the secretariat sets the organisation numbers public data does not give', () => {
  const JOLSTER = '1431';
  /** Jølster merged into Sunnfjord in 2020: public data gives no number for the Jølster of 2007, so the secretariat sets one (made up here). */
  const JOLSTER_ORGANISATION = '911002744';

  it('Jølster has none from public data, so its system is refused until the secretariat sets it', async () => {
    const profile = await people(`/municipalities/${JOLSTER}`, { token: secretariat });
    expect(profile.json.organisationNumber).toBeUndefined();
    const token = await machineToken(JOLSTER_ORGANISATION, ['kvalitetskommune:figures.write']);
    expect((await machine(`/municipalities/${JOLSTER}/absence-figures`, { method: 'POST', token, body: figures })).status).toBe(403);

    const set = await people(`/municipalities/${JOLSTER}`, { method: 'PATCH', token: secretariat, body: { organisationNumber: JOLSTER_ORGANISATION } });
    expect(set.status, JSON.stringify(set.json)).toBe(200);
    expect(set.json.organisationNumber).toBe(JOLSTER_ORGANISATION);
    const upload = await machine(`/municipalities/${JOLSTER}/absence-figures`, { method: 'POST', token, body: figures });
    expect(upload.status, JSON.stringify(upload.json)).toBe(201);
  });

  it('refuses a number another municipality has (409), and a number whose check digit is wrong (422)', async () => {
    const taken = await people(`/municipalities/${JOLSTER}`, { method: 'PATCH', token: secretariat, body: { organisationNumber: VERDAL.organisationNumber } });
    expect(taken.status).toBe(409);
    expect(taken.json.detail).toContain(`municipality ${VERDAL.number}`);
    const wrongDigit = await people(`/municipalities/${JOLSTER}`, { method: 'PATCH', token: secretariat, body: { organisationNumber: '911002745' } });
    expect(wrongDigit.status).toBe(422);
    expect(JSON.stringify(wrongDigit.json)).toContain('/organisationNumber');
  });

  it('a change removes the old number’s mapping in the same write: a token naming it is refused', async () => {
    const changed = await people(`/municipalities/${JOLSTER}`, { method: 'PATCH', token: secretariat, body: { organisationNumber: JOLSTER_NEXT } });
    expect(changed.status).toBe(200);
    const old = await machineToken(JOLSTER_ORGANISATION, ['kvalitetskommune:figures.write']);
    const refused = await machine(`/municipalities/${JOLSTER}/absence-figures`, { method: 'POST', token: old, body: figures });
    expect(refused.status).toBe(403);
    expect(refused.json.detail).toContain(JOLSTER_ORGANISATION);
    const now = await machineToken(JOLSTER_NEXT, ['kvalitetskommune:figures.read']);
    expect((await machine(`/municipalities/${JOLSTER}/absence-figures`, { token: now })).status).toBe(200);
    // Removed (null): nobody's again.
    expect((await people(`/municipalities/${JOLSTER}`, { method: 'PATCH', token: secretariat, body: { organisationNumber: null } })).status).toBe(200);
    expect((await machine(`/municipalities/${JOLSTER}/absence-figures`, { token: now })).status).toBe(403);
  });

  it('a municipality may not set its own: 403 naming the secretariat', async () => {
    const leader = await personToken(stack, { municipality: JOLSTER, roles: ['project-leader'] });
    const refused = await people(`/municipalities/${JOLSTER}`, { method: 'PATCH', token: leader, body: { organisationNumber: JOLSTER_ORGANISATION } });
    expect(refused.status).toBe(403);
    expect(refused.json.detail).toMatch(/Only the secretariat sets a municipality’s organisation number/);
  });
});
