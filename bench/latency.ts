/**
 * Latency benchmark (issue 7, parts 2 and 4; a script, not a test: figures vary with the
 * machine, the ratios are what to compare).
 *
 * Part 2: request latency of the main routes through the local gateway (autocannon, a fixed
 * number of connections, each with one request in flight), against floors measured in the same
 * run on the same DynamoDB Local with the same kind of loop: a bare GetItem (for the GET routes)
 * and a bare PutItem (for the POST routes), through the DocumentClient the handlers use. Route
 * and floor measurements alternate in rounds, so the noise of a shared machine hits both. The
 * pipeline is stopped meanwhile: in AWS it runs apart from the request; here it would compete
 * for the same CPU. Where the time goes: the DynamoDB calls each route makes (counted and timed
 * in the SDK), and one request at a time, each next to a floor call and to the same handler
 * called in-process without the gateway (its DynamoDB time taken through the request's async
 * context). GET /applications/{id} also runs with a new token on every request, which costs a
 * full JWT verification, as every request did before the gateway kept verified tokens.
 *
 * Part 4: pipeline latency, from a POST /applications answered to the project leader's receipt
 * (.eml) written, at a fixed rate and one at a time, with the time spent in each stage: the bus
 * and the mail sink report what they see, and every event and email carries the POST's
 * correlation id.
 *
 * Progress goes to stderr, the results (Markdown) to stdout.
 *
 *   node bench/latency.ts
 *   node bench/latency.ts --requests 3000 --connections 16 --rounds 6 --submissions 150 --rate 20
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { availableParallelism, loadavg } from 'node:os';
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { BusEvent } from '../local/event-bus.ts';
import type { MailStored } from '../local/mail-sink.ts';
import { forEachConcurrently } from '../shared/platform/concurrency.ts';
import { SECTORS } from '../shared/absence/model.ts';
import { elapsedSeconds, percentile, progress, QUARTERS, startBenchStack } from './support.ts';
import type { HttpEvent, HttpResult } from '../shared/platform/http/types.ts';
import { functions, type FunctionName } from '../shared/routing.ts';
import { apiClient, createOpenCohort } from '../test/support/api-client.ts';
import { completeApplication } from '../test/support/fixtures.ts';
import { claims as claimsOf, httpEvent, lambdaContext } from '../test/support/http-events.ts';
import { personToken } from '../test/support/people.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '2000' },
    connections: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '4' },
    'one-at-a-time': { type: 'string', default: '100' },
    'new-tokens': { type: 'string', default: '500' },
    warmup: { type: 'string', default: '10' },
    submissions: { type: 'string', default: '100' },
    'one-at-a-time-submissions': { type: 'string', default: '20' },
    rate: { type: 'string', default: '10' },
  },
});
const REQUESTS = Number(values.requests);
const CONNECTIONS = Number(values.connections);
const ROUNDS = Number(values.rounds);
const WARMUP = Number(values.warmup);
const SUBMISSIONS = Number(values.submissions);
const RATE = Number(values.rate);
const CHUNK = Math.ceil(REQUESTS / ROUNDS);
const NEW_TOKEN_CHUNK = Math.ceil(Number(values['new-tokens']) / ROUNDS);
const UNLOADED_CHUNK = Math.ceil(Number(values['one-at-a-time']) / ROUNDS);
const PIPELINE_WARMUP = 10;

const loadAtStart = loadavg()[0]!;
const raise = (message: string): never => {
  throw new Error(message);
};
progress('Starting the local stack (DynamoDB Local in memory)…');
const stack = await startBenchStack('latency');
const api = apiClient(() => stack.url);

// Imported after the stack set the environment, so this client talks to DynamoDB Local: the
// one instance the handlers use, with their configuration.
const { documentClient, dynamoDbClient } = await import('../shared/platform/dynamodb/client.ts');
const { GetCommand, PutCommand } = await import('@aws-sdk/lib-dynamodb');
const { keys: applicationsKeys } = await import('../shared/applications/repository.ts');
const { Table } = await import('../shared/platform/dynamodb/table.ts');
const { MunicipalitiesRepository } = await import('../shared/municipalities/index.ts');

/**
 * Every DynamoDB call of this process (handlers, floors, pipeline), timed in the SDK from send to
 * result: by command since the last reset, and per request for in-process calls (the request's
 * async context collects the intervals its calls took).
 */
const dynamoDbCalls = new Map<string, number[]>();
const requestCalls = new AsyncLocalStorage<[number, number][]>();
/** Told of each transaction that succeeded, with its input (the pipeline run follows its notifications by it). */
let onTransactionCommitted: ((input: unknown) => void) | undefined;
dynamoDbClient.middlewareStack.add(
  (next, context) => async (args) => {
    const started = performance.now();
    let ok = false;
    try {
      const result = await next(args);
      ok = true;
      return result;
    } finally {
      const ended = performance.now();
      const command = (context.commandName ?? '?').replace(/Command$/, '');
      const durations = dynamoDbCalls.get(command) ?? [];
      durations.push(ended - started);
      dynamoDbCalls.set(command, durations);
      requestCalls.getStore()?.push([started, ended]);
      if (ok && command === 'TransactWriteItems') onTransactionCommitted?.(args.input);
    }
  },
  { step: 'initialize', name: 'timeLatencyBenchCalls' },
);
const p50 = (xs: readonly number[]) => percentile(xs, 50);
const p99 = (xs: readonly number[]) => percentile(xs, 99);

/** How long at least one DynamoDB call was in flight (calls made in parallel count once). */
const covered = (intervals: [number, number][]) => {
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
};

// ---------------------------------------------------------------------------------------------
// Fixtures: Verdal (1721) applies to cohort A and is admitted, with three years of figures by
// sector; every municipality gets a token.
// ---------------------------------------------------------------------------------------------
progress('Setting up: cohort, Verdal admitted with 48 figures, a token per municipality…');
const VERDAL = '1721';
const secretariat = await stack.issuer.issue({ role: 'secretariat' });
const municipalities = (await new MunicipalitiesRepository(new Table(stack.tableName)).list()).map((m) => m.number);
const tokens = new Map<string, string>();
for (const number of municipalities) tokens.set(number, await personToken(stack, { municipality: number }));
const tokenOf = (number: string) => tokens.get(number)!;
const others = municipalities.filter((n) => n !== VERDAL);

const cohortA = await createOpenCohort(api, secretariat, 'Pulje A');
const application = await api('/applications', { method: 'POST', token: tokenOf(VERDAL), body: { ...completeApplication(), cohortId: cohortA } });
if (application.status !== 201) throw new Error(`Verdal's application answered ${application.status}`);
const applicationId = application.json.id as string;
const decided = await api(`/applications/${applicationId}/decision`, {
  method: 'POST',
  token: secretariat,
  body: { outcome: 'admitted', reason: 'Benchmark', decidedOn: '2007-03-30' },
});
if (decided.status !== 200) throw new Error(`The decision answered ${decided.status}`);
const figures = await api(`/municipalities/${VERDAL}/absence-figures`, {
  method: 'POST',
  token: tokenOf(VERDAL),
  body: { rows: QUARTERS.flatMap((period, q) => SECTORS.map((sector, s) => ({ period, sector, lostDays: 40 + ((q + s) % 9), agreedDays: 500 + 100 * s }))) },
});
if (figures.status !== 201) throw new Error(`Verdal's figures answered ${figures.status}`);
await stack.settled();

// ---------------------------------------------------------------------------------------------
// Part 4: pipeline latency. Each POST /applications carries its own correlation id, which every
// event and the email it causes carry on; the bus and the mail sink report what they see.
// ---------------------------------------------------------------------------------------------
interface Trace {
  posted?: number;
  accepted?: number;
  /** ApplicationSubmitted reached the bus (stream read, publisher ran, PutEvents answered). */
  published?: number;
  /** sendApplicationReceipt's transaction committed: the receipt notification and its NotificationQueued outbox item. */
  queued?: number;
  /** The receipt's NotificationQueued reached the bus. */
  republished?: number;
  /** The receipt's .eml file was written. */
  written?: number;
}
const traces = new Map<string, Trace>();
const metadataOf = (event: BusEvent) => (event.detail as { metadata?: { correlationId?: string } } | undefined)?.metadata;
const onPut = (event: BusEvent) => {
  const trace = traces.get(metadataOf(event)?.correlationId ?? '');
  if (!trace) return;
  const type = event['detail-type'];
  if (type === 'ApplicationSubmitted') trace.published ??= performance.now();
  const data = (event.detail as { data?: { template?: string } }).data;
  if (type === 'NotificationQueued' && data?.template === 'application-receipt') trace.republished ??= performance.now();
};
/** sendApplicationReceipt's transaction: the receipt's notification item names its template, and its outbox item the correlation id. */
const onCommitted = (input: unknown) => {
  const text = JSON.stringify(input);
  if (!text.includes('application-receipt') || !text.includes('NotificationQueued')) return;
  const correlationId = /latency-(?:warmup|run|single)-\d+/.exec(text)?.[0];
  const trace = traces.get(correlationId ?? '');
  if (trace) trace.queued ??= performance.now();
};
let receiptsWritten = 0;
const onStored = (mail: MailStored) => {
  const headerEnd = mail.raw.indexOf('\r\n\r\n');
  const headers = mail.raw.subarray(0, headerEnd < 0 ? undefined : headerEnd).toString('utf8');
  const correlationId = /^X-Correlation-Id:\s*(\S+)/im.exec(headers)?.[1];
  const to = /^To:\s*(.+)$/im.exec(headers)?.[1] ?? '';
  const trace = traces.get(correlationId ?? '');
  if (trace && to.includes('prosjektleder-') && trace.written === undefined) {
    trace.written = performance.now();
    receiptsWritten++;
  }
};
stack.bus.on('put', onPut);
stack.mail.on('stored', onStored);
onTransactionCommitted = onCommitted;

/**
 * Submits applications of municipalities other than Verdal: at RATE per second (open loop), or
 * one at a time (each once the previous one's receipt is written and no event is in flight, after
 * a random pause, so that it meets the stream reader at a random point of its poll interval).
 */
async function submit(label: string, count: number, offset: number, pace: 'rate' | 'one at a time'): Promise<Trace[]> {
  const runTraces: Trace[] = [];
  const posts: Promise<void>[] = [];
  const start = performance.now();
  const written = receiptsWritten;
  const receipts = (n: number) => {
    const deadline = Date.now() + 30_000;
    return (async () => {
      while (receiptsWritten - written < n) {
        if (Date.now() > deadline) throw new Error(`Only ${receiptsWritten - written} of ${n} receipts were written within 30 s`);
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
  };
  for (let i = 0; i < count; i++) {
    const wait = pace === 'rate' ? start + (i * 1000) / RATE - performance.now() : Math.random() * POLL_MS;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const number = others[offset + i]!;
    const correlationId = `latency-${label}-${i}`;
    const trace: Trace = { posted: performance.now() };
    traces.set(correlationId, trace);
    runTraces.push(trace);
    const post = api('/applications', {
      method: 'POST',
      token: tokenOf(number),
      headers: { 'x-correlation-id': correlationId },
      body: { ...completeApplication({ projectLeader: { name: 'Kari Nordmann', email: `prosjektleder-${number}@bench.kommune.no` } }), cohortId: cohortA },
    }).then((response) => {
      trace.accepted = performance.now();
      if (response.status !== 201) throw new Error(`POST /applications answered ${response.status}: ${JSON.stringify(response.json)}`);
    });
    posts.push(post);
    if (pace === 'one at a time') {
      await post;
      await receipts(i + 1);
      await stack.bus.idle();
    }
  }
  await Promise.all(posts);
  await receipts(count);
  await stack.settled();
  return runTraces;
}

const PIPELINE_SINGLES = Number(values['one-at-a-time-submissions']);
if (PIPELINE_WARMUP + SUBMISSIONS + PIPELINE_SINGLES > others.length) throw new Error(`At most ${others.length} submissions in all (one per municipality)`);
const POLL_MS = stack.streamReader.pollIntervalMs;
progress(`Pipeline: warming up with ${PIPELINE_WARMUP} applications…`);
await submit('warmup', PIPELINE_WARMUP, 0, 'rate');
progress(`Pipeline: ${SUBMISSIONS} applications at ${RATE}/s, stream poll ${POLL_MS} ms…`);
dynamoDbCalls.clear();
const pipeline = await submit('run', SUBMISSIONS, PIPELINE_WARMUP, 'rate');
const pipelineCalls = [...dynamoDbCalls]
  .sort((a, b) => b[1].length - a[1].length)
  .map(([command, durations]) => `${command} ${p50(durations).toFixed(1)} (${durations.length})`)
  .join(', ');
progress(`Pipeline: ${PIPELINE_SINGLES} applications one at a time…`);
const singles = await submit('single', PIPELINE_SINGLES, PIPELINE_WARMUP + SUBMISSIONS, 'one at a time');
stack.bus.off('put', onPut);
stack.mail.off('stored', onStored);
onTransactionCommitted = undefined;

// The pipeline stops here: the route measurements below get the machine to themselves, as a
// request's Lambda would in AWS, and their events are not needed.
await stack.streamReader.stop();

// ---------------------------------------------------------------------------------------------
// Part 2: routes against floors.
// ---------------------------------------------------------------------------------------------
interface Request {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly token: string;
  readonly body?: string;
  /** What the handler gets from API Gateway: path parameters and the authorizer's claims. */
  readonly params: Record<string, string>;
  readonly claims: Record<string, string>;
}
interface Route {
  readonly name: string;
  readonly function: FunctionName;
  readonly floor: Floor;
  /** The n-th request of a run; writes differ by n, and between the gateway and in-process runs. */
  request(n: number, inProcess: boolean): Request;
}
type Floor = 'GetItem' | 'PutItem';

const SINGLE_WARMUP = 5;
const GATEWAY_REQUESTS = WARMUP + SINGLE_WARMUP + ROUNDS * (CHUNK + UNLOADED_CHUNK);
const IN_PROCESS_REQUESTS = WARMUP + ROUNDS * UNLOADED_CHUNK;

// POST /applications: one application per municipality and cohort, so enough open cohorts for
// every request of both runs, warm-up included.
const cohorts: string[] = [];
const applicationsNeeded = GATEWAY_REQUESTS + IN_PROCESS_REQUESTS;
progress(`Setting up: ${Math.ceil(applicationsNeeded / municipalities.length)} more open cohorts for ${applicationsNeeded} distinct applications…`);
while (cohorts.length * municipalities.length < applicationsNeeded) cohorts.push(await createOpenCohort(api, secretariat, `Pulje ${cohorts.length + 2}`));

const ofVerdal = (method: 'GET', path: string, params: Record<string, string>): Request => ({ method, path, token: tokenOf(VERDAL), params, claims: claimsOf.municipality(VERDAL) });
const routes: Route[] = [
  { name: 'GET /applications/{id}', function: 'getApplication', floor: 'GetItem', request: () => ofVerdal('GET', `/applications/${applicationId}`, { id: applicationId }) },
  { name: 'GET /municipalities/{number}', function: 'getMunicipality', floor: 'GetItem', request: () => ofVerdal('GET', `/municipalities/${VERDAL}`, { number: VERDAL }) },
  {
    name: 'GET /municipalities/{number}/absence-figures',
    function: 'getAbsenceFigures',
    floor: 'GetItem',
    request: () => ofVerdal('GET', `/municipalities/${VERDAL}/absence-figures`, { number: VERDAL }),
  },
  {
    // One row by a municipality other than Verdal (whose series the GET reads), each a new unit.
    name: 'POST /municipalities/{number}/absence-figures',
    function: 'uploadAbsenceFigures',
    floor: 'PutItem',
    request: (n, inProcess) => {
      const number = others[n % others.length]!;
      const body = JSON.stringify({ rows: [{ period: '2008Q1', unit: `${inProcess ? 'direkte' : 'enhet'}-${n}`, lostDays: 50, agreedDays: 1000, headcount: 20 }] });
      return { method: 'POST', path: `/municipalities/${number}/absence-figures`, token: tokenOf(number), body, params: { number }, claims: claimsOf.municipality(number) };
    },
  },
  {
    name: 'POST /applications',
    function: 'submitApplication',
    floor: 'PutItem',
    request: (n, inProcess) => {
      const slot = inProcess ? GATEWAY_REQUESTS + n : n;
      const number = municipalities[slot % municipalities.length]!;
      const cohortId = cohorts[Math.floor(slot / municipalities.length)]!;
      const body = JSON.stringify({ ...completeApplication({ projectLeader: { name: 'Kari Nordmann', email: `leder-${number}@bench.kommune.no` } }), cohortId });
      return { method: 'POST', path: '/applications', token: tokenOf(number), body, params: {}, claims: claimsOf.municipality(number) };
    },
  },
];

// GET /applications/{id} again, with a token the gateway has not seen on every request: each
// pays a full ES256 verification, as every request did before the gateway kept verified tokens.
const newTokenCount = ROUNDS * (NEW_TOKEN_CHUNK + 2 * UNLOADED_CHUNK);
progress(`Setting up: ${newTokenCount} more tokens for Verdal, each to be used once…`);
const newTokens: string[] = [];
for (let n = 0; n < newTokenCount; n++) newTokens.push(await personToken(stack, { municipality: VERDAL, subject: `kommune-${VERDAL}-${n}` }));
const takeNewToken = () => newTokens.pop() ?? raise('Out of new tokens');
const newTokenRoute: Route = {
  name: `${routes[0]!.name}, a new token each request`,
  function: routes[0]!.function,
  floor: routes[0]!.floor,
  request: (n) => ({ ...routes[0]!.request(n, false), token: takeNewToken() }),
};

/** `count` operations by `concurrency` workers, each awaiting one at a time; the duration of each in ms. */
async function closedLoop(count: number, concurrency: number, operation: (n: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  await forEachConcurrently(Array.from({ length: count }, (_, n) => n), concurrency, async (n) => {
    const started = performance.now();
    await operation(n);
    times.push(performance.now() - started);
  });
  return times;
}

/** The floors, through the handlers' DocumentClient: GetItem reads Verdal's application as getApplication does; PutItem writes a small new item. */
let putSequence = 0;
const floorOperations: Record<Floor, () => Promise<unknown>> = {
  GetItem: () => documentClient.send(new GetCommand({ TableName: stack.tableName, Key: applicationsKeys.application(applicationId), ConsistentRead: true })),
  PutItem: () => {
    const n = ++putSequence;
    return documentClient.send(new PutCommand({ TableName: stack.tableName, Item: { pk: `LATENCY_BENCH#${n}`, sk: 'ITEM', n, at: new Date().toISOString() } }));
  },
};
const floor = (kind: Floor, count: number, concurrency: number) => closedLoop(count, concurrency, floorOperations[kind]);

/** The gateway requests of each route so far: the next one's number (writes differ by it). */
const sent = new Map<Route, number>();
/** Through the gateway: autocannon, `count` requests over `connections` connections; the duration of each in ms (all must be 2xx). */
function throughGateway(route: Route, count: number, connections: number): Promise<number[]> {
  let n = sent.get(route) ?? 0;
  sent.set(route, n + count);
  const times: number[] = [];
  const statuses = new Map<number, number>();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: stack.url,
        connections: Math.min(connections, count),
        amount: count,
        requests: [
          {
            setupRequest: (request) => {
              const next = route.request(n++, false);
              return {
                ...request,
                method: next.method,
                path: next.path,
                headers: { authorization: `Bearer ${next.token}`, ...(next.body ? { 'content-type': 'application/json' } : {}) },
                ...(next.body ? { body: next.body } : {}),
              };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error as Error);
        const failed = [...statuses].filter(([status]) => status < 200 || status >= 300);
        if (result.errors > 0 || failed.length > 0) return reject(new Error(`${route.name}: ${result.errors} errors, statuses ${JSON.stringify([...statuses])}`));
        resolve(times);
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
      times.push(responseTime);
    });
  });
}

/**
 * In-process, without the gateway: the handler module (the instance the local runtime loaded)
 * with the event API Gateway delivers after its JWT authorizer. Each request's DynamoDB calls
 * are collected through its async context.
 */
type Handler = (event: HttpEvent, context: ReturnType<typeof lambdaContext>) => Promise<HttpResult>;
const handlers = new Map<FunctionName, Handler>();
for (const route of routes) {
  const url = pathToFileURL(join(import.meta.dirname, '..', functions[route.function].entry)).href;
  handlers.set(route.function, ((await import(url)) as { handler: Handler }).handler);
}
interface InProcessSample {
  readonly total: number;
  readonly inDynamoDb: number;
}
const called = new Map<Route, number>();
async function callInProcess(route: Route): Promise<InProcessSample> {
  const n = called.get(route) ?? 0;
  called.set(route, n + 1);
  const request = route.request(n, true);
  const event = httpEvent({
    method: request.method,
    path: request.path,
    routePath: route.name.slice(route.name.indexOf(' ') + 1),
    claims: request.claims,
    ...(Object.keys(request.params).length ? { pathParameters: request.params } : {}),
    ...(request.body ? { body: request.body } : {}),
  });
  const calls: [number, number][] = [];
  return requestCalls.run(calls, async () => {
    const started = performance.now();
    const result = await handlers.get(route.function)!(event, lambdaContext(route.function));
    const total = performance.now() - started;
    if (result.statusCode < 200 || result.statusCode >= 300) throw new Error(`${route.name} in-process answered ${result.statusCode}: ${result.body}`);
    return { total, inDynamoDb: covered(calls) };
  });
}

/** One request through the gateway on a kept-alive connection (node:http); its duration in ms. */
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
function callGateway(route: Route): Promise<number> {
  const n = sent.get(route) ?? 0;
  sent.set(route, n + 1);
  const request = route.request(n, false);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      `${stack.url}${request.path}`,
      { method: request.method, agent, headers: { authorization: `Bearer ${request.token}`, ...(request.body ? { 'content-type': 'application/json' } : {}) } },
      (response) => {
        response.resume();
        response.on('error', reject);
        response.on('end', () => {
          if ((response.statusCode ?? 0) >= 300) reject(new Error(`${route.name} answered ${response.statusCode}`));
          else resolve(performance.now() - started);
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}
const timed = async (operation: () => Promise<unknown>) => {
  const started = performance.now();
  await operation();
  return performance.now() - started;
};

/** A full JWT verification alone, as the gateway does it on a token's first request. */
const verifyJwt = (count: number) => closedLoop(count, 1, () => stack.issuer.verify(takeNewToken()));

interface RouteSamples {
  /** Under load: CONNECTIONS connections. */
  readonly gateway: number[];
  /** DynamoDB calls made during the loaded gateway runs, by command: their durations. */
  readonly calls: Map<string, number[]>;
  /** Unloaded: one request at a time, through the gateway, in-process, and the floor. */
  readonly single: { gateway: number[]; inProcess: InProcessSample[]; floor: number[] };
}
const results = new Map<Route, RouteSamples>(routes.map((r) => [r, { gateway: [], calls: new Map(), single: { gateway: [], inProcess: [], floor: [] } }]));
const floors: Record<Floor, number[]> = { GetItem: [], PutItem: [] };
const jwt: number[] = [];
const withNewTokens = { loaded: [] as number[], single: [] as number[] };
const routesOf = (kind: Floor) => routes.filter((r) => r.floor === kind);

progress(`Warming up (${WARMUP} requests per route through the gateway and in-process, and per floor)…`);
for (const route of routes) {
  await throughGateway(route, WARMUP, CONNECTIONS);
  await closedLoop(WARMUP, CONNECTIONS, () => callInProcess(route));
  for (let n = 0; n < SINGLE_WARMUP; n++) await callGateway(route);
}
await floor('GetItem', WARMUP, CONNECTIONS);
await floor('PutItem', WARMUP, CONNECTIONS);

// Alternating, per route: under load, a share of its floor's samples then the route; then one at
// a time, the floor, the handler in-process and the route. Each loaded floor gets REQUESTS samples in all.
progress(`Measuring: ${ROUNDS} rounds of, per route, ${CHUNK} requests through the gateway at ${CONNECTIONS} connections, its floor's share, and ${UNLOADED_CHUNK} one at a time…`);
for (let round = 0; round < ROUNDS; round++) {
  for (const route of routes) {
    const samples = results.get(route)!;
    floors[route.floor].push(...(await floor(route.floor, Math.ceil(CHUNK / routesOf(route.floor).length), CONNECTIONS)));
    dynamoDbCalls.clear();
    samples.gateway.push(...(await throughGateway(route, CHUNK, CONNECTIONS)));
    for (const [command, durations] of dynamoDbCalls) samples.calls.set(command, [...(samples.calls.get(command) ?? []), ...durations]);
    if (route === routes[0]) withNewTokens.loaded.push(...(await throughGateway(newTokenRoute, NEW_TOKEN_CHUNK, CONNECTIONS)));

    // One at a time, each request of the route next to one of its floor and one in-process.
    for (let n = 0; n < UNLOADED_CHUNK; n++) {
      samples.single.floor.push(await timed(floorOperations[route.floor]));
      samples.single.inProcess.push(await callInProcess(route));
      samples.single.gateway.push(await callGateway(route));
      if (route === routes[0]) withNewTokens.single.push(await callGateway(newTokenRoute));
    }
  }
  jwt.push(...(await verifyJwt(UNLOADED_CHUNK)));
  progress(`round ${round + 1}/${ROUNDS} done`);
}
await stack.stop();

// ---------------------------------------------------------------------------------------------
// Results.
// ---------------------------------------------------------------------------------------------
const ms = (x: number) => x.toFixed(1);
const times = (x: number) => `${x.toFixed(2)}×`;
const flagged = (ratio: number) => (ratio <= 2 ? times(ratio) : `**${times(ratio)}**`);

const out: string[] = [];
out.push(
  '### Request latency through the local gateway',
  '',
  `${REQUESTS} requests per route and per floor; ${CONNECTIONS} connections (floors: ${CONNECTIONS} workers), each with one request in flight; ${ROUNDS} rounds alternating floor and routes; pipeline stopped. Milliseconds.`,
  '',
  '| route | n | p50 | p99 | floor | floor p50 | floor p99 | p50 ÷ floor | p99 ÷ floor |',
  '| --- | --: | --: | --: | --- | --: | --: | --: | --: |',
);
for (const [route, s] of results) {
  const f = floors[route.floor];
  out.push(
    `| ${route.name} | ${s.gateway.length} | ${ms(p50(s.gateway))} | ${ms(p99(s.gateway))} | ${route.floor} (n ${f.length}) | ${ms(p50(f))} | ${ms(p99(f))} | ${flagged(p50(s.gateway) / p50(f))} | ${times(p99(s.gateway) / p99(f))} |`,
  );
}
out.push(
  '',
  `Target: p50 ≤ 2× the floor (bold: over). Through the gateway includes the loopback HTTP hop (autocannon, in this process) and the JWT check: a full ES256 verification on a token's first request (alone, one at a time: p50 ${ms(p50(jwt))} ms, p99 ${ms(p99(jwt))} ms), a lookup on the next ones.`,
  '',
  `${newTokenRoute.name} (a full verification every time, as before the gateway kept verified tokens), same rounds: p50 ${ms(p50(withNewTokens.loaded))}, p99 ${ms(p99(withNewTokens.loaded))} (n ${withNewTokens.loaded.length}), ${times(p50(withNewTokens.loaded) / p50(floors.GetItem))} the floor.`,
  '',
  '### Where the time goes',
  '',
  `DynamoDB calls per request during the runs above (p50 of each call, ms), counted in the SDK:`,
  '',
  '| route | calls per request |',
  '| --- | --- |',
);
for (const [route, s] of results) {
  const calls = [...s.calls]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([command, durations]) => `${Number((durations.length / s.gateway.length).toFixed(2))} ${command} (${ms(p50(durations))})`)
    .join(' + ');
  out.push(`| ${route.name} | ${calls} |`);
}
out.push(
  '',
  `One request at a time (${ROUNDS * UNLOADED_CHUNK} per route, same rounds), p50 in ms: through the gateway; the handler in-process (called directly with the event API Gateway delivers after its authorizer), split into the time at least one of its DynamoDB calls was in flight (SDK send to result: signing, HTTP, parsing) and the rest (middy, logger, zod, handler code, JSON); the difference gateway − in-process (local gateway, loopback HTTP, JWT check); the floor, one at a time.`,
  '',
  '| route | through gateway | in-process | in DynamoDB calls | outside them | gateway − in-process | floor | gateway ÷ floor |',
  '| --- | --: | --: | --: | --: | --: | --: | --: |',
);
const singleRow = (name: string, gateway: number[], s: RouteSamples['single']) =>
  `| ${name} | ${ms(p50(gateway))} | ${ms(p50(s.inProcess.map((x) => x.total)))} | ${ms(p50(s.inProcess.map((x) => x.inDynamoDb)))} | ${ms(p50(s.inProcess.map((x) => x.total - x.inDynamoDb)))} | ${ms(p50(gateway) - p50(s.inProcess.map((x) => x.total)))} | ${ms(p50(s.floor))} | ${times(p50(gateway) / p50(s.floor))} |`;
for (const [route, s] of results) out.push(singleRow(route.name, s.single.gateway, s.single));
out.push(singleRow(newTokenRoute.name, withNewTokens.single, results.get(routes[0]!)!.single));

const stage = (run: Trace[], from: keyof Trace, to: keyof Trace) => run.map((t) => t[to]! - t[from]!);
const stages: [string, keyof Trace, keyof Trace][] = [
  ['**POST answered → receipt .eml written**', 'accepted', 'written'],
  ['1. stream read → outbox publisher → bus (ApplicationSubmitted)', 'accepted', 'published'],
  ['2. sendApplicationReceipt, until its transaction (notification + NotificationQueued) committed', 'published', 'queued'],
  ['3. stream read → outbox publisher → bus (NotificationQueued)', 'queued', 'republished'],
  ['4. deliverNotification → SES stand-in → .eml', 'republished', 'written'],
  ['(the POST itself, sent → answered)', 'posted', 'accepted'],
];
out.push(
  '',
  '### Event pipeline latency',
  '',
  `POST /applications followed by their correlation ids to the project leader's receipt: ${pipeline.length} at ${RATE}/s (open loop, after ${PIPELINE_WARMUP} unmeasured), then ${singles.length} one at a time (each once the previous one's events were all handled, after a random 0–${POLL_MS} ms pause). Stream poll interval ${POLL_MS} ms. Milliseconds.`,
  '',
  `| stage | p50 at ${RATE}/s | p99 at ${RATE}/s | p50 one at a time | max one at a time |`,
  '| --- | --: | --: | --: | --: |',
  ...stages.map(([label, from, to]) => {
    const loaded = stage(pipeline, from, to);
    const single = stage(singles, from, to);
    return `| ${label} | ${ms(p50(loaded))} | ${ms(p99(loaded))} | ${ms(p50(single))} | ${ms(Math.max(...single))} |`;
  }),
  '',
  `DynamoDB calls of all functions during the ${RATE}/s run (p50 ms, count): ${pipelineCalls}.`,
  '',
  `Run time ${elapsedSeconds().toFixed(1)} s; machine load average (1 min) ${loadAtStart.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end, on ${availableParallelism()} cores.`,
);
console.log(out.join('\n'));
