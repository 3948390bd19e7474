/**
 * The API is what its document says: a broad walk through the local stack, every response of
 * it held against docs/openapi.json (test/support/contract.ts): status listed for the
 * operation, media type, body schema (JSON Schema 2020-12, ajv), documented headers. Every
 * request goes through one recording `fetch` — plain calls and the client generated from the
 * document (test/client) alike — and every `Location` handed out is followed with a GET.
 *
 * The walk: each route of the routing table with the right principal, without a token, with
 * the wrong role, with unknown ids, with malformed, invalid and wrongly typed bodies, with a
 * malformed Idempotency-Key; then the README's walk-through with the generated client; then
 * conflicts, idempotent repeats and races, uploads (JSON and text/csv, repeats, asynchronous),
 * reports, notifications, dead letters and the gateway's own answers. The last test fails if
 * an operation of the document was never exercised, and prints (and writes to
 * coverage/contract.json) the figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import createClient from 'openapi-fetch';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import type { Actor } from '../../shared/platform/auth/principal.ts';
import { MAX_JSON_BODY_BYTES } from '../../shared/platform/http/middlewares/parse-request.ts';
import { httpRoutes } from '../../shared/routing.ts';
import type { paths } from '../client/openapi.ts';
import type { ApiResponse } from '../support/api-client.ts';
import { ContractRecorder, formatMismatch, groupMismatches, loadDocument } from '../support/contract.ts';
import { completeApplication, eventually } from '../support/fixtures.ts';
import { useTestStack } from '../support/local-stack.ts';
import { bodies, ids, OTHER, OWNER, pathOf, setUpExamples } from '../support/route-examples.ts';
import { personToken, staffToken } from '../support/people.ts';
import { signAll, signatoryToken } from '../support/signatures.ts';

// A contract failure is about the document, not the pipeline: the stack's log would only bury it.
const testStack = useTestStack({ logOnFailure: false });
let stack: LocalStack;
const recorder = new ContractRecorder(loadDocument(), () => stack.url);
const tokens: Record<string, string> = {};
type Route = (typeof httpRoutes)[number];

interface CallOptions {
  method?: string;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as it is, with this content type (CSV, broken JSON). */
  raw?: { contentType: string; text: string };
}

/**
 * The walk's client: every request through the recorder, and every `Location` of a success
 * followed with a GET as the same caller, so a URL the API hands out is checked as a GET too.
 */
async function api(path: string, options: CallOptions = {}): Promise<ApiResponse & { text: string }> {
  const headers: Record<string, string> = {
    ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...(options.raw ? { 'content-type': options.raw.contentType } : {}),
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    ...options.headers,
  };
  const body = options.raw ? options.raw.text : options.body !== undefined ? JSON.stringify(options.body) : undefined;
  const response = await recorder.fetch(path, { method: options.method ?? 'GET', headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  let json: Record<string, any> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, any>) : {};
  } catch {
    // Not JSON (CSV, the checker says whether that was documented).
  }
  const location = response.headers.get('location');
  if (location && response.status < 300) await follow(path, options, response.status, location);
  return { status: response.status, headers: response.headers, json, text };
}

async function follow(from: string, options: CallOptions, status: number, location: string) {
  const origin = recorder.checker.match(options.method ?? 'GET', from);
  if (!recorder.checker.match('GET', location)) {
    recorder.mismatches.push({ operation: origin?.id ?? from, status, pointer: 'header/location', message: `points at GET ${location}, which is no documented operation`, request: `${options.method ?? 'GET'} ${from}` });
    return;
  }
  const answer = await recorder.fetch(location, { headers: options.token ? { authorization: `Bearer ${options.token}` } : {} });
  if (answer.status !== 200) recorder.mismatches.push({ operation: origin?.id ?? from, status, pointer: 'header/location', message: `GET ${location} answers ${answer.status}, not 200`, request: `${options.method ?? 'GET'} ${from}` });
}

/** A test of the walk: fails with every mismatch its responses had. */
function step(name: string, walk: () => Promise<void>, timeout = 60_000) {
  it(
    name,
    async () => {
      const from = recorder.mismatches.length;
      await walk();
      expect(recorder.mismatches.slice(from).map(formatMismatch), 'responses the document does not describe').toEqual([]);
    },
    timeout,
  );
}

const accessOf = (route: Route) => (route.access === 'public' ? [] : (route.access as readonly Actor[]));
function rightToken(route: Route): string | undefined {
  const access = accessOf(route);
  if (route.access === 'public') return undefined;
  if (access.includes('project-leader') || access.includes('figures-uploader')) return tokens.owner;
  if (access.includes('secretariat')) return tokens.secretariat;
  // A signature: the owner's management (the example body signs as management).
  return access.includes('management') ? tokens.signatory : tokens.advisor;
}
const exampleBody = (route: Route) => bodies[route.function]?.();
const unknownValue = (name: string) => (name === 'number' ? '9998' : name === 'function' ? 'noSuchFunction' : name === 'token' ? 'A'.repeat(43) : '00000000-0000-4000-8000-000000000000');

beforeAll(async () => {
  stack = testStack();
}, 60_000);

describe('the contract walk', () => {
  step('sets up the example resources through the API', async () => {
    Object.assign(tokens, await setUpExamples(stack, api, 'kari.kontrakt@verdal.kommune.no'));
  });

  describe.each(httpRoutes.map((route) => [`${route.method} ${route.path}`, route] as const))('%s', (_name, route) => {
    if (route.access === 'public') {
      step('without a token (public)', async () => {
        expect((await api(pathOf(route), { method: route.method })).status).toBeLessThan(500);
      });
    } else {
      step('without a token (401)', async () => {
        const body = exampleBody(route);
        const response = await api(pathOf(route), { method: route.method, ...(body !== undefined ? { body } : {}) });
        expect(response.status).toBe(401);
      });
      const wrongRole = (['secretariat', 'advisor', 'evaluator', 'project-leader'] as const).find((role) => !accessOf(route).includes(role));
      if (wrongRole) {
        step(`with the ${wrongRole} role (403)`, async () => {
          const body = exampleBody(route);
          const response = await api(pathOf(route), { method: route.method, token: wrongRole === 'project-leader' ? tokens.other : tokens[wrongRole], ...(body !== undefined ? { body } : {}) });
          expect(response.status).toBe(403);
        });
      }
    }
    for (const name of [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)) {
      step(`with an unknown {${name}} (404)`, async () => {
        const path = pathOf(route).replace(pathOf(route).split('/')[route.path.split('/').indexOf(`{${name}}`)]!, unknownValue(name));
        const body = exampleBody(route);
        const token = name === 'number' && accessOf(route).includes('secretariat') ? tokens.secretariat : rightToken(route);
        const response = await api(path, { method: route.method, ...(token ? { token } : {}), ...(body !== undefined ? { body } : {}) });
        // An unknown municipality number has an empty series of figures (200), not a 404.
        if (route.function === 'getAbsenceFigures') expect([200, 404], response.text).toContain(response.status);
        else expect(response.status, response.text).toBe(404);
      });
    }
    if (exampleBody(route) !== undefined) {
      step('with a body that is not JSON (400), not valid (422), of another media type (415), too large (413)', async () => {
        const token = rightToken(route);
        const auth = token ? { token } : {};
        expect((await api(pathOf(route), { method: route.method, ...auth, raw: { contentType: 'application/json', text: '{"unterminated": ' } })).status).toBe(400);
        // Invalid input, or (a submitted application, a closed cohort) refused by its state first.
        expect([409, 422]).toContain((await api(pathOf(route), { method: route.method, ...auth, body: { unknownField: [1, 2, 3] } })).status);
        expect((await api(pathOf(route), { method: route.method, ...auth, raw: { contentType: 'text/plain', text: 'hei' } })).status).toBe(415);
        // Over the JSON limit of the route (256 KiB; the figure uploads take 5 MB).
        const limit = /absence-figures$/.test(route.path) ? 5 * 1024 * 1024 : MAX_JSON_BODY_BYTES;
        const tooLarge = await api(pathOf(route), { method: route.method, ...auth, raw: { contentType: 'application/json', text: JSON.stringify({ padding: 'x'.repeat(limit + 1) }) } });
        expect(tooLarge.status).toBe(413);
      });
    }
    if (route.method === 'POST') {
      step('with a malformed Idempotency-Key (422)', async () => {
        const token = rightToken(route);
        const body = exampleBody(route);
        const response = await api(pathOf(route), { method: 'POST', ...(token ? { token } : {}), ...(body !== undefined ? { body } : {}), headers: { 'idempotency-key': 'x y' } });
        expect(response.status, response.text).toBe(422);
      });
    }
  });

  // The happy calls after the refusals: some of them change state (a decision, a withdrawal, a closed cohort).
  step('calls every route as its right principal', async () => {
    for (const route of httpRoutes) {
      const token = rightToken(route);
      const body = exampleBody(route);
      const response = await api(pathOf(route), { method: route.method, ...(token ? { token } : {}), ...(body !== undefined ? { body } : {}) });
      expect(response.status, `${route.function}: ${response.text}`).toBeLessThan(500);
      expect([401, 403], `${route.function}: ${response.text}`).not.toContain(response.status);
    }
  }, 120_000);

  step('follows the README walk-through with the client generated from the document', async () => {
    const client = createClient<paths>({ baseUrl: stack.url, fetch: (request: Request) => recorder.fetch(request) });
    const jolster = await personToken(stack, { municipality: '1431' });
    const levanger = await personToken(stack, { municipality: '1719' });
    const verdal = await personToken(stack, { municipality: '1702' });
    const confirmationCode = async (address: string) => {
      const { confirmationCodeFor } = await import('../support/email-confirmation.ts');
      await stack.settled();
      return confirmationCodeFor(stack, address);
    };
    // Imported by a path tsc does not follow: the walk-through is type-checked on its own
    // (test/unit/client-types.test.ts), red while the document lacks what it sends, and still runs here.
    const walkThrough = '../client/readme-walk-through.ts';
    const { readmeWalkThrough } = (await import(walkThrough)) as { readmeWalkThrough: (client: unknown, callers: Record<string, unknown>) => Promise<{ earlySubmission: number; stranger: number }> };
    const seen = await readmeWalkThrough(client, { secretariat: tokens.secretariat!, applicant: verdal, applicantNumber: '1702', draftee: jolster, drafteeNumber: '1431', stranger: levanger, advisorId: (await staffToken(stack, { role: 'advisor', name: 'Vera Veileder', email: 'vera@ks.no' })).personId, confirmationCode });
    expect(seen.earlySubmission).toBe(422);
    expect(seen.stranger).toBe(404);
  }, 120_000);

  let cohort: string;
  step('answers conflicts with 409: a second application, an illegal transition', async () => {
    const created = await api('/cohorts', { method: 'POST', token: tokens.secretariat, body: { name: 'Pulje K', applicationWindow: { opensOn: '2007-01-15', closesOn: '2007-03-15' }, startDate: '2007-04-01', durationYears: 3 } });
    expect(created.status).toBe(201);
    cohort = created.json.id;
    expect((await api(`/cohorts/${cohort}/transitions`, { method: 'POST', token: tokens.secretariat, body: { action: 'close' } })).status).toBe(409);
    expect((await api(`/cohorts/${cohort}/transitions`, { method: 'POST', token: tokens.secretariat, body: { action: 'open' } })).status).toBe(200);
    const token = await personToken(stack, { municipality: '1714' });
    const body = { ...completeApplication({ projectLeader: { name: 'Kari', email: 'pl-1714@kommune.no' } }), cohortId: cohort };
    expect((await api('/applications', { method: 'POST', token, body })).status).toBe(201);
    expect((await api('/applications', { method: 'POST', token, body })).status).toBe(409);
  });

  step('takes a draft through its changes, its submission and a withdrawal (200s), and refuses bad queries (422)', async () => {
    const token = await personToken(stack, { municipality: '1738' });
    const draft = await api('/applications/drafts', { method: 'POST', token, body: { cohortId: cohort } });
    expect(draft.status, draft.text).toBe(201);
    const { cohortId: _cohort, ...content } = { ...completeApplication({ projectLeader: { name: 'Kari', email: 'pl-1738@kommune.no' } }), cohortId: cohort };
    const updated = await api(`/applications/${draft.json.id}`, { method: 'PATCH', token, body: content });
    expect(updated.status, updated.text).toBe(200);
    const submitted = await api(`/applications/${draft.json.id}/submission`, { method: 'POST', token });
    expect(submitted.status, submitted.text).toBe(200);
    const withdrawn = await api(`/applications/${draft.json.id}/withdrawal`, { method: 'POST', token });
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect((await api('/applications?status=nonsense', { token: tokens.secretariat })).status).toBe(422);
    expect((await api('/reports?status=nonsense', { token: tokens.secretariat })).status).toBe(422);
    expect((await api('/overview/absence-comparison?from=nonsense', { token: tokens.secretariat })).status).toBe(422);
    // Another municipality's figures are not visible to it: 404.
    expect((await api(`/municipalities/${OWNER}/absence-figures`, { token: tokens.other })).status).toBe(404);
  });

  step('replays a repeat with its Idempotency-Key, refuses the key with another body (422), and answers a repeat in flight with 409', async () => {
    const token = await personToken(stack, { municipality: '1717' });
    const body = { ...completeApplication({ projectLeader: { name: 'Kari', email: 'pl-1717@kommune.no' } }), cohortId: cohort };
    const headers = { 'idempotency-key': 'kontrakt-soknad-0001' };
    const first = await api('/applications', { method: 'POST', token, body, headers });
    expect(first.status).toBe(201);
    expect((await api('/applications', { method: 'POST', token, body, headers })).status).toBe(201);
    expect((await api('/applications', { method: 'POST', token, body: { ...body, approach: 'Noe annet enn sist, med nok tekst til å være gyldig.' }, headers })).status).toBe(422);
    // Racers with one key: those arriving while the first runs get 409 idempotency-key-in-progress.
    const statuses = new Set<number>();
    for (let round = 0; round < 5 && !statuses.has(409); round++) {
      const racers = await Promise.all(
        Array.from({ length: 6 }, () => api('/cohorts', { method: 'POST', token: tokens.secretariat, headers: { 'idempotency-key': `kontrakt-pulje-${round}` }, body: { name: `Pulje R${round}`, applicationWindow: { opensOn: '2008-01-01', closesOn: '2008-02-01' }, startDate: '2008-03-01', durationYears: 2 } })),
      );
      for (const r of racers) statuses.add(r.status);
    }
    expect([...statuses].every((s) => s === 201 || s === 409), [...statuses].join(',')).toBe(true);
  });

  step('takes figures as JSON and text/csv, repeats answered 200, and asynchronous uploads 202', async () => {
    const own = (body: unknown, raw?: CallOptions['raw']) => api(`/municipalities/${OWNER}/absence-figures`, { method: 'POST', token: tokens.owner, ...(raw ? { raw } : { body }) });
    const rows = { rows: [{ period: '2007Q2', lostDays: 80, agreedDays: 1000 }] };
    expect((await own(rows)).status).toBe(201);
    expect((await own(rows)).status).toBe(200);
    const csv = { contentType: 'text/csv', text: 'period,lostDays,agreedDays\n2007Q3,70,1000\n' };
    expect((await own(undefined, csv)).status).toBe(201);
    expect((await own(undefined, csv)).status).toBe(200);
    const bulkRows = { rows: [{ municipalityNumber: OTHER, period: '2007Q2', lostDays: 50, agreedDays: 1000 }] };
    const bulk = () => api('/absence-figures', { method: 'POST', token: tokens.secretariat, body: bulkRows });
    expect((await bulk()).status).toBe(201);
    expect((await bulk()).status).toBe(200);
    const bulkCsv = await api('/absence-figures', { method: 'POST', token: tokens.secretariat, raw: { contentType: 'text/csv', text: `municipalityNumber,period,lostDays,agreedDays\n${OTHER},2007Q3,40,1000\n` } });
    expect(bulkCsv.status, bulkCsv.text).toBe(201);
    expect((await api(`/municipalities/${OWNER}/absence-figures`, { token: tokens.owner })).status).toBe(200);

    // Through S3: a presigned PUT, then the upload polled until it is done.
    const created = await api(`/municipalities/${OWNER}/absence-uploads`, { method: 'POST', token: tokens.owner, body: { contentType: 'text/csv' } });
    expect(created.status).toBe(202);
    const put = await fetch(created.json.put.url, { method: 'PUT', headers: created.json.put.headers, body: 'period,lostDays,agreedDays\n2007Q4,60,1000\n' });
    expect(put.status).toBe(200);
    const uploadId = created.json.upload.uploadId as string;
    await eventually(async () => ((await api(`/absence-uploads/${uploadId}`, { token: tokens.owner })).json.status === 'committed' ? true : undefined), 60_000, 'the upload committed');
    const bulkUpload = await api('/absence-uploads', { method: 'POST', token: tokens.secretariat, body: { contentType: 'application/json' } });
    expect(bulkUpload.status).toBe(202);

    // More rows than ASYNC_UPLOAD_ROWS in a request: 202 with a Location (the functions read it per call).
    const previous = process.env.ASYNC_UPLOAD_ROWS;
    process.env.ASYNC_UPLOAD_ROWS = '1';
    try {
      const large = { rows: [{ period: '2008Q1', lostDays: 10, agreedDays: 1000 }, { period: '2008Q2', lostDays: 11, agreedDays: 1000 }] };
      const later = await api(`/municipalities/${OWNER}/absence-figures`, { method: 'POST', token: tokens.owner, body: large });
      expect(later.status, later.text).toBe(202);
      const laterBulk = await api('/absence-figures', { method: 'POST', token: tokens.secretariat, body: { rows: large.rows.map((r) => ({ ...r, municipalityNumber: OTHER })) } });
      expect(laterBulk.status, laterBulk.text).toBe(202);
      await eventually(async () => ((await api(later.headers.get('location')!, { token: tokens.owner })).json.status === 'committed' ? true : undefined), 60_000, 'the request upload committed');
    } finally {
      if (previous === undefined) delete process.env.ASYNC_UPLOAD_ROWS;
      else process.env.ASYNC_UPLOAD_ROWS = previous;
    }
  }, 180_000);

  step('answers racing identical uploads with one receipt, and the rest 200 or 409 upload-in-progress with Retry-After', async () => {
    const statuses = new Set<number>();
    for (let round = 0; round < 5 && !statuses.has(409); round++) {
      const body = { rows: Array.from({ length: 40 }, (_, u) => ({ period: `2006Q${round % 4 + 1}`, unit: `Enhet ${u}`, lostDays: 10 + u + round, agreedDays: 1000, headcount: 20 })) };
      const racers = await Promise.all(Array.from({ length: 6 }, () => api(`/municipalities/${OWNER}/absence-figures`, { method: 'POST', token: tokens.owner, body })));
      for (const r of racers) statuses.add(r.status);
    }
    expect([...statuses].every((s) => [200, 201, 409].includes(s)), [...statuses].join(',')).toBe(true);
  }, 90_000);

  step('reads the overview, target statuses and the comparison, with and without dates', async () => {
    expect((await api('/overview', { token: tokens.secretariat })).status).toBe(200);
    expect((await api('/overview?date=2007-12-31', { token: tokens.advisor })).status).toBe(200);
    expect((await api('/overview?date=not-a-date', { token: tokens.secretariat })).status).toBe(422);
    expect((await api('/overview/target-statuses', { token: tokens.secretariat })).status).toBe(200);
    expect((await api('/overview/absence-comparison?from=2007Q1&to=2007Q4', { token: tokens.secretariat })).status).toBe(200);
    expect((await api('/municipalities?county=17&limit=5', { token: tokens.secretariat })).status).toBe(200);
    const page = await api('/municipalities?limit=2', { token: tokens.secretariat });
    expect(page.status).toBe(200);
    if (page.json.nextCursor) expect((await api(`/municipalities?limit=2&cursor=${encodeURIComponent(page.json.nextCursor)}`, { token: tokens.secretariat })).status).toBe(200);
    expect((await api('/municipalities?validOn=not-a-date', { token: tokens.secretariat })).status).toBe(422);
    expect((await api('/applications?cursor=not-a-cursor', { token: tokens.secretariat })).status).toBeLessThan(500);
  });

  step('plans, submits, reviews and moves reports', async () => {
    const reports = (await api(`/reports?cohortId=${ids.cohort}`, { token: tokens.secretariat })).json.reports as { id: string; status: string }[];
    expect(reports.length).toBeGreaterThan(0);
    const open = reports.find((r) => r.status !== 'submitted' && r.status !== 'accepted') ?? reports[0]!;
    await api(`/reports/${open.id}`, { token: tokens.owner });
    await api(`/reports/${open.id}`, { method: 'PATCH', token: tokens.secretariat, body: { dueDate: '2008-06-30' } });
    const submitted = await api(`/reports/${open.id}/submission`, { method: 'POST', token: tokens.owner, body: { summary: 'Arbeidet med nærvær er organisert i tre delprosjekter.' } });
    expect(submitted.status, submitted.text).toBeLessThan(500);
    if (submitted.json?.status === 'awaiting-signatures') {
      await signAll(stack, api, open.id, OWNER);
      // The same role again: already signed (409); the report is submitted, so nothing awaits a signature.
      const again = await api(`/reports/${open.id}/signatures`, { method: 'POST', token: await signatoryToken(stack, OWNER, 'management'), body: { role: 'management' } });
      expect(again.status, again.text).toBe(409);
    }
    await api(`/reports/${open.id}/review`, { method: 'POST', token: tokens.secretariat, body: { outcome: 'accepted', comment: 'Godt arbeid' } });
    // Reviewing it again: not in a state to review (409).
    expect((await api(`/reports/${open.id}/review`, { method: 'POST', token: tokens.secretariat, body: { outcome: 'accepted', comment: 'Igjen' } })).status).toBe(409);
    expect((await api('/reports?status=overdue', { token: tokens.advisor })).status).toBe(200);
    expect((await api(`/cohorts/${ids.cohort}/report-plan`, { method: 'PUT', token: tokens.secretariat, body: bodies.setReportPlan!() })).status).toBeLessThan(500);
  });

  step('lists notifications, retries one (202), lists dead letters and redrives them (202)', async () => {
    expect((await api('/notifications?status=sent&limit=1', { token: tokens.secretariat })).status).toBe(200);
    expect((await api('/notifications?status=nonsense', { token: tokens.secretariat })).status).toBe(422);
    stack.aws.failNextEmails = 1_000;
    await api(`/municipalities/${OTHER}`, { method: 'PATCH', token: tokens.other, body: { contactEmail: 'postmottak.kontrakt@levanger.kommune.no' } });
    await eventually(() => (stack.deadLetters.list().some((l) => l.target === 'deliverNotification') ? true : undefined), 60_000, 'a dead letter');
    stack.aws.failNextEmails = 0;
    expect((await api('/dead-letters', { token: tokens.secretariat })).status).toBe(200);
    expect((await api('/dead-letters/deliverNotification/redrive', { method: 'POST', token: tokens.secretariat })).status).toBe(202);
    const failed = (await api('/notifications?status=failed', { token: tokens.secretariat })).json.notifications as { id: string }[] | undefined;
    if (failed?.[0]) await api(`/notifications/${failed[0].id}/retry`, { method: 'POST', token: tokens.secretariat });
    await stack.settled();
  }, 120_000);

  step('answers with problems of its own at the gateway: unknown path 404, wrong method 405, undecodable path 400', async () => {
    expect((await recorder.fetchOutside('/no-such-route', { headers: { authorization: `Bearer ${tokens.secretariat}` } })).status).toBe(404);
    expect((await recorder.fetchOutside('/cohorts', { method: 'DELETE', headers: { authorization: `Bearer ${tokens.secretariat}` } })).status).toBe(405);
    expect((await api('/applications/%E0%A4', { token: tokens.secretariat })).status).toBe(400);
    expect((await api('/cohorts', { token: 'not-a-jwt' })).status).toBe(401);
  });

  step('follows a request by the x-correlation-id the caller sent', async () => {
    const response = await api('/cohorts', { token: tokens.secretariat, headers: { 'x-correlation-id': 'kontrakt-sporing-0001' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-correlation-id')).toBe('kontrakt-sporing-0001');
    const refused = await api(`/cohorts/${unknownValue('cohortId')}`, { token: tokens.secretariat, headers: { 'x-correlation-id': 'kontrakt-sporing-0002' } });
    expect(refused.json.correlationId).toBe('kontrakt-sporing-0002');
  });
});

describe('the contract', () => {
  it('was exercised on every operation of the document, and every response conformed', () => {
    const figures = recorder.figures();
    const report = {
      ...figures,
      unexercised: recorder.unexercised(),
      documentedButNotSeen: recorder.unseenPairs(),
      pairs: Object.fromEntries([...recorder.seen].map(([id, statuses]) => [id, Object.fromEntries(statuses)])),
      mismatchKinds: groupMismatches(recorder.mismatches),
      mismatchList: recorder.mismatches.map(formatMismatch),
    };
    mkdirSync(join(import.meta.dirname, '..', '..', 'coverage'), { recursive: true });
    writeFileSync(join(import.meta.dirname, '..', '..', 'coverage', 'contract.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(
      `contract: ${figures.operationsExercised}/${figures.operations} operations exercised, ${figures.responsesChecked} responses checked (${figures.outsideTheDocument} outside the document), ` +
        `${figures.operationStatusPairsSeen} operation × status pairs seen (of ${figures.operationStatusPairsDocumented} documented), ${figures.operationStatusPairsConforming} conformed, ${figures.operationStatusPairsWithMismatch} with a mismatch, ` +
        `${figures.responsesToUndocumentedOperations} responses to requests no operation describes, ${figures.mismatches} mismatches in ${report.mismatchKinds.length} kinds (coverage/contract.json)`,
    );
    expect(report.unexercised, 'documented operations the walk never called').toEqual([]);
    expect(figures.responsesChecked).toBeGreaterThan(figures.operations * 4);
    // Each kind once (the tests above name every response): operation, status, pointer, what differs.
    expect(report.mismatchKinds, 'responses the document does not describe').toEqual([]);
  });
});
