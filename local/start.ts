/**
 * `npm start`: the whole system locally, no AWS account, no Docker.
 *
 *   npm start                     in-memory database, gateway on :3000
 *   npm start -- --persist        keep data in .local/dynamodb between runs
 *   npm start -- --port 4000      another gateway port (the machine API's listener goes to the next one unless --machine-port)
 */
import { parseArgs } from 'node:util';
import { schedules } from '#shared/routing.ts';
import { LOCAL_SETTINGS } from './environment.ts';
import { startLocalStack } from './stack.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    'machine-port': { type: 'string' },
    persist: { type: 'boolean', default: false },
    'state-dir': { type: 'string', default: '.local' },
    quiet: { type: 'boolean', default: false },
  },
});

const log = (line: string) => {
  if (!values.quiet) console.log(`${new Date().toISOString().slice(11, 19)}  ${line}`);
};

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not ${values.port}`);
  process.exit(2);
}
const machinePort = values['machine-port'] === undefined ? (port === 0 ? 0 : port + 1) : Number(values['machine-port']);
if (!Number.isInteger(machinePort) || machinePort < 0 || machinePort > 65535) {
  console.error(`--machine-port must be a port number, not ${values['machine-port']}`);
  process.exit(2);
}

/** How long Ctrl-C waits for the pipeline to drain before it stops anyway. */
const DRAIN_LIMIT_MS = 10_000;

let stack: Awaited<ReturnType<typeof startLocalStack>>;
let stopping = false;
try {
  stack = await startLocalStack({ port, machinePort, persist: values.persist, stateDir: values['state-dir'], log, onDatabaseLost: (description) => void databaseLost(description) });
} catch (error) {
  const message = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? `Port ${port} or ${machinePort} is in use: try npm start -- --port ${port + 2}` : (error as Error).message;
  console.error(`Could not start the local stack: ${message}`);
  process.exit(1);
}

console.log(`
  Kvalitetskommuneprogrammet — local stack is running

  API            ${stack.url}
  Machine API    ${stack.machineUrl}  (Maskinporten-shaped tokens: npm run token -- maskinporten <organisation number> <scopes…>)
  OpenAPI        ${stack.url}/openapi.json
  Mail (list)    ${stack.url}/_local/mail          files in ${stack.mail.dir}
  Dead letters   ${stack.url}/_local/dead-letters  files in ${stack.deadLetters.dir}
  Schedules      ${stack.url}/_local/schedules     (${schedules.map((s) => s.name).join(', ')})
  S3 (uploads)   ${stack.s3.endpoint}  bucket ${LOCAL_SETTINGS.uploadBucket}, objects in ${stack.stateDir}/s3
  DynamoDB Local ${stack.dynamoDbEndpoint}  table ${stack.tableName}${values.persist ? ` (persisted in ${stack.stateDir}/dynamodb)` : ' (in memory)'}, pid ${stack.database.pid}
  Municipalities ${stack.seededMunicipalities ? `${stack.seededMunicipalities} seeded (Kilde: Statistisk sentralbyrå)` : 'kept from the previous run'}

  Get a token:   npm run token -- secretariat  (then invite people; npm run token -- person <email>)
  Try it:        see README.md › "Try it"
  Stop:          Ctrl-C
`);

// Ctrl-C reaches only node (DynamoDB Local runs in its own process group): drain against the
// live database, then stop everything. A second Ctrl-C stops at once (the exit hook kills DynamoDB Local).
const shutdown = async (signal: string) => {
  if (stopping) {
    console.log(`${signal} again: stopping without draining.`);
    process.exit(130);
  }
  stopping = true;
  console.log(`\n${signal}: draining the pipeline and stopping…`);
  const drained = await Promise.race([
    stack.settled().then(() => true, () => false),
    new Promise<false>((r) => setTimeout(() => r(false), DRAIN_LIMIT_MS).unref()),
  ]);
  if (!drained) console.log(`The pipeline did not drain within ${DRAIN_LIMIT_MS / 1000} s; undelivered events stay in the stream${values.persist ? ' and are delivered on the next start' : ''}.`);
  await stack.stop();
  console.log('Stopped.');
  process.exit(0);
};

/** DynamoDB Local went away under the stack (killed from outside): say so once, and stop. */
async function databaseLost(description: string) {
  if (stopping) return;
  stopping = true;
  console.error(`\n${description}. The local stack cannot run without it: stopping. Start it again with npm start.`);
  // Undefined when it went away while the stack was still starting (startLocalStack then fails too).
  await (stack as typeof stack | undefined)?.stop().catch(() => {});
  process.exit(1);
}

process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
