/**
 * Load test (issue 6, a script, not a test): autocannon on loopback against the local stack,
 * bounded in time and connections, a mix of reads and writes by one participating municipality
 * (every write a distinct sick-leave figure). Afterwards it checks that every accepted write's
 * effects are there: the figure stored and the target status reassessed after it. Reports
 * requests per second, latency percentiles, errors and lost effects.
 *
 *   npm run load                         20 s, 10 connections
 *   npm run load -- --duration 30 --connections 20
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { progress, startBenchStack } from './support.ts';
import { apiClient, createOpenCohort } from '../test/support/api-client.ts';
import { completeApplication } from '../test/support/fixtures.ts';
import { personToken } from '../test/support/people.ts';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '20' }, connections: { type: 'string', default: '10' } } });

progress('Starting the local stack…');
const stack = await startBenchStack('load');
const api = apiClient(() => stack.url);
const secretariat = await stack.issuer.issue({ role: 'secretariat' });
const verdal = await personToken(stack, { municipality: '1721' });
const cohortId = await createOpenCohort(api, secretariat);
const application = await api('/applications', { method: 'POST', token: verdal, body: { ...completeApplication(), cohortId } });
await api(`/applications/${application.json.id}/decision`, { method: 'POST', token: secretariat, body: { outcome: 'admitted', reason: 'Last', decidedOn: '2007-03-30' } });
await stack.settled();

let unit = 0;
const auth = { authorization: `Bearer ${verdal}` };
progress(`Loading for ${values.duration} s with ${values.connections} connections…`);
const result = await autocannon({
  url: stack.url,
  connections: Number(values.connections),
  duration: Number(values.duration),
  requests: [
    { method: 'GET', path: `/applications/${application.json.id}`, headers: auth },
    { method: 'GET', path: '/municipalities/1721/absence-figures', headers: auth },
    {
      method: 'POST',
      path: '/municipalities/1721/absence-figures',
      headers: { ...auth, 'content-type': 'application/json' },
      setupRequest: (request) => ({ ...request, body: JSON.stringify({ rows: [{ period: '2007Q1', unit: `enhet-${++unit}`, lostDays: 50, agreedDays: 1000, headcount: 20 }] }) }),
    },
  ],
});

progress('Waiting for the pipeline to drain…');
const drained = performance.now();
await stack.settled();
const drainMs = performance.now() - drained;
const series = await api('/municipalities/1721/absence-figures', { token: verdal });
const unitsStored = (series.json.figures as { scope: string }[]).filter((f) => f.scope.startsWith('unit:enhet-')).length;
const writesSent = unit;
await stack.stop();

console.log(`
Load: ${result.duration} s, ${result.connections} connections, loopback, mixed GET/GET/POST

  requests/s     average ${result.requests.average.toFixed(0)}, min ${result.requests.min}, max ${result.requests.max}
  latency (ms)   p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}
  responses      ${result.requests.sent} sent, ${result['2xx']} 2xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts
  writes         ${writesSent} uploads sent, ${unitsStored} figures stored afterwards (lost: ${writesSent - unitsStored})
  pipeline       drained ${drainMs.toFixed(0)} ms after the load; target status ${series.json.targetStatus ? `assessed at ${series.json.targetStatus.assessedAt}` : 'missing'}
`);
if (result.errors > 0 || result.non2xx > 0 || unitsStored !== writesSent) {
  console.error(`FAILED: ${result.errors} errors, ${result.non2xx} non-2xx, ${writesSent - unitsStored} lost writes`);
  process.exit(1);
}
